package io.ficmirror.systemtest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** ficmirror reindex: a new index from the catalogue, swapped in while searches keep answering. */
class ReindexIT {

    @Test
    void reindexUnderContinuousQueriesLosesNoQueryAndNoWork() throws Exception {
        if (TestStack.catalogStats().getLong("works") == 0) {
            assertEquals(0, TestStack.ficmirror("import", TestStack.SAMPLE_MIRROR.toString()).exitCode());
        }
        String before = aliasTarget();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger answered = new AtomicInteger();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        Thread searcher = new Thread(() -> {
            while (running.get()) {
                var response = given().baseUri(TestStack.searchUrl()).queryParam("sort", "published").queryParam("size", 1)
                        .get("/api/search");
                if (response.statusCode() != 200 || response.jsonPath().getLong("total") == 0) {
                    failures.add(response.statusCode() + " " + response.asString());
                }
                answered.incrementAndGet();
            }
        });
        searcher.start();
        TestStack.CommandResult result;
        try {
            Thread.sleep(500);
            result = TestStack.ficmirror("reindex");
        } finally {
            Thread.sleep(500);
            running.set(false);
            searcher.join();
        }
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(failures.isEmpty(), "queries failed during the rebuild: " + failures);
        assertTrue(answered.get() > 5, "only " + answered.get() + " queries ran");
        String after = aliasTarget();
        assertTrue(!after.equals(before) && after.matches("works-v3-\\d+"), "a rebuild of the current mapping (v3): " + before + " -> " + after);
        Kafka.await("the index to hold exactly the catalogue's works", 60,
                () -> TestStack.indexedWorks() == TestStack.catalogStats().getLong("works"));
        assertTrue(result.out().contains("Rebuilt the index"), result::toString);
    }

    private static String aliasTarget() {
        Map<String, Object> aliases = given().baseUri(TestStack.elasticsearchUrl()).get("/_alias/works").then().statusCode(200)
                .extract().jsonPath().getMap("");
        List<String> indices = List.copyOf(aliases.keySet());
        assertEquals(1, indices.size(), indices.toString());
        return indices.get(0);
    }
}
