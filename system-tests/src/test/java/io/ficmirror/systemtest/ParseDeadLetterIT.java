package io.ficmirror.systemtest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ficmirror.contract.ContentIds;
import io.ficmirror.contract.DocumentReceived;
import io.ficmirror.contract.Headers;
import io.ficmirror.contract.SchemaVersion;
import io.ficmirror.contract.Source;
import io.ficmirror.contract.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/** parse-service, reading documents.raw in batches: an unreadable event is dead-lettered and the batch goes on. */
class ParseDeadLetterIT {

    @Test
    void unreadableEventIsDeadLetteredWithItsReasonAndTheDocumentsAroundItAreParsed() throws Exception {
        String run = Long.toString(System.nanoTime());
        Map<TopicPartition, Long> deadBefore = Kafka.endOffsets(Topics.DOCUMENTS_RAW_DLQ);
        Map<TopicPartition, Long> parsedBefore = Kafka.endOffsets(Topics.WORKS_PARSED);
        byte[] garbage = ("{\"documentId\": [not json at all " + run).getBytes(StandardCharsets.UTF_8);
        String before = document(run + "-before");
        String after = document(run + "-after");
        send(before);
        Kafka.send(Topics.DOCUMENTS_RAW, "garbage-" + run, garbage);
        Kafka.send(Topics.DOCUMENTS_RAW, "late-" + run, garbage);
        send(after);

        Kafka.await("the unreadable events in the dead-letter topic", 60, () -> dead(deadBefore, run).size() == 2);
        ConsumerRecord<String, byte[]> dead = dead(deadBefore, run).get(0);
        assertArrayEquals(garbage, dead.value(), "the original bytes travel with the dead letter");
        String reason = new String(dead.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8);
        assertTrue(reason.contains("could not be read as a DocumentReceived"), reason);
        assertEquals(Topics.DOCUMENTS_RAW, new String(dead.headers().lastHeader("dead-letter-topic").value(), StandardCharsets.UTF_8));

        Kafka.await("the documents sent around them parsed", 60,
                () -> parsedIds(parsedBefore).containsAll(List.of(before, after)));
    }

    private static List<ConsumerRecord<String, byte[]>> dead(Map<TopicPartition, Long> from, String run) {
        return Kafka.read(Topics.DOCUMENTS_RAW_DLQ, from).stream().filter(r -> r.key() != null && r.key().endsWith(run)).toList();
    }

    private static List<String> parsedIds(Map<TopicPartition, Long> from) {
        return Kafka.read(Topics.WORKS_PARSED, from).stream()
                .map(r -> r.headers().lastHeader(Headers.DOCUMENT_ID))
                .filter(h -> h != null)
                .map(h -> new String(h.value(), StandardCharsets.UTF_8)).toList();
    }

    private static String document(String name) {
        return ContentIds.documentId("parse-dlq-test", name + ".txt");
    }

    private static void send(String documentId) throws Exception {
        byte[] story = ("Title: The Quiet Harbour\nAuthor: tester\n\n" + Prose.story(documentId.hashCode(), 400))
                .getBytes(StandardCharsets.UTF_8);
        DocumentReceived event = new DocumentReceived(SchemaVersion.CURRENT, documentId,
                new Source("parse-dlq-test", documentId + ".txt", ContentIds.sha256Hex(story), Instant.now()),
                "text/plain", "UTF-8", story, Instant.now());
        Kafka.send(Topics.DOCUMENTS_RAW, documentId, event);
    }
}
