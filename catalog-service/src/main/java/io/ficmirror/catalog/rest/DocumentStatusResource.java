package io.ficmirror.catalog.rest;

import io.ficmirror.catalog.service.CatalogQueries;
import io.ficmirror.catalog.service.DocumentStatus;
import io.ficmirror.support.ReadOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Where documents ended up: what an importer polls to know when it is done. */
@Path("/api/documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentStatusResource {
    static final int MAX_IDS = 1000;

    @Inject
    CatalogQueries catalog;

    @GET
    @Path("/{documentId}")
    @Operation(summary = "A document's state: catalogued (with its work id), rejected (with the reason) or unknown")
    public DocumentStatus status(@PathParam("documentId") String documentId) {
        return catalog.statusOf(List.of(documentId)).get(0);
    }

    @POST
    @ReadOnly
    @Path("/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The states of many documents at once (up to 1000 ids)")
    public List<DocumentStatus> statuses(DocumentIds request) {
        if (request == null || request.documentIds() == null || request.documentIds().size() > MAX_IDS) {
            throw new BadRequestException("send {\"documentIds\": [...]} with at most " + MAX_IDS + " ids");
        }
        return catalog.statusOf(request.documentIds());
    }

    public record DocumentIds(List<String> documentIds) {
    }
}
