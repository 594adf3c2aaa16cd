package io.ficmirror.ingest.rest;

import io.ficmirror.ingest.service.DocumentIntake;
import io.ficmirror.ingest.service.IncomingDocument;
import io.ficmirror.ingest.service.IntakeReceipt;
import io.ficmirror.parser.ContentType;
import io.ficmirror.ingest.mirror.MirrorReader;
import io.ficmirror.ingest.service.IngestSettings;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import java.io.IOException;
import java.io.InputStream;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/api/documents")
public class DocumentResource {
    public static final String ARCHIVE_HEADER = "X-Ficmirror-Archive";
    public static final String PATH_HEADER = "X-Ficmirror-Path";

    @Inject
    DocumentIntake intake;

    @Inject
    IngestSettings settings;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @ResponseStatus(202)
    @Operation(summary = "Submit one raw document",
            description = "The body is the document's bytes, unchanged; Content-Type (with charset if known) describes them. "
                    + "Answers once the document is on documents.raw (or, when unusable, on documents.rejected).")
    @Blocking
    public Uni<IntakeReceipt> submit(InputStream body,
            @Parameter(description = "the mirror or archive the document belongs to")
            @HeaderParam(ARCHIVE_HEADER) @DefaultValue("upload") String archive,
            @Parameter(description = "the document's path inside the mirror, or its URI; it makes the document id stable across imports")
            @HeaderParam(PATH_HEADER) String path,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) throws IOException {
        ContentType type = ContentType.parse(contentType);
        byte[] content = MirrorReader.readAtMost(body, settings.maxDocumentBytes());
        if (content == null) {
            return intake.rejectUnread(archive, path == null || path.isBlank() ? "upload" : path, "too-large",
                    "the document is larger than the limit of %d bytes (ficmirror.ingest.max-document-bytes)"
                            .formatted(settings.maxDocumentBytes()));
        }
        return intake.accept(new IncomingDocument(archive, path, type.mediaType(), type.charset(), content));
    }

    @POST
    @Blocking
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @ResponseStatus(202)
    @Operation(summary = "Submit one raw document as a form upload",
            description = "Form fields: file (the document, with its file name and content type), archive, path (default: the file name).")
    public Uni<IntakeReceipt> submitForm(@RestForm("file") FileUpload file,
            @RestForm("archive") @DefaultValue("upload") String archive,
            @RestForm("path") String path) throws IOException {
        if (file == null) {
            throw new jakarta.ws.rs.BadRequestException("send the document in the form field \"file\"");
        }
        String documentPath = path == null || path.isBlank() ? file.fileName() : path;
        try (InputStream in = java.nio.file.Files.newInputStream(file.uploadedFile())) {
            return submit(in, archive, documentPath, file.contentType());
        }
    }
}
