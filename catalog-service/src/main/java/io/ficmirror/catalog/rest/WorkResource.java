package io.ficmirror.catalog.rest;

import io.ficmirror.catalog.service.Catalog;
import io.ficmirror.contract.Work;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/works")
@Produces(MediaType.APPLICATION_JSON)
public class WorkResource {

    @Inject
    Catalog catalog;

    @GET
    @Path("/{workId}")
    @Operation(summary = "One work, every field of the Work contract")
    public Work work(@PathParam("workId") String workId) {
        return catalog.work(workId).orElseThrow(() -> new NotFoundException("no work with id " + workId));
    }

    @GET
    @Operation(summary = "The most recently catalogued works")
    public List<Work> latest(@QueryParam("limit") @DefaultValue("20") int limit) {
        return catalog.latest(Math.max(1, Math.min(limit, 100)));
    }
}
