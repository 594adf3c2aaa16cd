package io.ficmirror.systemtest;

import io.ficmirror.contract.Chapter;
import io.ficmirror.contract.ContentIds;
import io.ficmirror.contract.PartOf;
import io.ficmirror.contract.SchemaVersion;
import io.ficmirror.contract.Source;
import io.ficmirror.contract.Topics;
import io.ficmirror.contract.Work;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A Work event as parse-service would publish it, written by a test straight onto works.parsed. */
final class WorkEvent {
    final String archive;
    final String uri;
    String title = "Untitled";
    List<String> authors = List.of("Anonymous");
    List<String> fandoms = List.of();
    List<String> relationships = List.of();
    List<String> tags = List.of();
    String rating = "Not Rated";
    String language = "en";
    String body;
    LocalDate published;
    LocalDate updated;
    PartOf partOf;
    io.ficmirror.contract.Stats stats;
    Map<String, List<String>> asWritten = Map.of();
    /** With nanoseconds, as Java's clock may give them and Postgres does not keep them. */
    Instant fetchedAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS).plusNanos(321);

    WorkEvent(String archive, String uri, String body) {
        this.archive = archive;
        this.uri = uri;
        this.body = body;
    }

    String documentId() {
        return ContentIds.documentId(archive, uri);
    }

    Work work() {
        int words = body.isBlank() ? 0 : body.strip().split("\\s+").length;
        String documentId = documentId();
        return new Work(SchemaVersion.CURRENT, ContentIds.workIdForDocument(documentId), documentId, title, authors,
                fandoms, relationships, List.of(), tags, rating, List.of(), List.of(), List.of(), "Summary of " + title,
                null, null, List.of(), published, updated, language, words, new ArrayList<>(List.of(new Chapter(null, words))), null,
                body, "plain", new Source(archive, uri, ContentIds.sha256Hex(body.getBytes(StandardCharsets.UTF_8)), fetchedAt),
                "1.0", asWritten, partOf, stats, null, List.of());
    }

    void publish() throws Exception {
        Work work = work();
        Kafka.send(Topics.WORKS_PARSED, work.workId(), work);
    }

    /** Waits until the catalogue holds this version of the document (by its sha256). */
    void awaitCatalogued() throws InterruptedException {
        String sha256 = work().source().sha256();
        Kafka.await(uri + " in the catalogue", 60, () -> {
            JsonPath status = TestStack.documentStatus(documentId());
            return "catalogued".equals(status.getString("state")) && sha256.equals(status.getString("sha256"));
        });
    }

    /** The canonical work the catalogue holds the document in. */
    String catalogueWorkId() {
        return TestStack.documentStatus(documentId()).getString("workId");
    }
}
