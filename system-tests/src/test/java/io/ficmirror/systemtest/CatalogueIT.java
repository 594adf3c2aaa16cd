package io.ficmirror.systemtest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.ficmirror.contract.PartOf;
import io.ficmirror.contract.Topics;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalogue's projection and API, fed with Work events written straight onto works.parsed. */
class CatalogueIT {
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String archive = "catalogue-" + run;

    @Test
    void nearCopiesFromThreeMirrorsBecomeOneWorkWithThreeSources() throws Exception {
        String story = Prose.story(1000 + run.hashCode(), 1500);
        WorkEvent journal = event("lj/post-1.html", story.replace("\n", " "));
        WorkEvent list = event("list/msg-00042.txt", story.replace(" ", "\n").replace("ka", "k\u00e1"));
        list.fetchedAt = journal.fetchedAt.plusSeconds(1);
        WorkEvent archivePage = event("archive/viewstory-7.html", edit(story, 40));
        archivePage.fandoms = List.of("Fandom " + run);
        WorkEvent sameTitleOtherStory = event("archive/viewstory-8.html", Prose.story(2000 + run.hashCode(), 1500));
        for (WorkEvent e : List.of(journal, list, archivePage, sameTitleOtherStory)) {
            e.title = "The Lantern Room " + run;
            e.authors = List.of("Marigold " + run);
            e.publish();
        }
        awaitCatalogued(journal, list, archivePage, sameTitleOtherStory);

        String workId = workOf(journal);
        assertEquals(workId, workOf(list), "a rewrapped copy with other accents is the same work");
        assertEquals(workId, workOf(archivePage), "a lightly edited copy is the same work");
        assertTrue(!workId.equals(workOf(sameTitleOtherStory)), "another story with the same title and author stays apart");
        JsonPath work = catalog().get("/api/works/" + workId).then().statusCode(200).extract().jsonPath();
        assertEquals(Set.of(journal.documentId(), list.documentId(), archivePage.documentId()),
                new HashSet<>(work.getList("sources.documentId")), work.prettify());
        assertEquals(3, work.getInt("stats.sourceCount"));
        assertEquals(List.of("Fandom " + run), work.getList("tags.fandom"), "tags are gathered from every copy");
    }

    @Test
    void theSameStoryImportedFromThreeMirrorFormatsIsOneWork(@TempDir Path temp) throws Exception {
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            paragraphs.add(Prose.story(run.hashCode() * 13L + i, 90).replace("\n", " "));
        }
        Path mirror = Files.createDirectory(temp.resolve(archive));
        Files.writeString(mirror.resolve("list-00042.txt"), """
                From: Marigold <marigold@example.org>
                Subject: [lantern-list] FIC: The Lantern Room %1$s (PG-13)
                Date: Sun, 28 May 2006 14:02:11 -0400

                TITLE: The Lantern Room %1$s
                AUTHOR: Marigold %1$s
                RATING: PG-13
                SUMMARY: A lamp, a storm, and an old argument.

                %2$s

                --
                Marigold
                _______________________________________________
                lantern-list mailing list
                lantern-list@lists.example.org
                """.formatted(run, String.join("\n\n", paragraphs.stream().map(CatalogueIT::wrap).toList())));
        Files.write(mirror.resolve("story.txt"), ("Title: The Lantern Room " + run + "\nAuthor: Marigold " + run
                + "\nRating: PG-13\n\n\u201C" + String.join("\n\n", paragraphs) + "\u201D\n")
                .getBytes(java.nio.charset.Charset.forName("windows-1252")));
        List<String> edited = new ArrayList<>(paragraphs);
        edited.set(3, edit(paragraphs.get(3), 9));
        Files.writeString(mirror.resolve("journal-entry.html"), """
                <!DOCTYPE html><html><head><meta charset="utf-8"><title>The Lantern Room %1$s</title></head>
                <body><div class="entry"><h2>The Lantern Room %1$s</h2>
                <p><b>Author:</b> Marigold %1$s<br><b>Rating:</b> PG-13</p>
                <p>%2$s</p></div></body></html>
                """.formatted(run, String.join("</p>\n<p>", edited)));
        Files.writeString(mirror.resolve("other-story.txt"), "Title: The Lantern Room " + run + "\nAuthor: Marigold " + run
                + "\n\n" + Prose.story(run.hashCode() * 17L, 1000) + "\n");

