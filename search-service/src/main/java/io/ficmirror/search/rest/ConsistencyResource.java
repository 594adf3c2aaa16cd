package io.ficmirror.search.rest;

import io.ficmirror.search.index.WorkIndex;
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
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** For {@code ficmirror verify}: the indexed works page by page, and removing works the catalogue no longer has. */
@Path("/api/consistency")
@Produces(MediaType.APPLICATION_JSON)
public class ConsistencyResource {
    static final int MAX_PAGE = 10_000;
    static final int MAX_IDS = 1000;

    @Inject
    WorkIndex index;

    @GET
    @Path("/works")
    @Operation(summary = "Indexed works' ids and versions in byte order of id, after the given id (at most 10,000 a page)")
    public List<WorkIndex.WorkVersion> works(@QueryParam("after") @DefaultValue("") String after,
            @QueryParam("limit") @DefaultValue("10000") int limit) throws IOException {
        return index.versions(after, Limits.pageSize(limit, MAX_PAGE));
    }

    @POST
    @Path("/remove")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Removes the given works from the index, whatever version it holds")
    public Map<String, Integer> remove(WorkIds request) throws IOException {
        List<String> workIds = Limits.ids(request == null ? null : request.workIds(), MAX_IDS, "workIds");
        return Map.of("removed", workIds.isEmpty() ? 0 : index.remove(workIds));
    }

    public record WorkIds(List<String> workIds) {
    }
}
