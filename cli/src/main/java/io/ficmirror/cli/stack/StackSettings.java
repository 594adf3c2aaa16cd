package io.ficmirror.cli.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the local stack lives and which ports it uses. Every port is an offset from one base port
 * ({@code FICMIRROR_PORT_BASE}, default 19000), so a second stack (the tests' one) can run beside the first.
 */
public record StackSettings(Path root, Path home, int portBase, String externalPostgresUrl, String postgresUser,
        String postgresPassword) {

    public static final int DEFAULT_PORT_BASE = 19000;

    public static StackSettings fromEnvironment() {
        Map<String, String> env = System.getenv();
        Path root = Path.of(System.getProperty("ficmirror.root", ".")).toAbsolutePath().normalize();
        Path home = env.containsKey("FICMIRROR_HOME") ? Path.of(env.get("FICMIRROR_HOME")) : root.resolve(".ficmirror");
        int base = Integer.parseInt(env.getOrDefault("FICMIRROR_PORT_BASE", String.valueOf(DEFAULT_PORT_BASE)));
        String pgUrl = blankToNull(env.get("FICMIRROR_PG_URL"));
        return new StackSettings(root, home.toAbsolutePath().normalize(), base, pgUrl,
                env.getOrDefault("FICMIRROR_PG_USER", "postgres"), env.getOrDefault("FICMIRROR_PG_PASSWORD", ""));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public int kafkaPort() {
        return portBase + 92;
    }

    public int kafkaControllerPort() {
        return portBase + 93;
    }

    public int elasticsearchPort() {
        return portBase + 200;
    }

    public int postgresPort() {
        return portBase + 432;
    }

    public int servicePort(Service service) {
        return portBase + service.portOffset();
    }

    public String kafkaBootstrap() {
        return "127.0.0.1:" + kafkaPort();
    }

    public String elasticsearchUrl() {
        return "http://127.0.0.1:" + elasticsearchPort();
    }

    public String serviceUrl(Service service) {
        return "http://127.0.0.1:" + servicePort(service);
    }

    public boolean embeddedPostgres() {
        return externalPostgresUrl == null;
    }

    public String postgresJdbcUrl() {
        return embeddedPostgres() ? "jdbc:postgresql://127.0.0.1:" + postgresPort() + "/ficmirror" : externalPostgresUrl;
    }

    /** Kafka, Elasticsearch and PostgreSQL as the build downloaded them (deploy/local). */
    public Path distributions() {
        return root.resolve("deploy/local/target/dist");
    }

    /**
     * The key the services require for writes: {@code FICMIRROR_API_KEY}, else the one the local stack generated
     * in its home; null when neither exists.
     */
    public String apiKey() {
        String fromEnvironment = blankToNull(System.getenv("FICMIRROR_API_KEY"));
        if (fromEnvironment != null) {
            return fromEnvironment;
        }
        try {
            return Files.exists(apiKeyFile()) ? blankToNull(Files.readString(apiKeyFile())) : null;
        } catch (java.io.IOException e) {
            return null;
        }
    }

    public Path apiKeyFile() {
        return home.resolve("api-key");
    }

    public Path logs() {
        return home.resolve("logs");
    }

    public Path log(String part) {
        return logs().resolve(part + ".log");
    }

    public Path pidFile(String part) {
        return home.resolve("run").resolve(part + ".pid");
    }

    public Path serviceJar(Service service) {
        return root.resolve(service.module()).resolve("target/quarkus-app/quarkus-run.jar");
    }

    public boolean isBuilt() {
        return Files.isDirectory(distributions().resolve("kafka/libs"))
                && java.util.Arrays.stream(Service.values()).allMatch(s -> Files.isRegularFile(serviceJar(s)));
    }
}
