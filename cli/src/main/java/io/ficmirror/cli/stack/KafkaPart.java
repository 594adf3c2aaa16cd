package io.ficmirror.cli.stack;

import io.ficmirror.contract.Topics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * A single-node KRaft broker in a JVM of its own (its libraries are newer than the ones the services use), from the
 * Kafka jars the build downloads.
 */
final class KafkaPart implements Part {
    static final int PARTITIONS = 4;
    /**
     * Documents travel base64-encoded inside JSON events (a third larger); the services accept documents up to
     * 32 MB, so events reach about 45 MB.
     */
    static final int MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

    private final StackSettings settings;
    private final Path dir;

    KafkaPart(StackSettings settings) {
        this.settings = settings;
        this.dir = settings.home().resolve("kafka");
    }

    @Override
    public String name() {
        return "kafka";
    }

    @Override
    public Path log() {
        return settings.log(name());
    }

    @Override
    public String address() {
        return settings.kafkaBootstrap();
    }

    @Override
    public void start() throws IOException {
        if (process().isPresent()) {
            return;
        }
        Path properties = writeProperties();
        String classpath = settings.distributions().resolve("kafka/libs").toAbsolutePath() + "/*";
        List<String> java = List.of(javaExecutable(), "-cp", classpath);
        if (!Files.exists(dir.resolve("data/meta.properties"))) {
            String clusterId = Processes.run(concat(java, "kafka.tools.StorageTool", "random-uuid"), Map.of(), false,
                    Duration.ofMinutes(1)).lines().reduce((first, last) -> last).orElseThrow().strip();
            Processes.run(concat(java, "kafka.tools.StorageTool", "format", "-t", clusterId, "-c", properties.toString()),
                    Map.of(), false, Duration.ofMinutes(1));
        }
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xms256m", "-Xmx512m",
                "-Dlog4j2.configurationFile=" + settings.root().resolve("deploy/local/config/kafka-log4j2.properties"),
                "-cp", classpath, "kafka.Kafka", properties.toString()));
        long pid = Processes.startDetached(command, Map.of(), log(), false, dir);
        Processes.writePid(settings.pidFile(name()), pid);
    }

    private Path writeProperties() throws IOException {
        Files.createDirectories(dir.resolve("data"));
        String controller = "127.0.0.1:" + settings.kafkaControllerPort();
        String properties = String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@" + controller,
                "listeners=PLAINTEXT://" + settings.kafkaBootstrap() + ",CONTROLLER://" + controller,
                "advertised.listeners=PLAINTEXT://" + settings.kafkaBootstrap(),
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + dir.resolve("data"),
                "num.partitions=" + PARTITIONS,
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=" + PARTITIONS,
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "message.max.bytes=" + MAX_MESSAGE_BYTES,
                "replica.fetch.max.bytes=" + MAX_MESSAGE_BYTES,
                "");
        Path file = dir.resolve("server.properties");
        Files.writeString(file, properties);
        return file;
    }

    @Override
    public Optional<ProcessHandle> process() {
        return Processes.recorded(settings.pidFile(name()), dir.toString());
    }

    @Override
    public boolean healthy() {
        try (Admin admin = admin()) {
            return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
        } catch (ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Creates every topic of the event contract that does not exist yet. */
    void createTopics() {
        try (Admin admin = admin()) {
            List<NewTopic> topics = Topics.ALL.stream()
                    .map(name -> new NewTopic(name, PARTITIONS, (short) 1)
                            .configs(Map.of("max.message.bytes", Integer.toString(MAX_MESSAGE_BYTES),
                                    "cleanup.policy", Topics.COMPACTED.contains(name) ? "compact" : "delete")))
                    .toList();
            for (var result : admin.createTopics(topics).values().entrySet()) {
                try {
                    result.getValue().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new StackFailure("could not create topic " + result.getKey() + ": " + e.getCause().getMessage());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackFailure("interrupted while creating topics", e);
        } catch (TimeoutException e) {
            throw new StackFailure("Kafka did not create the topics within 30 s; see " + log(), e);
        }
    }

    Admin admin() {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrap());
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
        return Admin.create(properties);
    }

    @Override
    public void stop() {
        process().ifPresent(p -> Processes.stopTree(p, Duration.ofSeconds(30)));
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static List<String> concat(List<String> head, String... tail) {
        List<String> all = new ArrayList<>(head);
        all.addAll(List.of(tail));
        return all;
    }
}
