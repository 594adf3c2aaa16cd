package io.ficmirror.catalog.rest;

import io.ficmirror.catalog.service.CatalogQueries;
import io.ficmirror.catalog.service.TagType;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

@Path("/api/tags")
@Produces(MediaType.APPLICATION_JSON)
public class TagResource {

    @Inject
    CatalogQueries catalog;

    @GET
    @Operation(summary = "Tags with their work counts, most used first; with a prefix, those whose name or a synonym starts with it")
    public List<CatalogQueries.TagView> tags(
            @Parameter(description = "fandom, relationship, character, freeform, rating, warning, category or challenge") @QueryParam("type") String type,
            @QueryParam("prefix") String prefix,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        if (limit < 1 || limit > WorkResource.MAX_PAGE) {
            throw new BadRequestException("limit must be between 1 and " + WorkResource.MAX_PAGE);
        }
        try {
            return catalog.tags(type == null || type.isBlank() ? null : TagType.fromId(type.strip()), prefix, limit);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }
}
