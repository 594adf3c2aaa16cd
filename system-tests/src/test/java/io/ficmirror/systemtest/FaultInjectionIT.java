package io.ficmirror.systemtest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ficmirror.contract.Topics;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.ToLongFunction;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import of a generated mirror survives every part of the stack failing under it: each service, Kafka, PostgreSQL
 * and Elasticsearch killed with SIGKILL in turn and started again with {@code ficmirror up}, Elasticsearch and
 * PostgreSQL frozen for a minute, and a poison event in the middle of the stream. Afterwards every document is
 * catalogued and indexed or rejected with a reason, the catalogue and the index hold the same works, one per story,
 * and {@code ficmirror verify} finds no drift. Prints what it did and when.
 */
class FaultInjectionIT {
    private static final int WORKS = 2500;
    private static final long PAUSE_SECONDS = 60;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final long start = System.nanoTime();
    private final List<String> faultsAfterTheirStageFinished = new ArrayList<>();
    private long documents;

    @Test
    void anImportSurvivesEveryPartFailingAndEndsCompleteWithoutDuplicates(@TempDir Path temp) throws Exception {
        Path mirror = temp.resolve("faults-" + run);
        TestStack.CommandResult generated = TestStack.ficmirror("generate", "--works", Integer.toString(WORKS),
                "--out", mirror.toString(), "--seed", "8");
        assertEquals(0, generated.exitCode(), generated::toString);
        documents = Kafka.JSON.readTree(mirror.resolve("corpus.json").toFile()).path("documents").asLong();
        Map<TopicPartition, Long> deadLettersBefore = Kafka.endOffsets(Topics.WORKS_PARSED_CATALOG_DLQ);
        // other tests of the build write straight onto the topics; only drift this import makes counts here
        Map<String, Long> driftBefore = VerifyReport.counts(TestStack.ficmirror("verify", "--wait", "300").out());

        String job = given().baseUri(TestStack.ingestUrl()).header("X-Api-Key", TestStack.apiKey())
                .contentType("application/json").body(Map.of("path", mirror.toString()))
                .post("/api/imports").then().statusCode(202).extract().path("id");
        log("import " + job + " of " + WORKS + " generated works (" + documents + " documents) started");
        try {
            // Each fault waits for its stage to be part of the way through, so it lands while its stage has work
            // (checked below). Each store is frozen before its service and itself are killed: a minute's freeze
            // piles up work for its stage, so the crashes after it come while that stage is busy, however fast the
            // stages before it were.
            crashWhen("ingest-service", job, s -> s.getLong("published"), documents * 15 / 100);
            crashWhen("parse-service", job, s -> s.getLong("parsed"), documents * 5 / 100);
            freezeWhen("postgres", job, s -> s.getLong("catalogued"), documents * 10 / 100);
            crashWhen("catalog-service", job, s -> s.getLong("catalogued"), documents * 15 / 100);
            poison();
            crashWhen("postgres", job, s -> s.getLong("catalogued"), documents * 25 / 100);
            freezeWhen("elasticsearch", job, s -> s.getLong("indexed"), documents * 30 / 100);
            crashWhen("search-service", job, s -> s.getLong("indexed"), documents * 35 / 100);
            crashWhen("elasticsearch", job, s -> s.getLong("indexed"), documents * 45 / 100);
            // Kafka carries every stage: it is busy until the last one, the index, is done
            crashWhen("kafka", job, s -> s.getLong("indexed"), documents * 55 / 100);
        } finally {
            TestStack.CommandResult up = TestStack.ficmirror("up");
            assertEquals(0, up.exitCode(), up::toString);
        }

        TestStack.CommandResult followed = TestStack.ficmirror("import", "--follow", job);
        log("import finished: exit " + followed.exitCode() + "; " + counts(TestStack.importStatus(job)));
        TestStack.CommandResult verified = TestStack.ficmirror("verify", "--wait", "300");
        log("ficmirror verify: exit " + verified.exitCode());
        System.out.println(verified.out());
        assertEquals(0, followed.exitCode(), followed::toString);

        JsonPath status = TestStack.importStatus(job);
        assertTrue(status.getBoolean("finished"), status.prettify());
        assertEquals(documents, status.getLong("found") - status.getLong("skipped"), "the job found every generated document");
        assertEquals(documents, status.getLong("done") + status.getLong("rejected"),
                "every document catalogued and indexed, or rejected: " + status.prettify());
        List<String> works = worksOf(mirror.getFileName().toString());
        long catalogued = catalogueWorks(mirror.getFileName().toString());
        long indexed = indexedAmong(works);
        log("works: " + WORKS + " generated, " + catalogued + " in the catalogue, " + indexed + " in the index");
        assertEquals(List.of(), faultsAfterTheirStageFinished,
                "these faults came after their stage had finished: they tested a restart, not a recovery mid-stream");
        assertEquals(WORKS, catalogued, "one work per generated story, none lost, none doubled");
        assertEquals(catalogued, indexed, "every catalogued work is in the index");
        assertEquals(driftBefore, VerifyReport.counts(verified.out()), "drift after the faults, compared with before");
        assertTrue(Kafka.read(Topics.WORKS_PARSED_CATALOG_DLQ, deadLettersBefore).stream()
                .anyMatch(r -> ("poison-" + run).equals(r.key()) && reason(r).contains("documentId")),
                "the poison event is on the dead-letter topic with its reason");
    }

