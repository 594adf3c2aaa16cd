package io.ficmirror.systemtest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ficmirror.contract.Topics;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;

/** POST /api/parse on parse-service: the Work for one document, or why it is none, and nothing published. */
class ParseApiIT {

    @Test
    void returnsTheWorkWithoutPublishingIt() throws Exception {
        byte[] post = Files.readAllBytes(TestStack.SAMPLE_MIRROR.resolve("livejournal/keeper-of-the-light.txt"));
        long before = quietPublishedCount();

        given().baseUri(TestStack.parseUrl()).contentType("text/plain; charset=UTF-8")
                .header("X-Ficmirror-Archive", "parse-api-it").header("X-Ficmirror-Path", "keeper.txt")
                .body(post)
                .post("/api/parse")
                .then().statusCode(200)
                .header("X-Ficmirror-Format-Evidence", startsWith("livejournal: "))
                .body("title", equalTo("The Keeper's Ledger"))
                .body("authors", equalTo(List.of("saltmarsh_wren")))
                .body("sourceFormat", equalTo("livejournal"))
                .body("source.archive", equalTo("parse-api-it"))
                .body("body", startsWith("The lighthouse at Penmor"));

        assertEquals(before, publishedCount(), "POST /api/parse must not publish to any topic");
    }

    @Test
    void saysWhyADocumentIsNotAStory() throws Exception {
        byte[] page = Files.readAllBytes(TestStack.SAMPLE_MIRROR.resolve("site/chapter-missing.html"));

        given().baseUri(TestStack.parseUrl()).contentType("text/html").body(page)
                .post("/api/parse")
                .then().statusCode(422)
                .body("rejected.kind", equalTo("not-a-story"))
                .body("rejected.reason", startsWith("an error page"));
    }

    /** The count once the pipeline is idle (earlier tests' imports may still be flowing). */
    private static long quietPublishedCount() throws InterruptedException {
        long previous = -1;
        for (int attempt = 0; attempt < 30; attempt++) {
            long now = publishedCount();
            if (now == previous) {
                return now;
            }
            previous = now;
            Thread.sleep(2000);
        }
        throw new AssertionError("the topics did not stop growing within a minute");
    }

    /** Records on every topic a parse could publish to. */
    private static long publishedCount() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.kafkaBootstrap());
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(properties)) {
            List<TopicPartition> partitions = List.of(Topics.DOCUMENTS_RAW, Topics.WORKS_PARSED, Topics.DOCUMENTS_REJECTED)
                    .stream()
                    .flatMap(topic -> consumer.partitionsFor(topic).stream())
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .collect(Collectors.toList());
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            return ends.values().stream().mapToLong(Long::longValue).sum();
        }
    }
}
