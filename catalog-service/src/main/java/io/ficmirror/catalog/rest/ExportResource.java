package io.ficmirror.catalog.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ficmirror.catalog.service.CatalogQueries;
import io.ficmirror.catalog.service.InteractionQueries;
import io.ficmirror.catalog.service.Keyset;
import io.ficmirror.contract.Interaction;
import io.ficmirror.contract.WorkCatalogued;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The recommender feed for batch consumers, one JSON object per line: every work changed since a time, and readers'
 * interactions with the works (see docs/interactions.md).
 */
@Path("/api/export")
public class ExportResource {
    private static final int PAGE = 200;
    private static final int INTERACTIONS_PAGE = 1000;

    @Inject
    CatalogQueries catalog;

    @Inject
    InteractionQueries interactions;

    @Inject
    ObjectMapper json;

    @GET
    @Produces(JsonLines.MEDIA_TYPE)
    @Operation(summary = "Works changed at or after \"since\" (all when absent), oldest change first, as JSON Lines of WorkCatalogued")
    public StreamingOutput export(
            @Parameter(description = "an instant (2026-11-01T00:00:00Z) or a date (2026-11-01, midnight UTC); next time pass the changedAt of the last line") @QueryParam("since") String since,
            @Parameter(description = "include each work's story text") @QueryParam("body") @DefaultValue("true") boolean body) {
        Instant from = parseSince(since);
        return JsonLines.<WorkCatalogued>stream(json, PAGE, last -> catalog.changedSince(from,
                last == null ? null : new Keyset(last.changedAt(), last.workId()), PAGE, body));
    }

    @GET
    @Path("/interactions")
    @Produces(JsonLines.MEDIA_TYPE)
    @Operation(summary = "Readers' interactions (reviews and favourites so far; kudos, bookmarks, comments), in id order, as JSON Lines "
            + "of Interaction; workId is the canonical work of the document, null while the document is not catalogued")
    public StreamingOutput interactions(
            @Parameter(description = "only those imported from this archive") @QueryParam("archive") String archive,
            @Parameter(description = "only this kind: review, favourite, kudos, bookmark or comment") @QueryParam("kind") String kind) {
        String onlyArchive = WorkResource.blankToNull(archive);
        String onlyKind = WorkResource.blankToNull(kind);
        if (onlyKind != null && !Interaction.KINDS.contains(onlyKind)) {
            throw new BadRequestException("kind must be one of " + Interaction.KINDS);
        }
        return JsonLines.<Interaction>stream(json, INTERACTIONS_PAGE, last -> interactions.page(onlyArchive, onlyKind,
                last == null ? null : last.interactionId(), INTERACTIONS_PAGE));
    }

    static Instant parseSince(String since) {
        if (since == null || since.isBlank()) {
            return Instant.EPOCH;
        }
        try {
            return since.length() == 10 ? LocalDate.parse(since).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(since);
        } catch (DateTimeParseException e) {
            throw new BadRequestException("since must be an instant such as 2026-11-01T00:00:00Z or a date such as 2026-11-01");
        }
    }
}
