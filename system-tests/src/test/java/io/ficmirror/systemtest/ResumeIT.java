package io.ficmirror.systemtest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import job survives ingest-service being killed mid-way: it resumes, and ends with every document once. */
class ResumeIT {
    private static final int DOCUMENTS = 3000;

    @Test
    void aJobInterruptedByKillingIngestResumesAndCreatesNoDuplicates(@TempDir Path temp) throws Exception {
        String archive = "resume-" + UUID.randomUUID().toString().substring(0, 8);
        Path mirror = Files.createDirectory(temp.resolve(archive));
        for (int i = 0; i < DOCUMENTS; i++) {
            Files.writeString(mirror.resolve("story-%05d.txt".formatted(i)), "Title: Harbour Light %d\nAuthor: Generated Writer %d\n\n%s\n"
                    .formatted(i, i % 37, Prose.story(i, 60)));
        }
        String job = given().baseUri(TestStack.ingestUrl()).header("X-Api-Key", TestStack.apiKey())
                .contentType("application/json").body(Map.of("path", mirror.toString()))
                .post("/api/imports").then().statusCode(202).extract().path("id");

        awaitFound(job, 300);
        ProcessHandle ingest = ProcessHandle.of(Long.parseLong(Files.readString(TestStack.HOME.resolve("run/ingest-service.pid")).strip()))
                .orElseThrow();
        try {
            ingest.destroyForcibly();
            ingest.onExit().get();
            assertEquals("reading", jobStateInPostgres(job), "the job finished reading before it could be interrupted");
        } finally {
            TestStack.CommandResult restarted = TestStack.ficmirror("up");
            assertEquals(0, restarted.exitCode(), restarted::toString);
        }
        TestStack.CommandResult followed = TestStack.ficmirror("import", "--follow", job);
        assertEquals(0, followed.exitCode(), followed::toString);

        JsonPath status = TestStack.importStatus(job);
        assertEquals(DOCUMENTS, status.getLong("found"), status.prettify());
        assertEquals(DOCUMENTS, status.getLong("done"), status.prettify());
        try (Connection db = TestStack.postgres();
             PreparedStatement works = db.prepareStatement(
                     "select count(distinct w.id), count(distinct w.title) from source s join work w on w.id = s.work_id where s.archive = ?");
             PreparedStatement entries = db.prepareStatement(
                     "select count(*), count(distinct seq), count(distinct path) from ingest.import_entry where job_id = ?::uuid")) {
            works.setString(1, archive);
            try (ResultSet row = works.executeQuery()) {
                row.next();
                assertEquals(DOCUMENTS, row.getLong(1), "works in the catalogue");
                assertEquals(DOCUMENTS, row.getLong(2), "distinct titles in the catalogue");
            }
            entries.setString(1, job);
            try (ResultSet row = entries.executeQuery()) {
                row.next();
                assertEquals(DOCUMENTS, row.getLong(1), "entries recorded by the job");
                assertEquals(DOCUMENTS, row.getLong(3), "distinct paths recorded by the job");
            }
        }
    }

    private static String jobStateInPostgres(String job) throws Exception {
        try (Connection db = TestStack.postgres();
             PreparedStatement query = db.prepareStatement("select status from ingest.import_job where id = ?::uuid")) {
            query.setString(1, job);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private static void awaitFound(String job, long atLeast) throws InterruptedException {
        for (int attempt = 0; attempt < 600; attempt++) {
            if (TestStack.importStatus(job).getLong("found") >= atLeast) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the job did not get going within a minute");
    }
}
