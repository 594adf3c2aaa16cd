package io.ficmirror.systemtest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ficmirror verify} finds each kind of drift made by hand in the stores, and {@code --repair} mends it. The
 * stack is shared with other tests, so the counts are compared with a first run's.
 */
class VerifyIT {
    @Test
    void findsAndRepairsEachKindOfDrift(@TempDir Path temp) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Path mirror = Files.createDirectory(temp.resolve("verify-" + run));
        for (int i = 0; i < 4; i++) {
            Files.writeString(mirror.resolve("story-" + i + ".txt"), "Title: Drift %d %s\nAuthor: Verifier\n\n%s\n"
                    .formatted(i, run, Prose.story(9000 + i + run.hashCode(), 400)));
        }
        TestStack.CommandResult imported = TestStack.ficmirror("import", mirror.toString());
        assertEquals(0, imported.exitCode(), imported::toString);
        List<String[]> documents = documents("verify-" + run); // document id, work id, sha256, in document id order
        assertEquals(4, documents.size());

        Map<String, Long> before = counts(verify());
        String missing = documents.get(0)[1];
        String stale = documents.get(1)[1];
        String behind = documents.get(2)[0];
        String orphan = "orphan-" + run;
        String neverArrived = "never-arrived-" + run;
        loseFromTheIndex(missing);
        given().baseUri(TestStack.elasticsearchUrl()).queryParam("refresh", "true").queryParam("version", 1)
                .queryParam("version_type", "external").contentType("application/json")
                .body(Map.of("workId", orphan, "title", "Nobody's")).put("/works/_doc/" + orphan).then().statusCode(201);
        // marked published, so the feed does not send it: the index keeps the older version
        long staleVersion = sql("update work set version = version + 1, published_version = version + 1 where id = ? returning version", stale);
        sql("update ingest.document_state set catalogued = false where document_id = ? returning 1", behind);
        sql("insert into ingest.document_state (document_id, sha256, updated_at) values (?, 'abc', now()) returning 1", neverArrived);
        try {
            TestStack.CommandResult found = verify();
            assertEquals(1, found.exitCode(), found::toString);
            Map<String, Long> counts = counts(found);
            assertEquals(before.get("works missing from the index") + 1, counts.get("works missing from the index"), found.out());
            assertEquals(before.get("works at an older version in the index") + 1, counts.get("works at an older version in the index"), found.out());
            assertEquals(before.get("works in the index that the catalogue does not have") + 1,
                    counts.get("works in the index that the catalogue does not have"), found.out());
            assertEquals(before.get("documents sent but neither catalogued nor rejected") + 1,
                    counts.get("documents sent but neither catalogued nor rejected"), found.out());
            assertEquals(before.get("documents catalogued that the ledger does not know are") + 1,
                    counts.get("documents catalogued that the ledger does not know are"), found.out());

            TestStack.CommandResult repaired = TestStack.ficmirror("verify", "--repair", "--wait", "120");
            assertTrue(repaired.out().contains("After the repair:"), repaired::toString);
            Map<String, Long> after = VerifyReport.counts(repaired.out().substring(repaired.out().indexOf("After the repair:")));
            assertEquals(0, after.get("works missing from the index"), repaired::toString);
            assertEquals(0, after.get("works at an older version in the index"), repaired::toString);
            assertEquals(0, after.get("works in the index that the catalogue does not have"), repaired::toString);
            assertEquals(0, after.get("documents catalogued that the ledger does not know are"), repaired::toString);

            given().baseUri(TestStack.elasticsearchUrl()).get("/works/_doc/" + missing).then().statusCode(200);
            given().baseUri(TestStack.elasticsearchUrl()).get("/works/_doc/" + orphan).then().statusCode(404);
            assertEquals(staleVersion, given().baseUri(TestStack.elasticsearchUrl()).get("/works/_doc/" + stale)
                    .then().statusCode(200).extract().jsonPath().getLong("_version"));
            assertEquals(1, sql("select count(*) from ingest.document_state where document_id = ? and catalogued", behind));
        } finally {
            sql("delete from ingest.document_state where document_id = ? returning 1", neverArrived);
        }
    }

    /**
     * Elasticsearch losing a document (a restored snapshot, a lost shard) rather than deleting it: a deletion is
     * remembered for a minute and refuses older versions, which an index that lost the document would not do.
     */
    private static void loseFromTheIndex(String workId) throws InterruptedException {
        var elasticsearch = given().baseUri(TestStack.elasticsearchUrl()).contentType("application/json");
        elasticsearch.body(Map.of("index", Map.of("gc_deletes", "0s"))).put("/works/_settings").then().statusCode(200);
        try {
            given().baseUri(TestStack.elasticsearchUrl()).delete("/works/_doc/" + workId).then().statusCode(200);
            Thread.sleep(1500); // a refresh forgets deletions older than gc_deletes: this one must be older than 0 s
            given().baseUri(TestStack.elasticsearchUrl()).post("/works/_refresh").then().statusCode(200);
        } finally {
            given().baseUri(TestStack.elasticsearchUrl()).contentType("application/json")
                    .body(Map.of("index", Map.of("gc_deletes", "60s"))).put("/works/_settings").then().statusCode(200);
        }
    }

    private static TestStack.CommandResult verify() throws Exception {
        return TestStack.ficmirror("verify", "--wait", "120");
    }

    private static Map<String, Long> counts(TestStack.CommandResult result) {
        return VerifyReport.counts(result.out());
    }

    private static List<String[]> documents(String archive) throws Exception {
        List<String[]> documents = new ArrayList<>();
        try (Connection db = TestStack.postgres(); PreparedStatement query = db.prepareStatement(
                "select document_id, work_id, sha256 from source where archive = ? order by document_id")) {
            query.setString(1, archive);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    documents.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3)});
                }
            }
        }
        return documents;
    }

    /** Runs one statement with one text parameter that returns a number. */
    private static long sql(String statement, String parameter) throws Exception {
        try (Connection db = TestStack.postgres(); PreparedStatement query = db.prepareStatement(statement)) {
            query.setString(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getLong(1) : 0;
            }
        }
    }
}
