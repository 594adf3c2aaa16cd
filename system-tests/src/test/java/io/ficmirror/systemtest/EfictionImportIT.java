package io.ficmirror.systemtest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ficmirror.contract.ContentIds;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An eFiction 3 archive rescued from its MySQL dump, as a new user does it: {@code ficmirror import efiction.sql --files
 * storiesef}, then search. Uses the real dump and stories folder in ../shared/efiction; skipped without them.
 */
class EfictionImportIT {
    private static final Path SHARED = TestStack.ROOT.resolveSibling("shared").resolve("efiction");

    @TempDir
    Path temp;

    @Test
    void aDumpBecomesSearchableWorksWithTheirReadersUnderPseudonymsAndNoPersonalData() throws Exception {
        assumeTrue(Files.isRegularFile(SHARED.resolve("efiction.sql")), "../shared/efiction not found");
        // a name of its own, so this run's documents are new whatever earlier runs left in the test stack
        String archive = "efiction-" + UUID.randomUUID().toString().substring(0, 8);
        Path dump = Files.copy(SHARED.resolve("efiction.sql"), temp.resolve(archive + ".sql"));

        TestStack.CommandResult first = TestStack.ficmirror("import", dump.toString(), "--files", SHARED.resolve("storiesef").toString());
        assertEquals(0, first.exitCode(), first::toString);
        JsonPath status = TestStack.importStatus(first.jobs().get(0));
        assertTrue(status.getBoolean("finished"), status.prettify());
        assertEquals(15, status.getLong("found"), "the dump's 15 stories: " + status.prettify());
        assertEquals(Files.size(dump), status.getLong("dumpBytes"), status.prettify());
        assertEquals(Files.size(dump), status.getLong("dumpBytesRead"), "read to its end: " + status.prettify());
        assertEquals(14, status.getLong("done"), status.prettify());
        assertEquals(1, status.getLong("rejected"), "story 4 has no chapter in the dump: " + status.prettify());
        assertTrue(status.getString("rejections[0].reason").contains("no chapters"), status.prettify());
        assertEquals(6, status.getLong("withheld.'e-mail addresses'"), status.prettify());
        assertEquals(5, status.getLong("withheld.'real names'"), status.prettify());
        assertTrue(first.out().contains("Personal data withheld"), first::toString);

        String bacon = ContentIds.documentId(archive, "stories/1");
        JsonPath found = TestStack.searchFinding("Bacon ipsum", bacon);
        assertTrue(found.getList("hits.documentIds.flatten()").contains(bacon), found.prettify());

        JsonPath general = given().baseUri(TestStack.searchUrl()).queryParam("fandom", "General")
                .queryParam("sort", "favourites").queryParam("size", 50).get("/api/search")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("Bacon ipsum", general.getString("hits[0].title"), "the one favourited story of General: " + general.prettify());

        String workId = TestStack.documentStatus(bacon).getString("workId");
        JsonPath work = given().baseUri(TestStack.catalogUrl()).get("/api/works/" + workId).then().statusCode(200).extract().jsonPath();
        assertEquals(2872, work.getInt("engagement.hits"), work.prettify());
        assertEquals(1, work.getInt("engagement.favourites"), work.prettify());
        assertTrue(work.getList("creators").containsAll(List.of("B Author 2", "E Author 5")), work.prettify());

        assertTrue(status.getLong("interactions") > 0, status.prettify());
        List<JsonPath> interactions = awaitInteractions(archive, status.getLong("interactions"));
        JsonPath favourite = interactions.stream().filter(i -> i.getString("kind").equals("favourite")).findFirst().orElseThrow();
        assertEquals(workId, favourite.getString("workId"), "exported with the catalogue's work id");
        assertTrue(favourite.getString("readerId").matches("r-[0-9a-f]{24}"), favourite.prettify());

        String everything = exportedWorks() + given().baseUri(TestStack.catalogUrl()).get("/api/export/interactions")
                .then().statusCode(200).extract().asString();
        for (String personal : List.of("A1@example.com", "B2@example.com", "E5@example.com", "xfghtu", "!BillBob!")) {
            assertFalse(everything.contains(personal), personal + " left the importer");
        }

        // the same archive gzipped: one archive still (named after the dump without .sql.gz), so nothing is new
        Path gzipped = temp.resolve(archive + ".sql.gz");
        try (java.io.OutputStream out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gzipped))) {
            Files.copy(dump, out);
        }
        TestStack.CommandResult again = TestStack.ficmirror("import", gzipped.toString(), "--files", SHARED.resolve("storiesef").toString());
        assertEquals(0, again.exitCode(), again::toString);
        JsonPath second = TestStack.importStatus(again.jobs().get(0));
        assertEquals(archive, second.getString("archive"));
        assertEquals(0, second.getLong("published"), "nothing changed, nothing sent again: " + second.prettify());
        Thread.sleep(3000); // interactions are sent again on a re-import; give the catalogue time to take them
        assertEquals(interactions.size(), awaitInteractions(archive, interactions.size()).size(), "a re-import duplicates no interaction");
    }

    /** The archive's exported interactions once there are {@code expected} of them, or after 20 s whatever there are. */
    private static List<JsonPath> awaitInteractions(String archive, long expected) throws InterruptedException {
        List<JsonPath> interactions = interactionsOf(archive);
        for (int attempt = 0; attempt < 40 && interactions.size() != expected; attempt++) {
            Thread.sleep(500);
            interactions = interactionsOf(archive);
        }
        assertEquals(expected, interactions.size(), "interactions exported for " + archive);
        return interactions;
    }

    private static List<JsonPath> interactionsOf(String archive) {
        String lines = given().baseUri(TestStack.catalogUrl()).queryParam("archive", archive).get("/api/export/interactions")
                .then().statusCode(200).extract().asString();
        return lines.lines().filter(l -> !l.isBlank()).map(JsonPath::new).toList();
    }

    private static String exportedWorks() {
        return given().baseUri(TestStack.catalogUrl()).queryParam("body", false).get("/api/export").then().statusCode(200).extract().asString();
    }
}
