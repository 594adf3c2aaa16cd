package io.ficmirror.catalog.rest;

import io.ficmirror.catalog.service.Catalog;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/stats")
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource {

    @Inject
    Catalog catalog;

    @GET
    public Catalog.CatalogStats stats() {
        return catalog.stats();
    }
}
