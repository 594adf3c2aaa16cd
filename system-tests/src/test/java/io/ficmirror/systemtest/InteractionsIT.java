package io.ficmirror.systemtest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.ficmirror.contract.ContentIds;
import io.ficmirror.contract.Interaction;
import io.ficmirror.contract.SchemaVersion;
import io.ficmirror.contract.Stats;
import io.ficmirror.contract.Topics;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/** Readers' engagement in the catalogue and its feed, and readers' interactions from their topic to the export. */
class InteractionsIT {
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String archive = "interactions-" + run;

    @Test
    void engagementIsTheHighestOfTheSourcesForEachCounterAndFollowsAReparse() throws Exception {
        Instant start = Instant.now();
        String story = Prose.story(3000 + run.hashCode(), 1200);
        WorkEvent archiveCopy = event("archive/viewstory-1.html", story);
        archiveCopy.stats = new Stats(41, 1290, 7, null, null, null, null);
        WorkEvent mirrorCopy = event("mirror/story-1.txt", story.replace("\n", " "));
        mirrorCopy.stats = new Stats(38, 1500, null, 5, null, null, null);
        WorkEvent unmeasured = event("journal/other.html", Prose.story(3001 + run.hashCode(), 600));
        for (WorkEvent copy : List.of(archiveCopy, mirrorCopy, unmeasured)) {
            copy.publish();
            copy.awaitCatalogued();
        }
        String workId = archiveCopy.catalogueWorkId();
        assertEquals(workId, mirrorCopy.catalogueWorkId(), "the two copies are one work");

        JsonPath work = catalog().get("/api/works/" + workId).then().statusCode(200).extract().jsonPath();
        assertEquals(Map.of("kudos", 41, "hits", 1500, "bookmarks", 7, "comments", 5), work.getMap("engagement"),
                "the higher counter of the two copies, never their sum: " + work.prettify());
        assertNull(catalog().get("/api/works/" + unmeasured.catalogueWorkId()).then().statusCode(200)
                .extract().jsonPath().get("engagement"), "a work no source shows counters of has no engagement");

        WorkEvent reparsed = event(mirrorCopy.uri, mirrorCopy.body);
        reparsed.fetchedAt = mirrorCopy.fetchedAt.plusSeconds(60);
        reparsed.stats = new Stats(60, 1510, null, 6, null, null, null);
        reparsed.publish();
        Kafka.await("the re-parsed copy's counters in the work", 60, () -> catalog().get("/api/works/" + workId)
                .then().extract().jsonPath().getInt("engagement.kudos") == 60);
        JsonNode exported = exportedWork(start, workId);
        assertEquals(Kafka.JSON.readTree("{\"kudos\": 60, \"hits\": 1510, \"bookmarks\": 7, \"comments\": 6}"),
                exported.path("engagement"), "the feed carries the same engagement as the API: " + exported);
    }

    @Test
    void interactionsAreExportedOnceEachWithTheCanonicalWorkOfTheirDocument() throws Exception {
        String story = Prose.story(4000 + run.hashCode(), 1200);
        WorkEvent first = event("archive/viewstory-2.html", story);
        WorkEvent copy = event("mirror/story-2.txt", story.replace("\n", " "));
        first.publish();
        first.awaitCatalogued();
        copy.publish();
        copy.awaitCatalogued();
        String workId = first.catalogueWorkId();
        assertEquals(workId, copy.catalogueWorkId());
        assertNotEquals(workId, ContentIds.workIdForDocument(copy.documentId()), "the copy's parsed work is not the canonical one");
        WorkEvent later = event("archive/viewstory-3.html", Prose.story(4001 + run.hashCode(), 500));
        Map<String, Long> kindsBefore = interactionsPerKind();

        List<Interaction> published = List.of(
                interaction("review", "reader-a", copy, Interaction.REVIEW, Instant.parse("2009-03-14T18:22:05Z")),
                interaction("favourite", "reader-a", first, Interaction.FAVOURITE, null),
                interaction("guest-kudos", null, copy, Interaction.KUDOS, Instant.parse("2010-01-02T03:04:05Z")),
                interaction("not-yet", "reader-b", later, Interaction.REVIEW, Instant.parse("2011-05-06T07:08:09Z")));
        publish(published);
        Kafka.await("four interactions in the export", 60, () -> exported(Map.of()).size() == 4);

        Map<String, JsonNode> byId = byId(exported(Map.of()));
        assertEquals(workId, byId.get(id("review")).path("workId").asText(), "the canonical work, not the parsed one");
        assertEquals(workId, byId.get(id("favourite")).path("workId").asText());
        assertTrue(byId.get(id("not-yet")).path("workId").isNull(), "no work while the document is not catalogued");
        JsonNode guest = byId.get(id("guest-kudos"));
        assertTrue(guest.path("readerId").isNull(), "a guest has no pseudonym: " + guest);
        assertEquals("2010-01-02T03:04:05Z", guest.path("at").asText());
        assertEquals(copy.documentId(), guest.path("documentId").asText());
        assertTrue(byId.get(id("favourite")).path("at").isNull(), "a favourite without a date keeps none");
        assertEquals(List.of(id("not-yet"), id("review")), exported(Map.of("kind", Interaction.REVIEW)).stream()
                .map(line -> line.path("interactionId").asText()).sorted().toList());

        Interaction changed = interaction("favourite", "reader-a", first, Interaction.FAVOURITE, Instant.parse("2012-01-01T00:00:00Z"));
        publish(published);
        publish(List.of(changed));
        Kafka.await("the changed interaction in the export", 60,
                () -> !byId(exported(Map.of())).get(id("favourite")).path("at").isNull());
        Kafka.awaitConsumed(Kafka.CATALOG_GROUP, Topics.INTERACTIONS, 60);
        List<JsonNode> afterReplay = exported(Map.of());
        assertEquals(4, afterReplay.size(), "publishing the same interactions again adds none: " + afterReplay);
        assertEquals("2012-01-01T00:00:00Z", byId(afterReplay).get(id("favourite")).path("at").asText(),
                "a later record of an interaction replaces the earlier");
        Map<String, Long> kindsAfter = interactionsPerKind();
        assertEquals(2, kindsAfter.get(Interaction.REVIEW) - kindsBefore.getOrDefault(Interaction.REVIEW, 0L));
        assertEquals(1, kindsAfter.get(Interaction.FAVOURITE) - kindsBefore.getOrDefault(Interaction.FAVOURITE, 0L));

        later.publish();
        later.awaitCatalogued();
        assertEquals(later.catalogueWorkId(), byId(exported(Map.of())).get(id("not-yet")).path("workId").asText(),
                "the work is given once the document is catalogued");
    }

