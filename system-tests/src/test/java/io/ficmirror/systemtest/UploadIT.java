package io.ficmirror.systemtest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.path.json.JsonPath;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mirrors and documents sent over HTTP rather than read from the server's disk. */
class UploadIT {

    @Test
    void anUploadedZipBecomesAnImportJob(@TempDir Path temp) throws Exception {
        Path zip = temp.resolve("upload.zip");
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(zip); Stream<Path> files = Files.walk(TestStack.SAMPLE_MIRROR)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putArchiveEntry(new ZipArchiveEntry(TestStack.SAMPLE_MIRROR.relativize(file).toString()));
                ((OutputStream) out).write(Files.readAllBytes(file));
                out.closeArchiveEntry();
            }
        }
        String archive = "uploaded-" + UUID.randomUUID().toString().substring(0, 8);

        String job = given().baseUri(TestStack.ingestUrl()).header("X-Api-Key", TestStack.apiKey())
                .header("X-Ficmirror-Archive", archive).contentType("application/zip").body(Files.readAllBytes(zip))
                .post("/api/imports").then().statusCode(202).extract().path("id");
        String events = given().baseUri(TestStack.ingestUrl()).get("/api/imports/" + job + "/events")
                .then().statusCode(200).contentType(containsString("text/event-stream")).extract().asString();
        String lastEvent = events.strip().substring(events.strip().lastIndexOf("data:") + "data:".length());
        assertEquals(true, JsonPath.from(lastEvent).getBoolean("finished"), events);
        TestStack.CommandResult followed = TestStack.ficmirror("import", "--follow", job);

        assertEquals(0, followed.exitCode(), followed::toString);
        JsonPath status = TestStack.importStatus(job);
        assertEquals(archive, status.getString("archive"));
        assertEquals(5, status.getLong("done"), status.prettify());
        assertEquals(1, status.getLong("rejected"), status.prettify());
        assertEquals(1, status.getLong("skipped"), status.prettify());
    }

    @Test
    void aSingleDocumentCanBeSentAsAFormUpload() throws Exception {
        byte[] story = Files.readAllBytes(TestStack.SAMPLE_MIRROR.resolve("stories/salt-and-lanterns.txt"));
        String archive = "form-" + UUID.randomUUID().toString().substring(0, 8);

        String documentId = given().baseUri(TestStack.ingestUrl()).header("X-Api-Key", TestStack.apiKey())
                .multiPart("file", "salt-and-lanterns.txt", story, "text/plain").multiPart("archive", archive)
                .post("/api/documents")
                .then().statusCode(202).body("status", equalTo("published")).extract().path("documentId");

        assertEquals(io.ficmirror.contract.ContentIds.documentId(archive, "salt-and-lanterns.txt"), documentId);
        JsonPath status = TestStack.documentStatus(documentId);
        for (int attempt = 0; attempt < 60 && !"catalogued".equals(status.getString("state")); attempt++) {
            Thread.sleep(500);
            status = TestStack.documentStatus(documentId);
        }
        assertEquals("Salt and Lanterns", status.getString("title"), status.prettify());
    }

    @Test
    void aSingleDocumentOverTheLimitIsRejectedWithoutBeingHeldWhole() {
        byte[] huge = new byte[33 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');

        given().baseUri(TestStack.ingestUrl()).header("X-Api-Key", TestStack.apiKey())
                .header("X-Ficmirror-Archive", "upload-it").header("X-Ficmirror-Path", "huge.txt")
                .contentType("text/plain").body(huge).post("/api/documents")
                .then().statusCode(202).body("status", equalTo("rejected")).body("kind", equalTo("too-large"))
                .body("reason", containsString("larger than the limit"));
    }
}
