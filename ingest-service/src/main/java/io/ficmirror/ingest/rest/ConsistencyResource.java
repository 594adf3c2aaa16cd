package io.ficmirror.ingest.rest;

import io.ficmirror.ingest.job.DocumentLedger;
import io.ficmirror.support.Limits;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** For {@code ficmirror verify}: the document ledger page by page, and documents to send again on the next import. */
@Path("/api/consistency")
@Produces(MediaType.APPLICATION_JSON)
public class ConsistencyResource {
    static final int MAX_PAGE = 10_000;
    static final int MAX_IDS = 10_000;

    @Inject
    DocumentLedger ledger;

    @GET
    @Path("/documents")
    @Operation(summary = "Every document ingest published and how far it got, in byte order of id (at most 10,000 a page)")
    public List<DocumentLedger.State> documents(@QueryParam("after") @DefaultValue("") String after,
            @QueryParam("limit") @DefaultValue("10000") int limit) throws SQLException {
        return ledger.states(after, Limits.pageSize(limit, MAX_PAGE));
    }

    @POST
    @Path("/resend")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Forgets how far the given documents got, so the next import of their mirror sends them again;"
            + " answers how many the ledger knew and which mirrors to import again")
    public Resend resend(DocumentIds request) throws SQLException {
        List<String> documentIds = Limits.ids(request == null ? null : request.documentIds(), MAX_IDS, "documentIds");
        if (documentIds.isEmpty()) {
            return new Resend(0, List.of());
        }
        return new Resend(ledger.resend(documentIds), ledger.mirrorsOf(documentIds));
    }

    public record Resend(int documents, List<String> mirrors) {
    }

    @POST
    @Path("/stored")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Records that these document versions are in the catalogue or the index (feedback that was lost)")
    public Map<String, Integer> stored(StoredVersions request) throws SQLException {
        if (request == null || request.documents() == null || request.documents().size() > MAX_IDS
                || !List.of("catalogue", "search").contains(request.store())) {
            throw new BadRequestException("send {\"store\": \"catalogue\" or \"search\", \"documents\": [{\"documentId\", \"sha256\"}, ...]}"
                    + " with at most " + MAX_IDS + " documents");
        }
        ledger.stored(request.documents(), request.store());
        return Map.of("recorded", request.documents().size());
    }

    public record DocumentIds(List<String> documentIds) {
    }

    public record StoredVersions(String store, List<DocumentLedger.Version> documents) {
    }
}
