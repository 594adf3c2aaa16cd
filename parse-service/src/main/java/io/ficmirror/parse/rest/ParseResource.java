package io.ficmirror.parse.rest;

import io.ficmirror.contract.ContentIds;
import io.ficmirror.contract.Source;
import io.ficmirror.parse.service.SafeParser;
import io.ficmirror.parser.ContentType;
import io.ficmirror.parser.ParseOutcome;
import io.ficmirror.parser.RawDocument;
import io.ficmirror.support.ReadOnly;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Try the parser on one document: the Work it would publish, without publishing anything. */
@Path("/api/parse")
public class ParseResource {

    @Inject
    SafeParser parser;

    @POST
    @ReadOnly
    @Blocking
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Parse one uploaded document and return its Work (200) or why it is not one (422); publishes nothing",
            description = "The X-Ficmirror-Format-Evidence header of a 200 answer says which format was recognised and why.")
    public Response parse(byte[] body,
            @HeaderParam("X-Ficmirror-Archive") @DefaultValue("upload") String archive,
            @HeaderParam("X-Ficmirror-Path") String path,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        byte[] content = body == null ? new byte[0] : body;
        String sha256 = ContentIds.sha256Hex(content);
        String uri = path == null || path.isBlank() ? "sha256:" + sha256 : path;
        ContentType type = ContentType.parse(contentType);
        RawDocument document = new RawDocument(ContentIds.documentId(archive, uri), new Source(archive, uri, sha256),
                type.mediaType(), type.charset(), content);
        ParseOutcome outcome = parser.parse(document);
        if (outcome instanceof ParseOutcome.Parsed parsed) {
            return Response.ok(parsed.work()).header("X-Ficmirror-Format-Evidence", parsed.explanation()).build();
        }
        ParseOutcome.Rejected rejected = (ParseOutcome.Rejected) outcome;
        return Response.status(422).entity(Map.of("rejected", Map.of("kind", rejected.kind(), "reason", rejected.reason())))
                .build();
    }
}
