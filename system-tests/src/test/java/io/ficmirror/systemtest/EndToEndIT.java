package io.ficmirror.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.path.json.JsonPath;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Imports the sample mirror (and the user's seeds when they are beside the project) with {@code ficmirror import},
 * then checks Postgres and Elasticsearch directly and through the services.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EndToEndIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Path> IMPORTED = new ArrayList<>();
    private static final List<ExpectedWork> EXPECTED = new ArrayList<>();

    @BeforeAll
    static void chooseDocuments() throws Exception {
        IMPORTED.add(TestStack.SAMPLE_MIRROR);
        EXPECTED.addAll(ExpectedWork.sampleMirror());
        TestStack.seeds().ifPresent(seeds -> {
            IMPORTED.add(seeds);
            try {
                EXPECTED.addAll(ExpectedWork.seeds(seeds));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    @Order(1)
    void importedWorksAreCataloguedWithTitleAndAuthorsAndSearchableByTheirText() throws Exception {
        TestStack.CommandResult result = TestStack.ficmirror(arguments("import"));
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.out().contains("rejected  sample-mirror/site/chapter-missing.html: "), result::toString);

        try (Connection db = TestStack.postgres();
             PreparedStatement query = db.prepareStatement("""
                     select w.title, coalesce((select json_agg(c.name order by wc.position) from work_creator wc
                                      join creator c on c.id = wc.creator_id where wc.work_id = w.id), '[]')::text
                     from source s join work w on w.id = s.work_id where s.document_id = ?""")) {
            for (ExpectedWork expected : EXPECTED) {
                query.setString(1, expected.documentId());
                try (ResultSet row = query.executeQuery()) {
                    assertTrue(row.next(), "no catalogue row for " + expected.path());
                    assertEquals(normalised(expected.title()), normalised(row.getString(1)), "title of " + expected.path());
                    assertEquals(expected.authors(), List.of(JSON.readValue(row.getString(2), String[].class)),
                            "authors of " + expected.path());
                }
            }
        }
        for (ExpectedWork expected : EXPECTED) {
            JsonPath hits = TestStack.searchFinding("\"" + expected.phrase() + "\"", expected.documentId());
            assertTrue(hits.getList("hits.documentIds.flatten()").contains(expected.documentId()),
                    "searching \"" + expected.phrase() + "\" should find " + expected.path() + ", got " + hits.prettify());
        }
    }

    @Test
    @Order(2)
    void importingTheSameFilesAgainChangesNoCount() throws Exception {
        Counts before = Counts.now();
        TestStack.CommandResult result = TestStack.ficmirror(arguments("import"));
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals(before, Counts.now());
        for (String job : result.jobs()) {
            JsonPath status = TestStack.importStatus(job);
            assertEquals(0, status.getLong("published"), "a second import publishes nothing: " + status.prettify());
            assertTrue(status.getLong("unchanged") > 0, status.prettify());
        }
        assertTrue(before.works() >= EXPECTED.size(), "expected at least " + EXPECTED.size() + " works, counted " + before);
    }

    private static String[] arguments(String command) {
        List<String> arguments = new ArrayList<>(List.of(command));
        IMPORTED.forEach(path -> arguments.add(path.toString()));
        return arguments.toArray(String[]::new);
    }

    private static String normalised(String title) {
        return title == null ? null : title.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    /** Every count a duplicate would change: rows in Postgres, documents in Elasticsearch, and what the APIs say. */
    record Counts(long works, long rejected, long indexed, long apiWorks, long apiRejected) {
        static Counts now() throws Exception {
            try (Connection db = TestStack.postgres(); Statement statement = db.createStatement()) {
                long works = single(statement, "select count(*) from work");
                long rejected = single(statement, "select count(*) from rejected_document");
                JsonPath stats = TestStack.catalogStats();
                return new Counts(works, rejected, TestStack.indexedWorks(), stats.getLong("works"),
                        stats.getLong("rejectedDocuments"));
            }
        }

        private static long single(Statement statement, String sql) throws Exception {
            try (ResultSet result = statement.executeQuery(sql)) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
