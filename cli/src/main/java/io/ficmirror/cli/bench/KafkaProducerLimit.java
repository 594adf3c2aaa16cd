package io.ficmirror.cli.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.ficmirror.cli.stack.StackSettings;
import io.ficmirror.contract.ContentIds;
import io.ficmirror.contract.DocumentReceived;
import io.ficmirror.contract.SchemaVersion;
import io.ficmirror.contract.Source;
import io.ficmirror.parser.MediaTypes;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * Kafka's own producer performance tool (org.apache.kafka.tools.ProducerPerformance, from the broker's jars) sending
 * the very events ingest-service sends for the corpus (DocumentReceived as JSON, one per line of its payload file)
 * with ingest-service's own producer settings, to a scratch topic shaped like {@code documents.raw}.
 */
final class KafkaProducerLimit {
    static final String TOPIC = "bench.producer-limit";
    /** The tool holds its payloads in memory; beyond this it sends the first ones again, at random. */
    private static final long MAX_PAYLOAD_BYTES = 1L << 30;
    private static final String INGEST_PRODUCER_PREFIX = "mp.messaging.outgoing.documents-raw.";
    private static final List<String> PRODUCER_SETTINGS = List.of("acks", "enable.idempotence", "compression.type",
            "linger.ms", "batch.size", "buffer.memory", "max.request.size");
    private static final Pattern SUMMARY = Pattern.compile("(\\d+) records sent, ([0-9.]+) records/sec \\(([0-9.]+) MB/sec\\)");

    private final StackSettings settings;
    private final Path workDir;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

    KafkaProducerLimit(StackSettings settings, Path workDir) {
        this.settings = settings;
        this.workDir = workDir;
    }

    Throughput measure(List<Path> documents, Path corpus, long corpusBytes) throws IOException, InterruptedException {
        Path payload = workDir.resolve("producer-payload.jsonl");
        Payload written = writePayload(documents, corpus, payload);
        recreateTopic();
        Map<String, String> producer = ingestProducerSettings();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + Math.max(512, 3 * written.bytes() / (1 << 20) + 256) + "m",
                "-cp", settings.distributions().resolve("kafka/libs").toAbsolutePath() + "/*",
                "org.apache.kafka.tools.ProducerPerformance", "--topic", TOPIC,
                "--num-records", Integer.toString(documents.size()), "--throughput", "-1",
                "--payload-file", payload.toString(), "--producer-props", "bootstrap.servers=" + settings.kafkaBootstrap()));
        producer.forEach((key, value) -> command.add(key + "=" + value));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int exit = process.waitFor();
        Matcher last = null;
        for (Matcher m = SUMMARY.matcher(output); m.find(); ) {
            last = SUMMARY.matcher(m.group());
            last.find();
        }
        if (exit != 0 || last == null) {
            throw new IOException("Kafka's producer performance tool failed (exit " + exit + "):\n" + output);
        }
        long records = Long.parseLong(last.group(1));
        double recordsPerSecond = Double.parseDouble(last.group(2));
        // MB/s counts document bytes, as every other figure of the report does (an event is a third larger: base64)
        double averageBytes = (double) corpusBytes / Math.max(1, documents.size());
        Files.deleteIfExists(payload);
        deleteTopic();
        return new Throughput("Kafka producer tool, " + producer, records, (long) (records * averageBytes),
                records / recordsPerSecond);
    }

    private record Payload(long bytes, long events) {
    }

    private Payload writePayload(List<Path> documents, Path corpus, Path payload) throws IOException {
        long written = 0;
        long events = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(payload), 1 << 16)) {
            for (Path document : documents) {
                byte[] content = Files.readAllBytes(document);
                String uri = corpus.relativize(document).toString();
                Source source = new Source("bench", uri, ContentIds.sha256Hex(content), Instant.now());
                byte[] event = json.writeValueAsBytes(new DocumentReceived(SchemaVersion.CURRENT,
                        ContentIds.documentId("bench", uri), source, MediaTypes.forFileName(uri), null, content, Instant.now()));
                if (written + event.length > MAX_PAYLOAD_BYTES && events > 0) {
                    break;
                }
                out.write(event);
                out.write('\n');
                written += event.length;
                events++;
            }
        }
        return new Payload(written, events);
    }

    /** ingest-service's producer settings for documents.raw, read from its configuration in this checkout. */
    private Map<String, String> ingestProducerSettings() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(settings.root()
                .resolve("ingest-service/src/main/resources/application.properties"))) {
            properties.load(in);
        }
        Map<String, String> producer = new TreeMap<>();
        for (String setting : PRODUCER_SETTINGS) {
            String value = properties.getProperty(INGEST_PRODUCER_PREFIX + setting);
            if (value != null) {
                producer.put(setting, value);
            }
        }
        return producer;
    }

    private Admin admin() {
        return Admin.create(Map.of("bootstrap.servers", settings.kafkaBootstrap()));
    }

    private void recreateTopic() throws InterruptedException {
        deleteTopic();
        try (Admin admin = admin()) {
            int partitions = admin.describeTopics(List.of(io.ficmirror.contract.Topics.DOCUMENTS_RAW)).allTopicNames()
                    .get(30, TimeUnit.SECONDS).get(io.ficmirror.contract.Topics.DOCUMENTS_RAW).partitions().size();
            admin.createTopics(List.of(new NewTopic(TOPIC, partitions, (short) 1)
                    .configs(Map.of("max.message.bytes", Integer.toString(64 << 20))))).all().get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("could not create the scratch topic " + TOPIC + ": " + e.getMessage(), e);
        }
    }

    private void deleteTopic() throws InterruptedException {
        try (Admin admin = admin()) {
            if (admin.listTopics().names().get(30, TimeUnit.SECONDS).contains(TOPIC)) {
                admin.deleteTopics(List.of(TOPIC)).all().get(30, TimeUnit.SECONDS);
                Thread.sleep(1000);
            }
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("could not delete the scratch topic " + TOPIC + ": " + e.getMessage(), e);
        }
    }
}