        TestStack.CommandResult result = TestStack.ficmirror("import", mirror.toString());
        assertEquals(0, result.exitCode(), result::toString);

        String workId = workOf(archive, "story.txt");
        assertEquals(workId, workOf(archive, "list-00042.txt"), "the mailing-list post is the same story");
        assertEquals(workId, workOf(archive, "journal-entry.html"), "the lightly edited journal entry is the same story");
        assertTrue(!workId.equals(workOf(archive, "other-story.txt")), "a different story with the same header stays apart");
        JsonPath work = catalog().get("/api/works/" + workId).then().statusCode(200).extract().jsonPath();
        assertEquals(3, work.getList("sources").size(), work.prettify());
        assertEquals("The Lantern Room " + run, work.getString("title"));
        String phrase = String.join(" ", List.of(paragraphs.get(0).split(" ")).subList(0, 6));
        JsonPath hits = TestStack.searchFinding("\"" + phrase + "\"", io.ficmirror.contract.ContentIds.documentId(archive, "story.txt"));
        assertEquals(List.of(workId), hits.getList("hits.workId"), "search finds the story once: " + hits.prettify());
        assertEquals(List.of("Marigold " + run), work.getList("creators"));
    }

    @Test
    void postsThatEachHoldOnePartAreImportedAsOneWork(@TempDir Path temp) throws Exception {
        Path mirror = Files.createDirectory(temp.resolve(archive + "-parts"));
        String[] bodies = new String[3];
        for (int number = 1; number <= 3; number++) {
            bodies[number - 1] = Prose.story(run.hashCode() * 19L + number, 400);
            Files.writeString(mirror.resolve("post-" + (4 - number) + ".txt"), """
                    Title: Low Water %1$s (Part %2$d/3)
                    Author: Wren %1$s
                    Date: 2007-03-0%2$d

                    %3$s
                    """.formatted(run, number, bodies[number - 1]));
        }

        TestStack.CommandResult result = TestStack.ficmirror("import", mirror.toString());
        assertEquals(0, result.exitCode(), result::toString);

        String partsArchive = mirror.getFileName().toString();
        String workId = workOf(partsArchive, "post-3.txt");
        assertEquals(workId, workOf(partsArchive, "post-2.txt"));
        assertEquals(workId, workOf(partsArchive, "post-1.txt"));
        JsonPath work = catalog().get("/api/works/" + workId).then().statusCode(200).extract().jsonPath();
        assertEquals("Low Water " + run, work.getString("title"), work.prettify());
        assertEquals(3, work.getList("chapters").size());
        assertEquals(List.of(1, 2, 3), work.getList("sources.part"));
        String text = catalog().get("/api/works/" + workId + "/text").then().statusCode(200).extract().asString();
        assertTrue(text.indexOf(bodies[0].substring(0, 40)) < text.indexOf(bodies[1].substring(0, 40))
                && text.indexOf(bodies[1].substring(0, 40)) < text.indexOf(bodies[2].substring(0, 40)), "parts in order: " + text);
    }

    @Test
    void partsArrivingOutOfOrderAreAssembledIntoOneWork() throws Exception {
        String key = "title:the long crossing " + run + "/marigold";
        List<WorkEvent> parts = new ArrayList<>();
        String[] titles = {"Departure", "Open Water", "Landfall"};
        for (int number = 1; number <= 3; number++) {
            WorkEvent part = event("lj/crossing-" + number + ".html", Prose.story(number * 31L + run.hashCode(), 300 + number));
            part.title = "The Long Crossing";
            part.partOf = new PartOf(key, number, 3, titles[number - 1]);
            part.published = LocalDate.of(2006, 5, 1).plusWeeks(number);
            parts.add(part);
        }
        for (int number : new int[] {3, 1, 2}) {
            parts.get(number - 1).publish();
        }
        awaitCatalogued(parts.toArray(WorkEvent[]::new));

        String workId = workOf(parts.get(0));
        parts.forEach(part -> assertEquals(workId, workOf(part)));
        JsonPath work = catalog().get("/api/works/" + workId).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(titles), work.getList("chapters.title"), work.prettify());
        assertEquals(List.of(301, 302, 303), work.getList("chapters.wordCount"));
        assertEquals("2006-05-08", work.getString("publishedAt"), "published with the first part");
        assertEquals("2006-05-22", work.getString("updatedAt"), "updated with the last part");
        String text = catalog().get("/api/works/" + workId + "/text").then().statusCode(200).extract().asString();
        assertTrue(text.startsWith(parts.get(0).body) && text.endsWith(parts.get(2).body), "parts in reading order");
    }

    @Test
    void everyFilterReturnsExactlyTheMatchingWorks() throws Exception {
        String fandomA = "Harbourfolk " + run;
        String fandomB = "Lighthouse Keepers " + run;
        WorkEvent a = corpus("a", fandomA, "Ada " + run, "Teen And Up Audiences", "en", 1200, "Angst");
        WorkEvent b = corpus("b", fandomA, "Ben " + run, "Explicit", "en", 5200, "Fluff");
        WorkEvent c = corpus("c", fandomB, "Ada " + run, "General Audiences", "fr", 300, "Angst");
        WorkEvent d = corpus("d", fandomA, "Cleo " + run, "Teen And Up Audiences", "en", 9000, "Angst");
        a.asWritten = Map.of("fandoms", List.of("HF" + run));
        d.fandoms = List.of(fandomA, fandomB);
        d.asWritten = Map.of("fandoms", List.of("HF/LK " + run)); // two fandoms: which name is which is unknown
        WorkEvent e = corpus("e", fandomB, "Ben " + run, "Explicit", "de", 50, "Crack");
        e.asWritten = Map.of("fandoms", List.of("LK-" + run));
        List<WorkEvent> all = List.of(a, b, c, d, e);
        for (WorkEvent event : all) {
            event.publish();
        }
        awaitCatalogued(all.toArray(WorkEvent[]::new));

        assertEquals(ids(a, b, d), found(Map.of("fandom", fandomA)));
        assertEquals(ids(d), found(Map.of("fandom", List.of(fandomA, fandomB))), "each fandom must hold");
        assertEquals(ids(c, d, e), found(Map.of("fandom", "lk-" + run)), "a synonym, any case, finds the canonical fandom");
        assertEquals(ids(a, c, d), found(Map.of("tag", "Angst " + run)));
        assertEquals(ids(a, c), found(Map.of("creator", "ADA " + run)));
        assertEquals(ids(a, d), found(Map.of("fandom", fandomA, "rating", "Teen And Up Audiences")));
        assertEquals(ids(c), found(Map.of("tag", "Angst " + run, "language", "fr")));
        assertEquals(ids(a, b), found(Map.of("fandom", fandomA, "minWords", 1000, "maxWords", 6000)));
        assertEquals(ids(e), found(Map.of("fandom", fandomB, "maxWords", 100)));
        assertEquals(Set.of(), found(Map.of("fandom", "No Such Fandom " + run)));

        List<String> paged = new ArrayList<>();
        String after = null;
        do {
            RequestSpecification request = catalog().queryParam("tag", "corpus " + run).queryParam("limit", 2);
            JsonPath page = (after == null ? request : request.queryParam("after", after)).get("/api/works")
                    .then().statusCode(200).extract().jsonPath();
            assertTrue(page.getList("works").size() <= 2);
            paged.addAll(page.getList("works.id"));
            after = page.getString("next");
        } while (after != null);
        assertEquals(5, paged.size(), "keyset pages hold every work once: " + paged);
        assertEquals(ids(a, b, c, d, e), new HashSet<>(paged));

        JsonPath tags = catalog().queryParam("type", "fandom").queryParam("prefix", "harbourfolk " + run).get("/api/tags")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(fandomA), tags.getList("name"));
        assertEquals(3, tags.getInt("[0].workCount"));
        assertEquals(List.of("HF" + run), tags.getList("[0].synonyms"), "only unambiguous names become synonyms");
        JsonPath bySynonym = catalog().queryParam("prefix", "lk-" + run).get("/api/tags").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(fandomB), bySynonym.getList("name"));

        JsonPath creators = catalog().queryParam("prefix", "ben " + run).get("/api/creators").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("Ben " + run), creators.getList("name"));
        assertEquals(2, creators.getInt("[0].workCount"));
        JsonPath bensWorks = catalog().get("/api/creators/" + creators.getLong("[0].id") + "/works").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(ids(b, e), new HashSet<>(bensWorks.getList("works.id")));

        JsonPath stats = catalog().get("/api/stats").then().statusCode(200).extract().jsonPath();
        assertEquals(5, stats.getInt("worksPerArchive.find { it.name == '" + archive + "' }.works"), stats.prettify());
        assertTrue(stats.getLong("works") >= 5 && stats.getLong("sources") >= stats.getLong("works"), stats.prettify());
    }

    @Test
    void worksCataloguedCarriesEachWorkOncePerChangeAndTheExportAgrees() throws Exception {
        Instant start = Instant.now().minusSeconds(1);
        Map<TopicPartition, Long> before = Kafka.endOffsets(Topics.WORKS_CATALOGUED);
        WorkEvent one = event("feed/1.txt", Prose.story(11L + run.hashCode(), 400));
        WorkEvent two = event("feed/2.txt", Prose.story(12L + run.hashCode(), 400));
        one.publish();
        two.publish();
        awaitCatalogued(one, two);

        WorkEvent revised = event("feed/1.txt", one.body + " An epilogue, added later.");
        revised.fetchedAt = one.fetchedAt.plusSeconds(60);
        revised.publish();
        one.publish(); // the old version again: older than what the catalogue holds, so no change
        awaitCatalogued(revised);
        two.publish(); // a duplicate: no change either
        Thread.sleep(3000);

        String workOne = workOf(one);
        String workTwo = workOf(two);
        List<ConsumerRecord<String, byte[]>> published = Kafka.read(Topics.WORKS_CATALOGUED, before).stream()
                .filter(r -> r.key().equals(workOne) || r.key().equals(workTwo)).toList();
        List<String> seen = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : published) {
            JsonNode work = Kafka.JSON.readTree(record.value());
            seen.add(record.key() + " v" + work.path("version").asLong());
        }
        assertEquals(List.of(workOne + " v1", workTwo + " v1", workOne + " v2"), sortedByWork(seen, workOne));
        List<ConsumerRecord<String, byte[]>> ofOne = published.stream().filter(r -> r.key().equals(workOne)).toList();
        JsonNode latest = Kafka.JSON.readTree(ofOne.get(ofOne.size() - 1).value());
        assertEquals(revised.body, latest.path("body").asText());

        String export = catalog().queryParam("since", start.toString()).get("/api/export").then().statusCode(200)
                .contentType("application/jsonl").extract().asString();
        Map<String, Long> versions = new java.util.HashMap<>();
        for (String line : export.split("\n")) {
            JsonNode work = Kafka.JSON.readTree(line);
            versions.put(work.path("workId").asText(), work.path("version").asLong());
        }
        assertEquals(2L, versions.get(workOne));
        assertEquals(1L, versions.get(workTwo));
        String later = catalog().queryParam("since", Instant.now().plusSeconds(3600).toString()).get("/api/export")
                .then().statusCode(200).extract().asString();
        assertEquals("", later);
    }

    /** A second replica holding the publisher's turn (its PostgreSQL advisory lock) keeps this one from publishing. */
    @Test
    void replicasTakeTurnsPublishingTheFeed() throws Exception {
        Map<TopicPartition, Long> before = Kafka.endOffsets(Topics.WORKS_CATALOGUED);
        WorkEvent event = event("turns/1.txt", Prose.story(21L + run.hashCode(), 300));
        try (java.sql.Connection otherReplica = TestStack.postgres();
                java.sql.Statement sql = otherReplica.createStatement()) {
            sql.execute("select pg_advisory_lock(hashtext('ficmirror.catalog.feed-publisher'))");
            event.publish();
            awaitCatalogued(event);
            String work = workOf(event);
            Thread.sleep(12_000); // longer than the feed's sweep (10 s)
            assertTrue(Kafka.read(Topics.WORKS_CATALOGUED, before).stream().noneMatch(r -> r.key().equals(work)),
                    "published while another replica held the turn");
            sql.execute("select pg_advisory_unlock(hashtext('ficmirror.catalog.feed-publisher'))");
            Kafka.await("the work published once the turn is free", 30,
                    () -> Kafka.read(Topics.WORKS_CATALOGUED, before).stream().anyMatch(r -> r.key().equals(work)));
        }
    }

    @Test
    void aRejectedNewerVersionTakesTheDocumentOutOfItsWorkAndAnOlderRejectionIsIgnored() throws Exception {
        WorkEvent kept = event("versions/kept.txt", Prose.story(41L + run.hashCode(), 300));
        WorkEvent withdrawn = event("versions/withdrawn.txt", Prose.story(42L + run.hashCode(), 300));
        kept.publish();
        withdrawn.publish();
        awaitCatalogued(kept, withdrawn);
        String withdrawnWork = workOf(withdrawn);

        reject(kept, kept.fetchedAt.minusSeconds(3600), "an older version was an error page");
        reject(withdrawn, withdrawn.fetchedAt.plusSeconds(3600), "the new version is an error page");
        Kafka.await("the newer rejection to win", 60,
                () -> "rejected".equals(TestStack.documentStatus(withdrawn.documentId()).getString("state")));

        Kafka.awaitConsumed(Kafka.CATALOG_GROUP, Topics.DOCUMENTS_REJECTED, 60);
        assertEquals("the new version is an error page", TestStack.documentStatus(withdrawn.documentId()).getString("reason"));
        catalog().get("/api/works/" + withdrawnWork).then().statusCode(404);
        assertEquals("catalogued", TestStack.documentStatus(kept.documentId()).getString("state"), "an older rejection changes nothing");

        WorkEvent restored = event("versions/withdrawn.txt", withdrawn.body);
        restored.fetchedAt = withdrawn.fetchedAt.plusSeconds(7200);
        restored.publish();
        awaitCatalogued(restored);
        assertEquals(withdrawnWork, workOf(restored));
        assertEquals(3, catalog().get("/api/works/" + withdrawnWork).then().statusCode(200).extract().jsonPath().getInt("version"),
                "version 1, removed as version 2, made again as version 3: consumers keeping the highest take it");
        String phrase = String.join(" ", List.of(withdrawn.body.split("\\s+")).subList(0, 5));
        Kafka.await("the restored work in the index", 30,
                () -> TestStack.search("\"" + phrase + "\"").getList("hits.workId").contains(withdrawnWork));
    }

    private static void reject(WorkEvent event, Instant fetchedAt, String reason) throws Exception {
        io.ficmirror.contract.DocumentRejected rejection = new io.ficmirror.contract.DocumentRejected(
                io.ficmirror.contract.SchemaVersion.CURRENT, event.documentId(),
                new io.ficmirror.contract.Source(event.archive, event.uri, "0".repeat(64), fetchedAt),
                io.ficmirror.contract.RejectionStage.PARSE, reason, "not-a-story", fetchedAt);
        Kafka.send(Topics.DOCUMENTS_REJECTED, event.documentId(), rejection);
    }

    @Test
    void aPoisonEventGoesToTheDeadLetterTopicAndTheStreamGoesOn() throws Exception {
        Map<TopicPartition, Long> before = Kafka.endOffsets(Topics.WORKS_PARSED_CATALOG_DLQ);
        WorkEvent impossible = event("poison/no-source.txt", Prose.story(5L + run.hashCode(), 100));
        JsonNode poison = Kafka.JSON.valueToTree(impossible.work());
        ((com.fasterxml.jackson.databind.node.ObjectNode) poison).putNull("documentId");
        ((com.fasterxml.jackson.databind.node.ObjectNode) poison).putNull("source");
        Kafka.send(Topics.WORKS_PARSED, "poison-" + run, Kafka.JSON.writeValueAsBytes(poison));
        Kafka.send(Topics.WORKS_PARSED, "garbage-" + run, "{not json".getBytes(StandardCharsets.UTF_8));
        WorkEvent good = event("poison/after.txt", Prose.story(6L + run.hashCode(), 100));
        good.publish();
        awaitCatalogued(good);

        Kafka.await("two dead letters", 30, () -> Kafka.read(Topics.WORKS_PARSED_CATALOG_DLQ, before).stream()
                .filter(r -> r.key().endsWith(run)).count() == 2);
        Map<String, String> reasons = new java.util.HashMap<>();
        for (ConsumerRecord<String, byte[]> dead : Kafka.read(Topics.WORKS_PARSED_CATALOG_DLQ, before)) {
            if (dead.key().endsWith(run)) {
                assertNotNull(dead.headers().lastHeader("dead-letter-reason"), "the reason travels with the dead letter");
                assertTrue(dead.value().length > 0, "the original event travels with it");
                reasons.put(dead.key(), new String(dead.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8));
            }
        }
        assertEquals("the Work has no documentId", reasons.get("poison-" + run));
        assertTrue(reasons.get("garbage-" + run).contains("could not be read as a Work"), reasons.toString());
    }

    @Test
    void replayingTheWholeTopicTwiceChangesNothing() throws Exception {
        WorkEvent seed = event("replay/seed.txt", Prose.story(9L + run.hashCode(), 200));
        WorkEvent withdrawn = event("replay/withdrawn.txt", Prose.story(10L + run.hashCode(), 200));
        seed.publish();
        withdrawn.publish();
        awaitCatalogued(seed, withdrawn);
        reject(withdrawn, withdrawn.fetchedAt.plusSeconds(3600), "withdrawn: the replay must not bring it back");
        Kafka.await("the rejection to win", 60,
                () -> "rejected".equals(TestStack.documentStatus(withdrawn.documentId()).getString("state")));
        awaitCaughtUp();
        Map<String, Long> before = catalogueCounts();
        Map<TopicPartition, Long> feedBefore = Kafka.endOffsets(Topics.WORKS_CATALOGUED);

        List<ConsumerRecord<String, byte[]>> all = Kafka.read(Topics.WORKS_PARSED, Map.of());
        try (KafkaProducer<String, byte[]> producer = Kafka.producer()) {
            for (int pass = 0; pass < 2; pass++) {
                for (ConsumerRecord<String, byte[]> record : all) {
                    producer.send(new ProducerRecord<>(record.topic(), record.partition(), record.timestamp(), record.key(),
                            record.value(), record.headers()));
                }
            }
            producer.flush();
        }
        awaitCaughtUp();
        Thread.sleep(2000);

        assertEquals(before, catalogueCounts(), "replaying " + all.size() + " events twice");
        assertEquals(feedBefore, Kafka.endOffsets(Topics.WORKS_CATALOGUED), "a replay publishes no change");
    }

    @Test
    void everyGetEndpointInTheOpenApiDocumentAnswersWithRealData() throws Exception {
        WorkEvent event = event("openapi/story.txt", "Openapi " + run + " " + Prose.story(21L + run.hashCode(), 300));
        event.fandoms = List.of("Openapi Fandom " + run);
        event.authors = List.of("Openapi Writer " + run);
        event.publish();
        awaitCatalogued(event);
        String workId = workOf(event);
        String interactionId = "openapi-" + run;
        Kafka.send(Topics.INTERACTIONS, interactionId, new io.ficmirror.contract.Interaction(
                io.ficmirror.contract.SchemaVersion.CURRENT, interactionId, archive, null, event.documentId(), null,
                io.ficmirror.contract.Interaction.REVIEW, null));
        Kafka.await("the interaction in the export", 30, () -> catalog().get("/api/export/interactions").then()
                .extract().asString().contains(interactionId));
        long creatorId = catalog().queryParam("prefix", "Openapi Writer " + run).get("/api/creators").then().statusCode(200)
                .extract().jsonPath().getLong("[0].id");

        JsonNode paths = Kafka.JSON.readTree(catalog().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().asString()).path("paths");
        List<String> called = new ArrayList<>();
        for (var path : (Iterable<Map.Entry<String, JsonNode>>) paths::fields) {
            if (!path.getValue().has("get")) {
                continue;
            }
            String url = path.getKey().replace("{workId}", workId).replace("{documentId}", event.documentId())
                    .replace("{id}", Long.toString(creatorId));
            String answer = catalog().queryParam("since", "2000-01-01").queryParam("body", false)
                    .queryParam("prefix", "Openapi").get(url).then().statusCode(200).extract().asString();
            assertTrue(answer.contains(run) || answer.contains(workId), url + " answers without the test's data: " + answer);
            called.add(path.getKey());
        }
        assertTrue(called.containsAll(List.of("/api/works", "/api/works/{workId}", "/api/works/{workId}/text",
                "/api/creators", "/api/creators/{id}", "/api/creators/{id}/works", "/api/tags", "/api/stats",
                "/api/export", "/api/export/interactions", "/api/documents/{documentId}")), "documented: " + called);
    }

    private WorkEvent corpus(String name, String fandom, String creator, String rating, String language, int words,
            String tag) {
        WorkEvent event = event("corpus/" + name + ".txt", Prose.story(name.hashCode() * 101L + run.hashCode(), words));
        event.title = "Corpus " + name;
        event.fandoms = List.of(fandom);
        event.authors = List.of(creator);
        event.rating = rating;
        event.language = language;
        event.tags = List.of(tag + " " + run, "corpus " + run);
        return event;
    }

    private WorkEvent event(String uri, String body) {
        return new WorkEvent(archive, uri, body);
    }

    private Set<String> found(Map<String, ?> query) {
        RequestSpecification request = catalog().queryParam("limit", 200);
        for (Map.Entry<String, ?> parameter : query.entrySet()) {
            request = parameter.getValue() instanceof List<?> values ? request.queryParam(parameter.getKey(), values)
                    : request.queryParam(parameter.getKey(), parameter.getValue());
        }
        return new HashSet<>(request.get("/api/works").then().statusCode(200).extract().jsonPath().getList("works.id"));
    }

    private Set<String> ids(WorkEvent... events) {
        Set<String> ids = new HashSet<>();
        for (WorkEvent event : events) {
            ids.add(workOf(event));
        }
        return ids;
    }

    private static String workOf(String archive, String path) {
        return TestStack.documentStatus(io.ficmirror.contract.ContentIds.documentId(archive, path)).getString("workId");
    }

    private static String wrap(String paragraph) {
        return paragraph.replaceAll("(.{1,68})(?:\\s+|$)", "$1\n").strip();
    }

    private static String workOf(WorkEvent event) {
        return event.catalogueWorkId();
    }

    private static void awaitCatalogued(WorkEvent... events) throws InterruptedException {
        for (WorkEvent event : events) {
            event.awaitCatalogued();
        }
    }

    private static void awaitCaughtUp() throws InterruptedException {
        Kafka.awaitConsumed(Kafka.CATALOG_GROUP, Topics.WORKS_PARSED, 300);
    }

    private static Map<String, Long> catalogueCounts() throws Exception {
        Map<String, Long> counts = new java.util.TreeMap<>();
        try (var db = TestStack.postgres(); var statement = db.createStatement()) {
            for (String query : List.of("select count(*) from work", "select count(*) from source",
                    "select count(*) from creator", "select count(*) from tag", "select count(*) from work_tag",
                    "select count(*) from chapter", "select coalesce(sum(version), 0) from work",
                    "select count(*) from rejected_document", "select count(*) from work_band")) {
                try (var result = statement.executeQuery(query)) {
                    result.next();
                    counts.put(query, result.getLong(1));
                }
            }
        }
        return counts;
    }

    private static List<String> sortedByWork(List<String> seen, String first) {
        List<String> sorted = new ArrayList<>(seen.stream().filter(s -> s.startsWith(first)).toList());
        sorted.addAll(1, seen.stream().filter(s -> !s.startsWith(first)).toList());
        return sorted;
    }

    private static String edit(String text, int everyNth) {
        String[] words = text.split(" ");
        for (int i = everyNth / 2; i < words.length; i += everyNth) {
            words[i] = "edited";
        }
        return String.join(" ", words);
    }

    private static RequestSpecification catalog() {
        return given().baseUri(TestStack.catalogUrl());
    }
}
