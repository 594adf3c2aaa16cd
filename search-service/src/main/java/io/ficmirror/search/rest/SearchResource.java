package io.ficmirror.search.rest;

import io.ficmirror.search.index.IndexedDocument;
import io.ficmirror.search.index.SearchResult;
import io.ficmirror.search.index.WorkIndex;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {
    private static final Logger LOG = Logger.getLogger(SearchResource.class);
    static final int MAX_QUERY_LENGTH = 1000;
    static final int MAX_IDS = 1000;

    @Inject
    WorkIndex index;

    @GET
    @Path("/search")
    @Operation(summary = "Full-text search over title, creators, tags, summary and story text")
    public SearchResult search(
            @Parameter(description = "words, \"quoted phrases\", -excluded words, OR") @QueryParam("q") String query,
            @QueryParam("size") @DefaultValue("10") int size) throws IOException {
        if (query == null || query.isBlank()) {
            throw new BadRequestException("give a query: /api/search?q=words");
        }
        if (query.length() > MAX_QUERY_LENGTH) {
            throw new BadRequestException("the query is longer than " + MAX_QUERY_LENGTH + " characters");
        }
        return index.search(query, Math.max(1, Math.min(size, 100)));
    }

    @POST
    @Path("/index/documents")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Which of the given documents have their work in the index (up to 1000 ids)")
    public IndexedDocuments indexed(DocumentIds request) throws IOException {
        if (request == null || request.documentIds() == null || request.documentIds().size() > MAX_IDS) {
            throw new BadRequestException("send {\"documentIds\": [...]} with at most " + MAX_IDS + " ids");
        }
        if (request.documentIds().isEmpty()) {
            return new IndexedDocuments(List.of());
        }
        return new IndexedDocuments(index.indexedDocuments(request.documentIds()));
    }

    @GET
    @Path("/index/stats")
    @Operation(summary = "How many works the index holds")
    public IndexStats stats() throws IOException {
        return new IndexStats(index.count());
    }

    @ServerExceptionMapper
    public Response unavailable(IOException e) {
        LOG.warnf("Elasticsearch did not answer: %s", e.getMessage());
        return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                .entity(Map.of("error", "Elasticsearch did not answer: " + e.getMessage())).build();
    }

    @ServerExceptionMapper
    public Response failed(ElasticsearchException e) {
        LOG.errorf(e, "Elasticsearch refused a request");
        return Response.status(Response.Status.BAD_GATEWAY)
                .entity(Map.of("error", "Elasticsearch refused the request: " + e.getMessage())).build();
    }

    public record DocumentIds(List<String> documentIds) {
    }

    public record IndexedDocuments(List<IndexedDocument> documents) {
    }

    public record IndexStats(long works) {
    }
}
