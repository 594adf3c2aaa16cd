package io.ficmirror.search.rest;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import io.ficmirror.search.index.IndexedDocument;
import io.ficmirror.search.index.SearchHit;
import io.ficmirror.search.index.SearchRequest;
import io.ficmirror.search.index.SearchResult;
import io.ficmirror.search.index.TagSuggestion;
import io.ficmirror.search.index.WorkIndex;
import io.ficmirror.search.index.WorkSearch;
import io.ficmirror.support.ReadOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {
    private static final Logger LOG = Logger.getLogger(SearchResource.class);
    static final int MAX_QUERY_LENGTH = 1000;
    static final int MAX_IDS = 1000;

    @Inject
    WorkIndex index;

    @Inject
    WorkSearch search;

    @Inject
    io.ficmirror.search.index.Reindexer reindexer;

    @GET
    @Path("/search")
    @Operation(summary = "Full-text search over title, creators, tags, summary and story text, with filters, facet counts, sorting and search_after pages")
    public SearchResult search(
            @Parameter(description = "words, \"quoted phrases\", -excluded words or NOT, OR; filters words>1000, kudos>10, "
                    + "hits:100-1000 (also chapters, bookmarks, comments, favourites, follows, reviews), fandom:\"Star Wars\", "
                    + "tag:, relationship:, character:, rating:, warning:, author:; sort:kudos (most first), sort:>kudos "
                    + "(ascending), sort:<kudos; leave out to list every work") @QueryParam("q") String query,
            @Parameter(description = "repeat to require each") @QueryParam("fandom") List<String> fandoms,
            @QueryParam("relationship") List<String> relationships,
            @QueryParam("character") List<String> characters,
            @Parameter(description = "free-form tag") @QueryParam("tag") List<String> tags,
            @Parameter(description = "any of these ratings") @QueryParam("rating") List<String> ratings,
            @Parameter(description = "works carrying this warning") @QueryParam("warning") List<String> warnings,
            @Parameter(description = "works not carrying this warning, e.g. Major Character Death") @QueryParam("excludeWarning") List<String> excludedWarnings,
            @QueryParam("category") List<String> categories,
            @QueryParam("language") String language,
            @QueryParam("creator") String creator,
            @QueryParam("minWords") Integer minWords,
            @QueryParam("maxWords") Integer maxWords,
            @Parameter(description = "YYYY-MM-DD") @QueryParam("publishedFrom") String publishedFrom,
            @QueryParam("publishedTo") String publishedTo,
            @QueryParam("updatedFrom") String updatedFrom,
            @QueryParam("updatedTo") String updatedTo,
            @Parameter(description = "relevance (default with words), published (default without), updated, words, title, "
                    + "kudos, hits, bookmarks, comments, favourites, follows, reviews; works without the value come last; "
                    + "wins over a sort: in q") @QueryParam("sort") String sort,
            @Parameter(description = "asc or desc (default desc: newest, longest, most first; title defaults to asc)") @QueryParam("order") String order,
            @QueryParam("size") @DefaultValue("10") int size,
            @Parameter(description = "the \"next\" of the previous page") @QueryParam("after") String after) throws IOException {
        if (query != null && query.length() > MAX_QUERY_LENGTH) {
            throw new BadRequestException("the query is longer than " + MAX_QUERY_LENGTH + " characters");
        }
        if (sort != null && !SearchRequest.SORTS.contains(sort)) {
            throw new BadRequestException("sort must be one of " + SearchRequest.SORTS);
        }
        if (order != null && !order.equals("asc") && !order.equals("desc")) {
            throw new BadRequestException("order must be asc or desc");
        }
        Boolean ascending = order == null ? null : order.equals("asc");
        SearchRequest request = new SearchRequest(query, clean(fandoms), clean(relationships), clean(characters),
                clean(tags), clean(ratings), clean(warnings), clean(excludedWarnings), clean(categories), blank(language),
                blank(creator), minWords, maxWords, date("publishedFrom", publishedFrom), date("publishedTo", publishedTo),
                date("updatedFrom", updatedFrom), date("updatedTo", updatedTo), sort, ascending,
                Math.max(1, Math.min(size, 100)), blank(after));
        try {
            return search.search(request);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    @GET
    @Path("/works/{workId}")
    @Operation(summary = "One indexed work with its text, as the work page shows it")
    public io.ficmirror.search.index.WorkDocument work(@PathParam("workId") String workId) throws IOException {
        return index.work(workId).orElseThrow(() -> new NotFoundException("no work with id " + workId + " in the index"));
    }

    @GET
    @Path("/works/{workId}/similar")
    @Operation(summary = "Works like this one, by their text and tags (more like this), most similar first")
    public List<SearchHit> similar(@PathParam("workId") String workId, @QueryParam("size") @DefaultValue("10") int size)
            throws IOException {
        return search.similar(workId, Math.max(1, Math.min(size, 50)))
                .orElseThrow(() -> new NotFoundException("no work with id " + workId + " in the index"));
    }

    @GET
    @Path("/tags/suggest")
    @Operation(summary = "Tags starting with a prefix (any case), with the number of works carrying each, most used first")
    public List<TagSuggestion> suggest(@QueryParam("prefix") String prefix,
            @Parameter(description = "fandom, relationship, character or freeform; all when absent") @QueryParam("type") String type,
            @QueryParam("size") @DefaultValue("10") int size) throws IOException {
        if (prefix == null || prefix.isBlank() || prefix.length() > 100) {
            throw new BadRequestException("give a prefix of 1 to 100 characters: /api/tags/suggest?prefix=harr");
        }
        try {
            return search.suggest(prefix.strip(), blank(type), Math.max(1, Math.min(size, 50)));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException(name + " must be a date such as 2006-05-28");
        }
    }

    @POST
    @ReadOnly
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

    @POST
    @Path("/index/rebuild")
    @Operation(summary = "Starts rebuilding the index from the catalogue; searches keep answering and switch over when it is done")
    public Response rebuild() {
        boolean started = reindexer.start();
        return Response.status(started ? Response.Status.ACCEPTED : Response.Status.CONFLICT).entity(reindexer.progress()).build();
    }

    @GET
    @Path("/index/rebuild")
    @Operation(summary = "How the current or last rebuild stands: idle, running (with works copied so far), done or failed")
    public io.ficmirror.search.index.Reindexer.Progress rebuildProgress() {
        return reindexer.progress();
    }

    @GET
    @Path("/index/stats")
    @Operation(summary = "How many works the index holds")
    public IndexStats stats() throws IOException {
        return new IndexStats(index.count());
    }

    /** A refused request says why, as {"error": ...}; the query syntax's messages are meant for the reader. */
    @ServerExceptionMapper
    public Response refused(BadRequestException e) {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON)
                .entity(Map.of("error", e.getMessage() == null ? "bad request" : e.getMessage())).build();
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
