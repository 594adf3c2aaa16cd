package io.ficmirror.catalog.rest;

import io.ficmirror.catalog.service.CatalogQueries;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/stats")
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource {

    @Inject
    CatalogQueries catalog;

    @GET
    @Operation(summary = "Archive statistics: totals, works per fandom (top 100), per year published, per source archive; readers' interactions per kind")
    public CatalogQueries.Stats stats() {
        return catalog.stats();
    }
}
