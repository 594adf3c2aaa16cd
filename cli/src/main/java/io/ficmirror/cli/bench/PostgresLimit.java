package io.ficmirror.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ficmirror.cli.stack.StackSettings;
import io.ficmirror.contract.Topics;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * What PostgreSQL does with the catalogue's input and nothing else: the Work events of {@code works.parsed} (read
 * into a file first, so Kafka is not timed) written into one scratch table, as batched upserts (batches the size of
 * the catalogue's polls, the driver rewriting each batch into multi-row inserts, a commit per batch) and as one COPY.
 */
final class PostgresLimit {
    static final int BATCH = 100;
    private static final String SCHEMA = "bench_limit";

    private final StackSettings settings;
    private final Path workDir;
    private final ObjectMapper json = new ObjectMapper();

    PostgresLimit(StackSettings settings, Path workDir) {
        this.settings = settings;
        this.workDir = workDir;
    }

    record Figures(Throughput upserts, Throughput copy) {
    }

    Figures measure() throws IOException, SQLException {
        Path events = workDir.resolve("works-parsed.jsonl");
        long bytes = dumpTopic(events);
        try (Connection connection = connect()) {
            prepare(connection);
            Throughput upserts = upserts(connection, events, bytes);
            Throughput copy = copy(connection, events, bytes);
            try (Statement statement = connection.createStatement()) {
                statement.execute("drop schema " + SCHEMA + " cascade");
            }
            connection.commit();
            Files.deleteIfExists(events);
            return new Figures(upserts, copy);
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", settings.postgresUser());
        properties.setProperty("password", settings.postgresPassword());
        properties.setProperty("reWriteBatchedInserts", "true");
        Connection connection = DriverManager.getConnection(settings.postgresJdbcUrl(), properties);
        connection.setAutoCommit(false);
        return connection;
    }

    private void prepare(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + SCHEMA + " cascade");
            statement.execute("create schema " + SCHEMA);
            for (String table : List.of("upserted", "copied")) {
                statement.execute("create table " + SCHEMA + "." + table + " (document_id text primary key, work_id text not null,"
                        + " title text, work jsonb not null, body text)");
            }
        }
        connection.commit();
    }

    private Throughput upserts(Connection connection, Path events, long bytes) throws IOException, SQLException {
        long start = System.nanoTime();
        long count = 0;
        try (BufferedReader lines = Files.newBufferedReader(events, StandardCharsets.UTF_8);
             PreparedStatement upsert = connection.prepareStatement("insert into " + SCHEMA + ".upserted"
                     + " (document_id, work_id, title, work, body) values (?, ?, ?, ?::jsonb, ?)"
                     + " on conflict (document_id) do update set work_id = excluded.work_id, title = excluded.title,"
                     + " work = excluded.work, body = excluded.body")) {
            int inBatch = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                JsonNode work = json.readTree(line);
                upsert.setString(1, work.path("documentId").asText());
                upsert.setString(2, work.path("workId").asText());
                upsert.setString(3, work.path("title").asText(null));
                upsert.setString(4, line);
                upsert.setString(5, work.path("body").asText(null));
                upsert.addBatch();
                count++;
                if (++inBatch == BATCH) {
                    upsert.executeBatch();
                    connection.commit();
                    inBatch = 0;
                }
            }
            upsert.executeBatch();
            connection.commit();
        }
        return new Throughput("PostgreSQL batched upserts (" + BATCH + " a batch)", count, bytes,
                (System.nanoTime() - start) / 1e9);
    }

    private Throughput copy(Connection connection, Path events, long bytes) throws IOException, SQLException {
        long start = System.nanoTime();
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        long count = 0;
        Path csv = workDir.resolve("works-parsed.csv");
        // the CSV is written inside the timing: turning events into rows is part of loading them
        try (BufferedReader lines = Files.newBufferedReader(events, StandardCharsets.UTF_8);
             BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                JsonNode work = json.readTree(line);
                out.write(String.join(",", csv(work.path("documentId").asText()), csv(work.path("workId").asText()), csv(work.path("title").asText(null)), csv(line),
                        csv(work.path("body").asText(null))));
                out.write('\n');
                count++;
            }
        }
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            copy.copyIn("copy " + SCHEMA + ".copied (document_id, work_id, title, work, body) from stdin with (format csv)", in);
        }
        connection.commit();
        Files.deleteIfExists(csv);
        return new Throughput("PostgreSQL COPY", count, bytes, (System.nanoTime() - start) / 1e9);
    }

    private static String csv(String value) {
        return value == null ? "" : "\"" + value.replace("\"", "\"\"") + "\"";
    }

    /**
     * Copies works.parsed into a file of one event per line, all partitions from the beginning; returns the bytes
     * of those events.
     */
    private long dumpTopic(Path file) throws IOException {
        Map<String, Object> config = Map.of("bootstrap.servers", settings.kafkaBootstrap(),
                "group.id", "bench-" + UUID.randomUUID(), "enable.auto.commit", "false",
                "max.partition.fetch.bytes", 16 << 20, "fetch.max.bytes", 64 << 20);
        long sourceBytes = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
             BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            List<TopicPartition> partitions = new ArrayList<>();
            consumer.partitionsFor(Topics.WORKS_PARSED).forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofSeconds(1))) {
                    if (record.value() == null) {
                        continue;
                    }
                    String line = new String(record.value(), StandardCharsets.UTF_8);
                    out.write(line);
                    out.write('\n');
                    sourceBytes += record.value().length;
                }
            }
        }
        return sourceBytes;
    }
}
