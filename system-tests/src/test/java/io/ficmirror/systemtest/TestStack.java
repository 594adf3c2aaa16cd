package io.ficmirror.systemtest;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The local stack the build started for these tests (see pom.xml), and ways to reach each of its parts. */
final class TestStack {
    static final Path ROOT = Path.of(System.getProperty("ficmirror.root", "..")).toAbsolutePath().normalize();
    static final Path HOME = Path.of(System.getProperty("ficmirror.test.home", ROOT.resolve(".ficmirror-test").toString()));
    static final int PORT_BASE = Integer.parseInt(System.getProperty("ficmirror.test.port-base", "29000"));
    static final Path SAMPLE_MIRROR = ROOT.resolve("deploy/local/sample-mirror");

    private TestStack() {
    }

    /** The key the test stack generated for writes. */
    static String apiKey() {
        try {
            return Files.readString(HOME.resolve("api-key")).strip();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("the test stack has no API key file", e);
        }
    }

    static String kafkaBootstrap() {
        return "127.0.0.1:" + (PORT_BASE + 92);
    }

    static String ingestUrl() {
        return "http://127.0.0.1:" + (PORT_BASE + 81);
    }

    static String parseUrl() {
        return "http://127.0.0.1:" + (PORT_BASE + 82);
    }

    static String catalogUrl() {
        return "http://127.0.0.1:" + (PORT_BASE + 83);
    }

    static String searchUrl() {
        return "http://127.0.0.1:" + (PORT_BASE + 84);
    }

    static String elasticsearchUrl() {
        return "http://127.0.0.1:" + (PORT_BASE + 200);
    }

    static Connection postgres() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + (PORT_BASE + 432) + "/ficmirror", "postgres", "");
    }

    /** The user's seed documents beside the project, when they are there. */
    static Optional<Path> seeds() {
        Path seeds = ROOT.resolveSibling("shared").resolve("seeds");
        return Files.isDirectory(seeds) ? Optional.of(seeds) : Optional.empty();
    }

    /** Runs the ficmirror command against the test stack, as a user would. */
    static CommandResult ficmirror(String... arguments) throws IOException, InterruptedException {
        return ficmirror(Map.of(), arguments);
    }

    /** Runs the ficmirror command with these environment variables set too (the services it starts inherit them). */
    static CommandResult ficmirror(Map<String, String> environment, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ROOT.resolve("ficmirror").toString());
        command.addAll(List.of(arguments));
        if (arguments.length > 0 && arguments[0].equals("import")) {
            command.addAll(List.of("--timeout", "300"));
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile());
        builder.environment().putAll(Map.of("FICMIRROR_HOME", HOME.toString(),
                "FICMIRROR_PORT_BASE", Integer.toString(PORT_BASE), "FICMIRROR_NO_BUILD", "1"));
        builder.environment().putAll(environment);
        Path stdout = Files.createTempFile("ficmirror-out", ".txt");
        Path stderr = Files.createTempFile("ficmirror-err", ".txt");
        Process process = builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("ficmirror " + String.join(" ", arguments) + " did not finish in 10 minutes");
        }
        CommandResult result = new CommandResult(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                Files.readString(stderr, StandardCharsets.UTF_8));
        Files.delete(stdout);
        Files.delete(stderr);
        return result;
    }

    /** A part of the stack (kafka, postgres, search-service, ...) as ficmirror status names it, and its children. */
    static List<ProcessHandle> processTree(String part) throws IOException, InterruptedException {
        CommandResult status = ficmirror("status");
        String pid = status.out().lines().filter(l -> l.startsWith(part + " ")).map(l -> l.trim().split("\\s+")[2])
                .findFirst().orElseThrow(() -> new AssertionError(part + " is not in ficmirror status:\n" + status));
        ProcessHandle root = ProcessHandle.of(Long.parseLong(pid)).orElseThrow(() -> new AssertionError(part + " is not running"));
        return Stream.concat(Stream.of(root), root.descendants()).toList();
    }

    record CommandResult(int exitCode, String out, String err) {
        /** The import jobs the command started, as it announced them. */
        List<String> jobs() {
            List<String> jobs = new ArrayList<>();
            java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("as job ([0-9a-f-]{36})").matcher(err);
            while (matcher.find()) {
                jobs.add(matcher.group(1));
            }
            return jobs;
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    static JsonPath catalogStats() {
        return given().baseUri(catalogUrl()).get("/api/stats").then().statusCode(200).extract().jsonPath();
    }

    static long indexedWorks() {
        return given().baseUri(searchUrl()).get("/api/index/stats").then().statusCode(200).extract().jsonPath().getLong("works");
    }

    static JsonPath search(String query) {
        return given().baseUri(searchUrl()).queryParam("q", query).queryParam("size", 20).get("/api/search")
                .then().statusCode(200).extract().jsonPath();
    }

    /**
     * Searches until some hit has this document id, or 10 s have passed: a work is searchable after the index's next
     * refresh (every second), slightly after search-service reports it stored.
     */
    static JsonPath searchFinding(String query, String documentId) throws InterruptedException {
        JsonPath hits = search(query);
        for (int attempt = 0; attempt < 20 && !hits.getList("hits.documentIds.flatten()").contains(documentId); attempt++) {
            Thread.sleep(500);
            hits = search(query);
        }
        return hits;
    }

    static JsonPath importStatus(String jobId) {
        return given().baseUri(ingestUrl()).get("/api/imports/" + jobId).then().statusCode(200).extract().jsonPath();
    }

    static JsonPath documentStatus(String documentId) {
        return given().baseUri(catalogUrl()).contentType(ContentType.JSON).get("/api/documents/" + documentId)
                .then().statusCode(200).extract().jsonPath();
    }
}
