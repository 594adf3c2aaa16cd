package io.ficmirror.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ficmirror.contract.ContentIds;
import io.ficmirror.contract.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents that cannot become works end on documents.rejected with a reason, and the import summary says so. */
class RejectionIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void unusableDocumentsAreRejectedWithAReasonOnTheTopicAndInTheSummary(@TempDir Path parent) throws Exception {
        Path mirror = Files.createDirectory(parent.resolve("rejects-" + UUID.randomUUID().toString().substring(0, 8)));
        Files.write(mirror.resolve("empty.txt"), new byte[0]);
        Files.write(mirror.resolve("scan.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0});
        Files.writeString(mirror.resolve("viewstory.php.html"), """
                <html><head><title>Error | Some Archive</title></head><body>
                <h2>Chapter not found</h2><p>The story you asked for does not exist or was removed.</p>
                <p><a href="/">Back to the archive</a></p></body></html>
                """, StandardCharsets.UTF_8);
        Map<String, String> stageByPath = Map.of("empty.txt", "INGEST", "scan.txt", "PARSE", "viewstory.php.html", "PARSE");

        TestStack.CommandResult result = TestStack.ficmirror("import", mirror.toString());

        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.out().contains("Imported 0 of 3 documents (catalogued and indexed); rejected 3; skipped 0 other files."), result::toString);
        for (String path : stageByPath.keySet()) {
            assertTrue(result.out().contains("rejected  " + mirror.getFileName() + "/" + path + ": "), result::toString);
        }
        Map<String, JsonNode> onTopic = rejectionsOnTopic(stageByPath.keySet().stream()
                .map(path -> ContentIds.documentId(mirror.getFileName().toString(), path)).toList());
        for (Map.Entry<String, String> expected : stageByPath.entrySet()) {
            JsonNode event = onTopic.get(ContentIds.documentId(mirror.getFileName().toString(), expected.getKey()));
            assertEquals(expected.getValue(), event.get("stage").asText(), expected.getKey());
            assertFalse(event.get("reason").asText().isBlank(), expected.getKey());
            assertEquals(expected.getKey(), event.get("source").get("uri").asText());
        }
    }

    /** Reads documents.rejected from the start until every one of these document ids has appeared. */
    private static Map<String, JsonNode> rejectionsOnTopic(List<String> documentIds) throws Exception {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.kafkaBootstrap());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "rejection-it-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        Map<String, JsonNode> found = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties)) {
            consumer.subscribe(List.of(Topics.DOCUMENTS_REJECTED));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!found.keySet().containsAll(documentIds) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(1))) {
                    if (documentIds.contains(record.key())) {
                        found.put(record.key(), JSON.readTree(record.value()));
                    }
                }
            }
        }
        assertTrue(found.keySet().containsAll(documentIds), "on documents.rejected: " + found.keySet() + ", wanted " + documentIds);
        return found;
    }
}
