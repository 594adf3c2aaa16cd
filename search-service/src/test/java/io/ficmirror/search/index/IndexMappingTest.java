package io.ficmirror.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ficmirror.contract.Stats;
import io.ficmirror.contract.WorkCatalogued;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class IndexMappingTest {

    @Test
    void theIndexNameTheMappingAndTheConsumerGroupCarryOneVersion() throws IOException {
        String version = currentVersion();
        assertEquals(version, mapping().path("mappings").path("_meta").path("ficmirror-index-version").asText());
        Properties settings = new Properties();
        try (InputStream in = IndexMappingTest.class.getResourceAsStream("/application.properties")) {
            settings.load(in);
        }
        assertEquals("search-projection-v" + version, settings.getProperty("mp.messaging.incoming.works-catalogued.group.id"),
                "a new index must read works.catalogued again from the start");
    }

    @Test
    void everyCounterIsAnIntegerField() throws IOException {
        JsonNode engagement = mapping().path("mappings").path("properties").path("engagement").path("properties");
        for (String counter : Stats.COUNTERS) {
            assertEquals("integer", engagement.path(counter).path("type").asText(), counter);
        }
        assertEquals(Stats.COUNTERS.size(), engagement.size());
    }

    @Test
    void documentsHoldOnlyTheCountersTheSourcesShow() {
        Stats ffnet = new Stats(null, null, null, null, 30, 12, 40);
        assertEquals(Map.of("favourites", 30, "follows", 12, "reviews", 40), WorkDocument.of(work(ffnet)).engagement());
        assertEquals(List.of("kudos", "hits"), List.copyOf(WorkDocument.of(work(new Stats(5, 90, null, null, null, null, null)))
                .engagement().keySet()), "in the counters' order");
        assertNull(WorkDocument.of(work(null)).engagement());
        assertNull(WorkDocument.of(work(Stats.NONE)).engagement());
    }

    private static String currentVersion() {
        return WorkIndex.CURRENT_INDEX.substring("works-v".length());
    }

    private static JsonNode mapping() throws IOException {
        try (InputStream in = IndexMappingTest.class.getResourceAsStream("/works-index.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static WorkCatalogued work(Stats engagement) {
        return new WorkCatalogued(1, "w1", 1, Instant.EPOCH, "Title", List.of("Quill"),
                new WorkCatalogued.TypedTags(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of()),
                List.of(), null, null, null, LocalDate.of(2006, 1, 1), null, "en", List.of(),
                new WorkCatalogued.WorkStats(3, 1, null, 1), null, List.of(), "Three words here.", engagement);
    }
}
