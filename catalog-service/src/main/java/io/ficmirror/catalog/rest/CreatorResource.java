package io.ficmirror.catalog.rest;

import io.ficmirror.catalog.service.CatalogQueries;
import io.ficmirror.catalog.service.WorkFilter;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
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

@Path("/api/creators")
@Produces(MediaType.APPLICATION_JSON)
public class CreatorResource {

    @Inject
    CatalogQueries catalog;

    @GET
    @Operation(summary = "Creators by name, optionally those whose name starts with a prefix; page with after=<last name>")
    public List<CatalogQueries.CreatorView> creators(@QueryParam("prefix") String prefix, @QueryParam("after") String after,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        if (limit < 1 || limit > WorkResource.MAX_PAGE) {
            throw new BadRequestException("limit must be between 1 and " + WorkResource.MAX_PAGE);
        }
        return catalog.creators(prefix, after, limit);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One creator and the number of their works")
    public CatalogQueries.CreatorView creator(@PathParam("id") long id) {
        return catalog.creator(id).orElseThrow(() -> new NotFoundException("no creator with id " + id));
    }

    @GET
    @Path("/{id}/works")
    @Operation(summary = "A creator's works, newest first, in pages")
    public CatalogQueries.WorkPage works(@PathParam("id") long id, @QueryParam("after") String after,
            @QueryParam("limit") @DefaultValue("20") int limit) {
        CatalogQueries.CreatorView creator = creator(id);
        if (limit < 1 || limit > WorkResource.MAX_PAGE) {
            throw new BadRequestException("limit must be between 1 and " + WorkResource.MAX_PAGE);
        }
        WorkFilter filter = new WorkFilter(List.of(), List.of(), List.of(creator.name()), null, null, null, null);
        try {
            return catalog.works(filter, after, limit);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }
}