    @Test
    void anInteractionThatCannotBeStoredGoesToItsDeadLetterTopicAndTheStreamGoesOn() throws Exception {
        Map<TopicPartition, Long> before = Kafka.endOffsets(Topics.INTERACTIONS_CATALOG_DLQ);
        WorkEvent work = event("archive/viewstory-4.html", Prose.story(5000 + run.hashCode(), 300));
        try (KafkaProducer<String, byte[]> producer = Kafka.producer()) {
            producer.send(new ProducerRecord<>(Topics.INTERACTIONS, "garbage-" + run, "{not json".getBytes(StandardCharsets.UTF_8)));
            producer.send(new ProducerRecord<>(Topics.INTERACTIONS, "empty-" + run, null));
            producer.flush();
        }
        Interaction unknownKind = new Interaction(SchemaVersion.CURRENT, "unknown-kind-" + run, archive, "reader-c",
                work.documentId(), null, "like", null);
        Kafka.send(Topics.INTERACTIONS, unknownKind.interactionId(), unknownKind);
        Interaction good = interaction("after-poison", "reader-c", work, Interaction.COMMENT, null);
        publish(List.of(good));
        Kafka.await("the interaction after the poison in the export", 60, () -> exported(Map.of()).size() == 1);

        Kafka.await("three dead letters", 30, () -> deadLetters(before).size() == 3);
        Map<String, String> reasons = new HashMap<>();
        for (ConsumerRecord<String, byte[]> dead : deadLetters(before)) {
            assertEquals(Topics.INTERACTIONS, header(dead, "dead-letter-topic"));
            reasons.put(dead.key(), header(dead, "dead-letter-reason"));
        }
        assertTrue(reasons.get("garbage-" + run).contains("could not be read as an Interaction"), reasons.toString());
        assertTrue(reasons.get("empty-" + run).contains("could not be read as an Interaction"), reasons.toString());
        assertEquals("the Interaction's kind \"like\" is not one of " + Interaction.KINDS, reasons.get("unknown-kind-" + run));
    }

    private WorkEvent event(String uri, String body) {
        return new WorkEvent(archive, uri, body);
    }

    private String id(String name) {
        return name + "-" + run;
    }

    private Interaction interaction(String name, String reader, WorkEvent document, String kind, Instant at) {
        return new Interaction(SchemaVersion.CURRENT, id(name), archive, reader, document.documentId(),
                ContentIds.workIdForDocument(document.documentId()), kind, at);
    }

    private static void publish(List<Interaction> interactions) throws Exception {
        for (Interaction interaction : interactions) {
            Kafka.send(Topics.INTERACTIONS, interaction.interactionId(), interaction);
        }
    }

    /** This run's interactions in the export, with the given filters besides its archive. */
    private List<JsonNode> exported(Map<String, String> filters) {
        String lines = catalog().queryParam("archive", archive).queryParams(filters).get("/api/export/interactions")
                .then().statusCode(200).contentType("application/jsonl").extract().asString();
        List<JsonNode> parsed = new ArrayList<>();
        for (String line : lines.split("\n")) {
            if (!line.isBlank()) {
                parsed.add(readJson(line));
            }
        }
        return parsed;
    }

    private static JsonNode exportedWork(Instant since, String workId) {
        String lines = catalog().queryParam("since", since.toString()).queryParam("body", false).get("/api/export")
                .then().statusCode(200).extract().asString();
        JsonNode latest = null;
        for (String line : lines.split("\n")) {
            JsonNode work = readJson(line);
            if (workId.equals(work.path("workId").asText())) {
                latest = work;
            }
        }
        assertTrue(latest != null, "work " + workId + " is not in the export");
        return latest;
    }

    private static Map<String, JsonNode> byId(List<JsonNode> lines) {
        Map<String, JsonNode> byId = new HashMap<>();
        lines.forEach(line -> byId.put(line.path("interactionId").asText(), line));
        return byId;
    }

    private static Map<String, Long> interactionsPerKind() {
        Map<String, Long> counts = new HashMap<>();
        TestStack.catalogStats().<String, Object>getMap("interactionsPerKind")
                .forEach((kind, count) -> counts.put(kind, ((Number) count).longValue()));
        return counts;
    }

    private List<ConsumerRecord<String, byte[]>> deadLetters(Map<TopicPartition, Long> before) {
        return Kafka.read(Topics.INTERACTIONS_CATALOG_DLQ, before).stream().filter(r -> r.key().endsWith(run)).toList();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static JsonNode readJson(String line) {
        try {
            return Kafka.JSON.readTree(line);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("not JSON: " + line, e);
        }
    }

    private static RequestSpecification catalog() {
        return given().baseUri(TestStack.catalogUrl());
    }
}
