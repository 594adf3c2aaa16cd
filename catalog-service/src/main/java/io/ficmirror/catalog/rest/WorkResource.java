package io.ficmirror.catalog.rest;

import io.ficmirror.catalog.service.CatalogQueries;
import io.ficmirror.catalog.service.WorkFilter;
import io.ficmirror.contract.WorkCatalogued;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

@Path("/api/works")
@Produces(MediaType.APPLICATION_JSON)
public class WorkResource {
    static final int MAX_PAGE = 200;

    @Inject
    CatalogQueries catalog;

    @GET
    @Path("/{workId}")
    @Operation(summary = "One canonical work: typed tags, chapters, sources, stats, readers' engagement (the highest of its sources for each counter) and fingerprint (the text is at /text)")
    public WorkCatalogued work(@PathParam("workId") String workId,
            @Parameter(description = "include the story text") @QueryParam("body") @DefaultValue("false") boolean body) {
        return catalog.work(workId, body).orElseThrow(() -> new NotFoundException("no work with id " + workId));
    }

    @GET
    @Path("/{workId}/text")
    @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
    @Operation(summary = "The story text alone, its parts in order")
    public String text(@PathParam("workId") String workId) {
        return catalog.text(workId).orElseThrow(() -> new NotFoundException("no work with id " + workId));
    }

    @GET
    @Operation(summary = "Works, newest first, filtered; pass the page's \"next\" as \"after\" for the following page")
    public CatalogQueries.WorkPage works(
            @Parameter(description = "fandom name or synonym; repeat for works in all of them") @QueryParam("fandom") List<String> fandoms,
            @Parameter(description = "any tag (fandom, relationship, character, freeform, warning, category, challenge) by name or synonym; repeat to require all") @QueryParam("tag") List<String> tags,
            @Parameter(description = "creator name, any case; repeat to require all") @QueryParam("creator") List<String> creators,
            @Parameter(description = "rating, e.g. \"Teen And Up Audiences\"") @QueryParam("rating") String rating,
            @Parameter(description = "language code, e.g. \"en\"") @QueryParam("language") String language,
            @QueryParam("minWords") Integer minWords,
            @QueryParam("maxWords") Integer maxWords,
            @Parameter(description = "cursor: the \"next\" of the previous page") @QueryParam("after") String after,
            @QueryParam("limit") @DefaultValue("20") int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new BadRequestException("limit must be between 1 and " + MAX_PAGE);
        }
        WorkFilter filter = new WorkFilter(clean(fandoms), clean(tags), clean(creators), blankToNull(rating),
                blankToNull(language), minWords, maxWords);
        try {
            return catalog.works(filter, after, limit);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    static List<String> clean(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
