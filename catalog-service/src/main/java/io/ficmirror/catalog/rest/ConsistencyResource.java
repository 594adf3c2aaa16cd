package io.ficmirror.catalog.rest;

import io.ficmirror.catalog.service.ConsistencyQueries;
import io.ficmirror.support.Limits;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** For {@code ficmirror verify}: the catalogue's works and documents page by page, and republishing works. */
@Path("/api/consistency")
@Produces(MediaType.APPLICATION_JSON)
public class ConsistencyResource {
    static final int MAX_PAGE = 10_000;
    static final int MAX_IDS = 10_000;

    @Inject
    ConsistencyQueries queries;

    @GET
    @Path("/works")
    @Operation(summary = "Works' ids and versions in byte order of id, after the given id (at most 10,000 a page)")
    public List<ConsistencyQueries.WorkVersion> works(@QueryParam("after") @DefaultValue("") String after,
            @QueryParam("limit") @DefaultValue("10000") int limit) {
        return queries.works(after, Limits.pageSize(limit, MAX_PAGE));
    }

    @GET
    @Path("/documents")
    @Operation(summary = "Documents the catalogue holds (in a work, or rejected) in byte order of id, after the given id")
    public List<ConsistencyQueries.DocumentPlace> documents(@QueryParam("after") @DefaultValue("") String after,
            @QueryParam("limit") @DefaultValue("10000") int limit) {
        return queries.documents(after, Limits.pageSize(limit, MAX_PAGE));
    }

    @POST
    @Path("/republish")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publishes the given works on works.catalogued again (within the feed's 10 s sweep)")
    public Map<String, Integer> republish(WorkIds request) {
        List<String> workIds = Limits.ids(request == null ? null : request.workIds(), MAX_IDS, "workIds");
        return Map.of("republished", workIds.isEmpty() ? 0 : queries.republish(workIds));
    }

    public record WorkIds(List<String> workIds) {
    }
}
