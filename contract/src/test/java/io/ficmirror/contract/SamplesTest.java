package io.ficmirror.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The samples are the contract's documentation: every field in them must survive a round trip through the records. */
class SamplesTest {

    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    @Test
    void workSampleRoundTrips() throws IOException {
        Work work = roundTrip("work.json", Work.class);
        assertEquals(LocalDate.of(2006, 5, 28), work.publishedAt());
        assertEquals(new SeriesPart("Lighthouse Nights", 2), work.series().get(0));
        assertEquals(1, work.partOf().number());
        assertEquals(java.time.Instant.parse("2026-11-02T10:15:30Z"), work.source().fetchedAt());
        assertEquals(Integer.valueOf(41), work.stats().kudos());
    }

    @Test
    void documentReceivedSampleRoundTripsWithItsBytes() throws IOException {
        DocumentReceived received = roundTrip("document-received.json", DocumentReceived.class);
        assertEquals("Title: The Lantern Room", new String(received.content(), StandardCharsets.UTF_8).lines().findFirst().orElseThrow());
    }

    @Test
    void documentRejectedSampleRoundTrips() throws IOException {
        DocumentRejected rejected = roundTrip("document-rejected.json", DocumentRejected.class);
        assertEquals(RejectionStage.PARSE, rejected.stage());
    }

    @Test
    void workStoredSampleRoundTrips() throws IOException {
        WorkStored stored = roundTrip("work-stored.json", WorkStored.class);
        assertEquals(WorkStored.CATALOG, stored.store());
    }

    @Test
    void workCataloguedSampleRoundTrips() throws IOException {
        WorkCatalogued work = roundTrip("work-catalogued.json", WorkCatalogued.class);
        assertEquals(2, work.stats().sourceCount());
        assertEquals(java.util.List.of("Smallville"), work.tags().fandom());
    }

    @Test
    void interactionSampleRoundTrips() throws IOException {
        Interaction interaction = roundTrip("interaction.json", Interaction.class);
        assertEquals(true, Interaction.KINDS.contains(interaction.kind()));
    }

    @Test
    void archiveStorySampleRoundTrips() throws IOException {
        ArchiveStory story = roundTrip("archive-story.json", ArchiveStory.class);
        assertEquals(2, story.chapters().get(1).number());
        assertEquals(Integer.valueOf(1), story.stats().favourites());
    }

    @Test
    void statsTakeTheHigherCounterOfTwoSourcesAndKeepUnknownsUnknown() {
        Stats a = new Stats(10, 200, null, null, null, null, null);
        Stats b = new Stats(12, 150, null, 3, null, null, null);
        assertEquals(new Stats(12, 200, null, 3, null, null, null), a.highest(b));
        assertEquals(true, Stats.NONE.highest(Stats.NONE).isEmpty());
        assertEquals(Integer.valueOf(200), a.highest(b).counter("hits"));
    }

    @Test
    void readersIgnoreFieldsAddedLater() throws IOException {
        ObjectMapper lenient = json.copy();
        JsonNode sample = sample("work.json");
        ((com.fasterxml.jackson.databind.node.ObjectNode) sample).put("someFutureField", "x");
        Work work = lenient.treeToValue(sample, Work.class);
        assertEquals("The Lantern Room", work.title());
    }

    private <T> T roundTrip(String name, Class<T> type) throws IOException {
        JsonNode sample = sample(name);
        T value = json.treeToValue(sample, type);
        assertNotNull(value);
        assertEquals(sample, json.readTree(json.writeValueAsString(value)), name + " must map onto " + type.getSimpleName() + " field for field");
        assertEquals(SchemaVersion.CURRENT, sample.get("schemaVersion").asInt());
        return value;
    }

    private JsonNode sample(String name) throws IOException {
        try (InputStream in = SamplesTest.class.getResourceAsStream("samples/" + name)) {
            assertNotNull(in, "missing sample " + name);
            return json.readTree(in);
        }
    }
}
