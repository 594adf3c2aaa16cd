package io.ficmirror.cli.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Elasticsearch from the distribution zip the build downloads, single node, security off (it only listens on
 * 127.0.0.1). It refuses to run as root, so as root it runs as an unprivileged user that owns its folders.
 */
final class ElasticsearchPart implements Part {
    private final StackSettings settings;
    private final Path dir;

    ElasticsearchPart(StackSettings settings) {
        this.settings = settings;
        this.dir = settings.home().resolve("elasticsearch");
    }

    @Override
    public String name() {
        return "elasticsearch";
    }

    @Override
    public Path log() {
        return settings.log(name());
    }

    @Override
    public String address() {
        return settings.elasticsearchUrl();
    }

    @Override
    public void start() throws IOException {
        if (process().isPresent()) {
            return;
        }
        Path installation = install();
        Path data = Files.createDirectories(dir.resolve("data"));
        Path logs = Files.createDirectories(dir.resolve("logs"));
        Processes.chownToUnprivileged(dir);
        List<String> command = List.of(installation.resolve("bin/elasticsearch").toString(),
                "-E", "discovery.type=single-node",
                "-E", "xpack.security.enabled=false",
                "-E", "network.host=127.0.0.1",
                "-E", "http.port=" + settings.elasticsearchPort(),
                "-E", "transport.port=" + (settings.elasticsearchPort() + 100),
                "-E", "path.data=" + data,
                "-E", "path.logs=" + logs,
                "-E", "cluster.name=ficmirror-local",
                "-E", "action.destructive_requires_name=false");
        Map<String, String> environment = Map.of(
                "ES_JAVA_HOME", System.getProperty("java.home"),
                "ES_JAVA_OPTS", System.getenv().getOrDefault("FICMIRROR_ES_JAVA_OPTS", "-Xms512m -Xmx512m"));
        long pid = Processes.startDetached(command, environment, log(), true, installation);
        Processes.writePid(settings.pidFile(name()), pid);
    }

    /** Unpacks the distribution once into the stack's folder (it writes its keystore into its own config folder). */
    private Path install() throws IOException {
        Path marker = dir.resolve("dist/.installed");
        Path installation;
        if (!Files.exists(marker)) {
            Path zip;
            try (Stream<Path> files = Files.list(settings.distributions())) {
                zip = files.filter(f -> f.getFileName().toString().matches("elasticsearch-.*\\.zip")).findFirst()
                        .orElseThrow(() -> new StackFailure("no Elasticsearch zip in " + settings.distributions()
                                + "; build the project first: ./mvnw package -DskipTests"));
            }
            Unpacker.unzip(zip, Files.createDirectories(dir.resolve("dist")));
            Files.writeString(marker, zip.getFileName().toString());
        }
        try (Stream<Path> entries = Files.list(dir.resolve("dist"))) {
            installation = entries.filter(p -> Files.isRegularFile(p.resolve("bin/elasticsearch"))).findFirst()
                    .orElseThrow(() -> new StackFailure("the unpacked Elasticsearch in " + dir.resolve("dist")
                            + " has no bin/elasticsearch; delete that folder and run ./ficmirror up again"));
        }
        return installation;
    }

    @Override
    public Optional<ProcessHandle> process() {
        return Processes.recorded(settings.pidFile(name()), dir.toString());
    }

    @Override
    public boolean healthy() {
        return Http.answers200(settings.elasticsearchUrl() + "/_cluster/health?wait_for_status=yellow&timeout=1s");
    }

    @Override
    public void stop() {
        process().ifPresent(p -> Processes.stopTree(p, Duration.ofSeconds(30)));
    }
}
