package io.ficmirror.ingest.rest;

import io.ficmirror.ingest.job.ImportJobs;
import io.ficmirror.ingest.job.ImportStatus;
import io.ficmirror.ingest.service.IngestSettings;
import jakarta.ws.rs.HeaderParam;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestStreamElementType;

@Path("/api/imports")
public class ImportResource {

    @Inject
    ImportJobs jobs;

    @Inject
    IngestSettings settings;

    /**
     * @param path  a folder, archive (zip, tar, tar.gz), WARC or mbox, or an eFiction dump (.sql, .sql.gz), on the
     *              ingest server's disk
     * @param files an eFiction archive's stories folder on that disk, for a dump whose chapter texts are files
     */
    public record ImportRequest(String path, String archive, String files) {
    }

    public record ImportStarted(UUID id) {
    }

    @POST
    @Blocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start importing a mirror that is on the server's disk; answers with the job's id")
    public Response start(ImportRequest request) throws SQLException {
        if (request == null || request.path() == null || request.path().isBlank()) {
            throw new BadRequestException("send {\"path\": \"/path/to/mirror\"} (a folder, zip, tar, tar.gz, WARC or mbox)");
        }
        UUID id;
        try {
            id = jobs.start(java.nio.file.Path.of(request.path()), request.archive(),
                    request.files() == null || request.files().isBlank() ? null : java.nio.file.Path.of(request.files()));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        return Response.accepted(new ImportStarted(id)).location(URI.create("/api/imports/" + id)).build();
    }

    @POST
    @Blocking
    @Consumes({"application/zip", "application/gzip", "application/x-gzip", "application/x-tar", "application/warc",
            "application/mbox", "application/octet-stream"})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload a mirror (zip, tar, tar.gz, WARC or mbox) and start importing it; answers with the job's id",
            description = "The body is streamed to the server's disk, then read like a mirror on disk. Name the mirror in X-Ficmirror-Archive.")
    public Response upload(InputStream body, @HeaderParam("X-Ficmirror-Archive") String archive) throws IOException, SQLException {
        if (archive == null || archive.isBlank()) {
            throw new BadRequestException("name the mirror in the X-Ficmirror-Archive header (its documents' ids depend on it)");
        }
        java.nio.file.Path spool = Files.createDirectories(java.nio.file.Path.of(settings.spoolDir()));
        java.nio.file.Path upload = Files.createTempFile(spool, "upload-", ".mirror");
        Files.copy(body, upload, StandardCopyOption.REPLACE_EXISTING);
        UUID id = jobs.start(upload, archive);
        return Response.accepted(new ImportStarted(id)).location(URI.create("/api/imports/" + id)).build();
    }

    @GET
    @Path("/{id}")
    @Blocking
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A job's counts per stage and its rejected documents with their reasons")
    public ImportStatus status(@PathParam("id") UUID id) throws SQLException {
        return jobs.status(id).orElseThrow(() -> new NotFoundException("no import job " + id));
    }

    @GET
    @Path("/{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "The job's status as server-sent events, once a second, until it has finished")
    public Multi<ImportStatus> follow(@PathParam("id") UUID id) {
        Multi<ImportStatus> running = Multi.createFrom().ticks().every(Duration.ofSeconds(1))
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(tick -> current(id))
                .select().first(status -> !ended(status));
        Multi<ImportStatus> last = Multi.createFrom().item(() -> current(id))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        return Multi.createBy().concatenating().streams(running, last);
    }

    private static boolean ended(ImportStatus status) {
        return status.finished() || "failed".equals(status.status());
    }

    private ImportStatus current(UUID id) {
        try {
            return jobs.status(id).orElseThrow(() -> new NotFoundException("no import job " + id));
        } catch (SQLException e) {
            throw new IllegalStateException("the job's records cannot be read: " + e.getMessage(), e);
        }
    }
}
