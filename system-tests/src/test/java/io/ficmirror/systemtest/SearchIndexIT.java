package io.ficmirror.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ficmirror.contract.SchemaVersion;
import io.ficmirror.contract.Topics;
import io.ficmirror.contract.WorkCatalogued;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/** The index follows works.catalogued: versions decide, tombstones remove, broken events are dead-lettered. */
class SearchIndexIT {
    private final String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    @Test
    void theIndexKeepsTheHighestVersionAndForgetsRemovedWorks() throws Exception {
        String workId = "searchit" + run;
        String word = "zq" + run;
        publish(feedEvent(workId, 1, "First " + word));
        awaitTitles(word, List.of("First " + word));

        publish(feedEvent(workId, 1, "Replayed " + word));
        publish(feedEvent(workId, 2, "Second " + word));
        publish(feedEvent(workId, 1, "Stale " + word));
        awaitTitles(word, List.of("Second " + word));
        Thread.sleep(2000);
        assertEquals(List.of("Second " + word), TestStack.search(word).getList("hits.title"),
                "a repeated or older version never replaces a newer one");

        long indexed = TestStack.indexedWorks();
        List<ConsumerRecord<String, byte[]>> history = Kafka.read(Topics.WORKS_CATALOGUED, Map.of()).stream()
                .filter(r -> workId.equals(r.key())).toList();
        assertEquals(4, history.size());
        try (KafkaProducer<String, byte[]> producer = Kafka.producer()) {
            for (int pass = 0; pass < 2; pass++) {
                for (ConsumerRecord<String, byte[]> record : history) {
                    producer.send(new ProducerRecord<>(Topics.WORKS_CATALOGUED, record.key(), record.value()));
                }
            }
        }
        Kafka.await("search-service to read the replay", 60, () -> {
            try {
                return Kafka.lag("search-projection-v3", Topics.WORKS_CATALOGUED) == 0;
            } catch (Exception e) {
                return false;
            }
        });
        Thread.sleep(1500);
        assertEquals(List.of("Second " + word), TestStack.search(word).getList("hits.title"),
                "replaying the work's history twice (its last record an older version) changes nothing");
        assertEquals(indexed, TestStack.indexedWorks());

        publish(null, workId);
        awaitTitles(word, List.of());
    }

    @Test
    void anUnreadableFeedEventIsDeadLetteredAndIndexingGoesOn() throws Exception {
        Map<TopicPartition, Long> before = Kafka.endOffsets(Topics.WORKS_CATALOGUED_SEARCH_DLQ);
        Kafka.send(Topics.WORKS_CATALOGUED, "broken" + run, "{\"workId\": [".getBytes(StandardCharsets.UTF_8));
        String word = "zr" + run;
        publish(feedEvent("after" + run, 1, "After " + word));
        awaitTitles(word, List.of("After " + word));

        Kafka.await("the dead letter", 30, () -> Kafka.read(Topics.WORKS_CATALOGUED_SEARCH_DLQ, before).stream()
                .anyMatch(r -> ("broken" + run).equals(r.key())));
        ConsumerRecord<String, byte[]> dead = Kafka.read(Topics.WORKS_CATALOGUED_SEARCH_DLQ, before).stream()
                .filter(r -> ("broken" + run).equals(r.key())).findFirst().orElseThrow();
        assertNotNull(dead.headers().lastHeader("dead-letter-reason"));
        assertTrue(new String(dead.value(), StandardCharsets.UTF_8).startsWith("{\"workId\""), "the original bytes travel with it");
        publish(null, "after" + run);
    }

    private static WorkCatalogued feedEvent(String workId, long version, String title) {
        return new WorkCatalogued(SchemaVersion.CURRENT, workId, version, Instant.now(), title, List.of("Index Tester"),
                new WorkCatalogued.TypedTags(List.of("Test Fandom"), List.of(), List.of(), List.of(), List.of("Not Rated"),
                        List.of(), List.of()),
                List.of(), null, null, null, null, null, "en", List.of(), new WorkCatalogued.WorkStats(3, 1, null, 0),
                new WorkCatalogued.Fingerprint("minhash-oph", 5, 0, ""), List.of(), "Three words here.", null);
    }

    private static void publish(WorkCatalogued work) throws Exception {
        publish(work, work.workId());
    }

    private static void publish(WorkCatalogued work, String key) throws Exception {
        try (KafkaProducer<String, byte[]> producer = Kafka.producer()) {
            producer.send(new ProducerRecord<>(Topics.WORKS_CATALOGUED, key,
                    work == null ? null : Kafka.JSON.writeValueAsBytes(work))).get();
        }
    }

    private static void awaitTitles(String word, List<String> titles) throws InterruptedException {
        Kafka.await("search for " + word + " to give " + titles, 30, () -> {
            JsonPath hits = TestStack.search(word);
            return titles.equals(hits.getList("hits.title"));
        });
    }
}
