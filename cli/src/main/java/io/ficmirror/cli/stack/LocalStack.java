package io.ficmirror.cli.stack;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** The whole one-machine stack: Kafka, Elasticsearch, PostgreSQL and the four services, in start order. */
public final class LocalStack {
    private static final Duration BACKING_SERVICE_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration SERVICE_TIMEOUT = Duration.ofSeconds(120);

    private final StackSettings settings;
    private final KafkaPart kafka;
    private final ElasticsearchPart elasticsearch;
    private final PostgresPart postgres;
    private final List<ServicePart> services = new ArrayList<>();
    private final PrintStream out;

    public LocalStack(StackSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
        this.kafka = new KafkaPart(settings);
        this.elasticsearch = new ElasticsearchPart(settings);
        this.postgres = new PostgresPart(settings);
        for (Service service : Service.values()) {
            services.add(new ServicePart(settings, service));
        }
    }

    public StackSettings settings() {
        return settings;
    }

    /** Starts whatever is not running and waits until every part is healthy; fails naming the part and its log. */
    public void up() throws IOException {
        if (!settings.isBuilt()) {
            throw new StackFailure("the project is not built yet: run ./mvnw package -DskipTests (./ficmirror does this by itself)");
        }
        Files.createDirectories(settings.logs());
        ensureApiKey();
        if (Processes.runningAsRoot()) {
            checkReachableByUnprivilegedUser(settings.home());
        }
        List<Part> backing = settings.embeddedPostgres() ? List.of(kafka, elasticsearch, postgres) : List.of(kafka, elasticsearch);
        for (Part part : backing) {
            out.printf("Starting %-16s %s%n", part.name(), part.address());
            part.start();
        }
        for (Part part : backing) {
            awaitHealthy(part, BACKING_SERVICE_TIMEOUT);
        }
        if (!settings.embeddedPostgres()) {
            awaitHealthy(postgres, Duration.ofSeconds(10));
        }
        kafka.createTopics();
        postgres.createDatabase();
        for (ServicePart service : services) {
            out.printf("Starting %-16s %s%n", service.name(), service.address());
            service.start();
        }
        for (ServicePart service : services) {
            awaitHealthy(service, SERVICE_TIMEOUT);
        }
        out.printf("The stack is up. Data and logs: %s%n", settings.home());
    }

    private void awaitHealthy(Part part, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean managed = part != postgres || settings.embeddedPostgres();
        while (System.nanoTime() < deadline) {
            if (part.healthy()) {
                out.printf("  %-16s ready%n", part.name());
                return;
            }
            if (managed && part.process().isEmpty()) {
                throw new StackFailure(part.name() + " exited during start-up. Its log is " + part.log() + ":\n"
                        + tail(part.log(), 20));
            }
            Processes.sleep(Duration.ofMillis(500));
        }
        throw new StackFailure(part.name() + " did not become healthy at " + part.address() + " within "
                + timeout.toSeconds() + " s. Its log is " + part.log() + ":\n" + tail(part.log(), 20));
    }

    /** Stops every part, services first, and returns the names of the parts that were running. */
    public List<String> down() throws IOException {
        List<String> stopped = new ArrayList<>();
        List<Part> order = new ArrayList<>(services);
        java.util.Collections.reverse(order);
        order.addAll(List.of(kafka, elasticsearch, postgres));
        for (Part part : order) {
            if (part.process().isPresent()) {
                out.printf("Stopping %s%n", part.name());
                part.stop();
                stopped.add(part.name());
            }
            Files.deleteIfExists(settings.pidFile(part.name()));
        }
        return stopped;
    }

    public List<PartStatus> status() {
        List<Part> all = new ArrayList<>(List.of(kafka, elasticsearch, postgres));
        all.addAll(services);
        List<PartStatus> statuses = new ArrayList<>();
        for (Part part : all) {
            Optional<ProcessHandle> process = part.process();
            boolean external = part == postgres && !settings.embeddedPostgres();
            statuses.add(new PartStatus(part.name(), part.address(),
                    process.map(ProcessHandle::pid).orElse(null), external, part.healthy(), part.log()));
        }
        return statuses;
    }

    /** The process id of each running part, by name, without asking any of them whether it is healthy. */
    public Map<String, Long> pids() {
        List<Part> all = new ArrayList<>(List.of(kafka, elasticsearch, postgres));
        all.addAll(services);
        Map<String, Long> pids = new java.util.LinkedHashMap<>();
        for (Part part : all) {
            part.process().ifPresent(process -> pids.put(part.name(), process.pid()));
        }
        return pids;
    }

    /** Messages each consumer group still has to read, per topic; empty when Kafka does not answer. */
    public Map<String, Map<String, Long>> consumerLag() {
        Map<String, Map<String, Long>> lag = new java.util.TreeMap<>();
        try (Admin admin = kafka.admin()) {
            for (String group : List.of("parse-service", "catalog-projection-v2", "search-projection-v3", "ingest-service")) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS);
                if (committed.isEmpty()) {
                    continue;
                }
                Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
                committed.keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
                Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all()
                        .get(5, TimeUnit.SECONDS);
                Map<String, Long> perTopic = new java.util.TreeMap<>();
                committed.forEach((tp, offset) -> perTopic.merge(tp.topic(),
                        Math.max(0, ends.get(tp).offset() - (offset == null ? 0 : offset.offset())), Long::sum));
                lag.put(group, perTopic);
            }
        } catch (ExecutionException | TimeoutException e) {
            return Map.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of();
        }
        return lag;
    }

    /** The stack's services require this key for writes; it is made once and kept readable by its owner only. */
    private void ensureApiKey() throws IOException {
        if (settings.apiKey() != null) {
            return;
        }
        byte[] random = new byte[24];
        new java.security.SecureRandom().nextBytes(random);
        Path file = settings.apiKeyFile();
        Files.writeString(file, java.util.HexFormat.of().formatHex(random));
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    }

    /** Elasticsearch and PostgreSQL run as an unprivileged user when we are root; it must be able to reach home. */
    private static void checkReachableByUnprivilegedUser(Path home) throws IOException {
        Files.createDirectories(home);
        for (Path dir = home.getParent(); dir != null; dir = dir.getParent()) {
            var permissions = Files.getPosixFilePermissions(dir);
            if (!permissions.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE)) {
                throw new StackFailure("running as root, Elasticsearch and PostgreSQL run as an unprivileged user, who cannot"
                        + " enter " + dir + ". Set FICMIRROR_HOME to a folder others can reach (for example /var/tmp/ficmirror)"
                        + " or run ficmirror as an ordinary user.");
            }
        }
    }

    static String tail(Path log, int lines) {
        try {
            if (!Files.exists(log)) {
                return "  (no log written)";
            }
            List<String> all = Files.readAllLines(log, java.nio.charset.StandardCharsets.UTF_8);
            return "  " + String.join("\n  ", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | java.io.UncheckedIOException e) {
            return "  (log unreadable: " + e.getMessage() + ")";
        }
    }

    public record PartStatus(String name, String address, Long pid, boolean external, boolean healthy, Path log) {
    }
}