    /** Waits for the stage to reach the count (or the job to finish), then kills the part with SIGKILL and restarts it. */
    private void crashWhen(String part, String job, ToLongFunction<JsonPath> stage, long atLeast) throws Exception {
        JsonPath status = await(job, stage, atLeast);
        noteWhetherBusy("kill -9 " + part, stage.applyAsLong(status));
        List<ProcessHandle> processes = TestStack.processTree(part);
        processes.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle process : processes) {
            process.onExit().get();
        }
        log("kill -9 " + part + " (" + processes.size() + " processes) at " + counts(status));
        TestStack.CommandResult up = TestStack.ficmirror("up");
        assertEquals(0, up.exitCode(), up::toString);
        log(part + " started again by ficmirror up");
    }

    /** Freezes the part (SIGSTOP: it holds its connections and answers nothing) for a minute, then lets it go on. */
    private void freezeWhen(String part, String job, ToLongFunction<JsonPath> stage, long atLeast) throws Exception {
        JsonPath status = await(job, stage, atLeast);
        noteWhetherBusy("freezing " + part, stage.applyAsLong(status));
        List<ProcessHandle> processes = TestStack.processTree(part);
        signal("STOP", processes);
        log("froze " + part + " for " + PAUSE_SECONDS + " s at " + counts(status));
        try {
            Thread.sleep(PAUSE_SECONDS * 1000);
        } finally {
            signal("CONT", processes);
        }
        log(part + " answers again at " + counts(TestStack.importStatus(job)));
    }

    private void noteWhetherBusy(String fault, long stageDone) {
        if (stageDone >= documents) {
            faultsAfterTheirStageFinished.add(fault);
        }
    }

    /** A Work that reads as JSON but cannot be catalogued (no document id), in the middle of the import's stream. */
    private void poison() throws Exception {
        var poison = (com.fasterxml.jackson.databind.node.ObjectNode) Kafka.JSON.valueToTree(
                new WorkEvent("faults-" + run, "poison.txt", "It has no document id.").work());
        poison.putNull("documentId");
        Kafka.send(Topics.WORKS_PARSED, "poison-" + run, Kafka.JSON.writeValueAsBytes(poison));
        log("sent a poison event to " + Topics.WORKS_PARSED);
    }

    private JsonPath await(String job, ToLongFunction<JsonPath> stage, long atLeast) throws InterruptedException {
        JsonPath status = TestStack.importStatus(job);
        for (int attempt = 0; attempt < 3000 && stage.applyAsLong(status) < atLeast && !status.getBoolean("finished"); attempt++) {
            Thread.sleep(100);
            status = TestStack.importStatus(job);
        }
        return status;
    }

    /** The part's process and its children, found as a user would: the PID column of ficmirror status. */
    private static void signal(String signal, List<ProcessHandle> processes) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
        processes.forEach(p -> command.add(Long.toString(p.pid())));
        assertEquals(0, new ProcessBuilder(command).inheritIO().start().waitFor());
    }

    private static String counts(JsonPath status) {
        return "published %d, parsed %d, catalogued %d, indexed %d, rejected %d".formatted(status.getLong("published"),
                status.getLong("parsed"), status.getLong("catalogued"), status.getLong("indexed"), status.getLong("rejected"));
    }

    private void log(String event) {
        System.out.printf("[faults] %6.1f s  %s%n", (System.nanoTime() - start) / 1e9, event);
    }

    private static String reason(ConsumerRecord<String, byte[]> record) {
        var header = record.headers().lastHeader(io.ficmirror.contract.DeadLetters.REASON);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static long catalogueWorks(String archive) throws Exception {
        try (Connection db = TestStack.postgres(); PreparedStatement query = db.prepareStatement(
                "select count(distinct work_id) from source where archive = ?")) {
            query.setString(1, archive);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static List<String> worksOf(String archive) throws Exception {
        List<String> works = new ArrayList<>();
        try (Connection db = TestStack.postgres(); PreparedStatement query = db.prepareStatement(
                "select distinct work_id from source where archive = ?")) {
            query.setString(1, archive);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    works.add(rows.getString(1));
                }
            }
        }
        return works;
    }

    private static long indexedAmong(List<String> works) {
        return given().baseUri(TestStack.elasticsearchUrl()).contentType("application/json")
                .body(Map.of("query", Map.of("ids", Map.of("values", works))))
                .post("/works/_count").then().statusCode(200).extract().jsonPath().getLong("count");
    }
}
