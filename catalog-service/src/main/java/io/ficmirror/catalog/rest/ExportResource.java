package io.ficmirror.catalog.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ficmirror.catalog.service.CatalogQueries;
import io.ficmirror.catalog.service.Keyset;
import io.ficmirror.contract.WorkCatalogued;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The recommender feed for batch consumers: every work changed since a time, one JSON object per line. */
@Path("/api/export")
public class ExportResource {
    static final String JSON_LINES = "application/jsonl";
    private static final int PAGE = 200;

    @Inject
    CatalogQueries catalog;

    @Inject
    ObjectMapper json;

    @GET
    @Produces(JSON_LINES)
    @Operation(summary = "Works changed at or after \"since\" (all when absent), oldest change first, as JSON Lines of WorkCatalogued")
    public StreamingOutput export(
            @Parameter(description = "an instant (2026-11-01T00:00:00Z) or a date (2026-11-01, midnight UTC); next time pass the changedAt of the last line") @QueryParam("since") String since,
            @Parameter(description = "include each work's story text") @QueryParam("body") @DefaultValue("true") boolean body) {
        Instant from = parseSince(since);
        return output -> {
            OutputStream out = new BufferedOutputStream(output, 1 << 16);
            Keyset after = null;
            while (true) {
                List<WorkCatalogued> page = catalog.changedSince(from, after, PAGE, body);
                for (WorkCatalogued work : page) {
                    json.writeValue(new NonClosing(out), work);
                    out.write('\n');
                }
                out.flush();
                if (page.size() < PAGE) {
                    break;
                }
                WorkCatalogued last = page.get(page.size() - 1);
                after = new Keyset(last.changedAt(), last.workId());
            }
        };
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

    /** Jackson closes the stream it writes to; the export writes many values to one. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws java.io.IOException {
            flush();
        }
    }
}
