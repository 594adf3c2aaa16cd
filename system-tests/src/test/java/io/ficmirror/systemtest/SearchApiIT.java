package io.ficmirror.systemtest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ficmirror.contract.SchemaVersion;
import io.ficmirror.contract.Stats;
import io.ficmirror.contract.Topics;
import io.ficmirror.contract.WorkCatalogued;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The search API on a known corpus, written straight onto works.catalogued. */
class SearchApiIT {
    private static final String RUN = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    private static final String FANDOM = "Tidewater " + RUN;
    private static final String OTHER_FANDOM = "Orchard " + RUN;
    private static final String DEATH = "Major Character Death";

    private record Doc(String id, String title, String fandom, String relationship, String character, String tag,
            String rating, String warning, String category, String language, String creator, int words,
            String published, String updated, String body, Stats engagement) {
    }

    /** a, b and c show AO3's counters (b also favourites, as an eFiction archive would), d fanfiction.net's, e none. */
    private static final List<Doc> CORPUS = List.of(
            new Doc("a", "Anchor", FANDOM, "Ada/Ben", "Ada", "angst", "Teen And Up Audiences", DEATH, "F/M", "en", "Quill " + RUN, 1200, "2006-01-10", "2006-03-01", series(1),
                    new Stats(50, 900, 7, 3, null, null, null)),
            new Doc("b", "Breakwater", FANDOM, "Ada/Ben", "Ben", "fluff", "General Audiences", "No Archive Warnings Apply", "F/M", "en", "Quill " + RUN, 5400, "2008-05-02", null, series(2),
                    new Stats(5, 120, 1, null, 80, null, null)),
            new Doc("c", "Current", FANDOM, "Cleo/Dara", "Cleo", "angst", "Explicit", "No Archive Warnings Apply", "F/F", "fr", "Reed " + RUN, 300, "2011-07-07", "2012-01-01", series(3),
                    new Stats(120, 2000, 30, 12, null, null, null)),
            new Doc("d", "Driftwood", OTHER_FANDOM, "Eli/Fen", "Eli", "humour", "Mature", DEATH, "M/M", "en", "Reed " + RUN, 9000, "2015-09-09", null, Prose.story(RUN.hashCode() * 5L + 4, 600),
                    new Stats(null, null, null, null, 30, 12, 40)),
            new Doc("e", "Eddy", OTHER_FANDOM, "Eli/Fen", "Fen", "angst", "Not Rated", "Creator Chose Not To Use Archive Warnings", "Gen", "de", "Sedge " + RUN, 45, "2019-12-24", null, Prose.story(RUN.hashCode() * 5L + 5, 45),
                    null));

    /** Three parts of one series share their invented vocabulary; the others share none of it. */
    private static String series(int part) {
        return Prose.story(RUN.hashCode() * 3L, 500) + "\n" + Prose.story(RUN.hashCode() * 3L + part, 150);
    }

    @BeforeAll
    static void indexCorpus() throws Exception {
        try (KafkaProducer<String, byte[]> producer = Kafka.producer()) {
            for (Doc doc : CORPUS) {
                WorkCatalogued work = new WorkCatalogued(SchemaVersion.CURRENT, id(doc), 1, Instant.now(),
                        doc.title() + " " + RUN, List.of(doc.creator()),
                        new WorkCatalogued.TypedTags(List.of(doc.fandom()), List.of(doc.relationship()), List.of(doc.character()),
                                List.of(doc.tag() + " " + RUN), List.of(doc.rating()), List.of(doc.warning()), List.of(doc.category())),
                        List.of(), "Summary " + RUN, null, null, LocalDate.parse(doc.published()),
                        doc.updated() == null ? null : LocalDate.parse(doc.updated()), doc.language(), List.of(),
                        new WorkCatalogued.WorkStats(doc.words(), 1, null, 1), new WorkCatalogued.Fingerprint("minhash-oph", 5, 0, ""),
                        List.of(), doc.body(), doc.engagement());
                producer.send(new ProducerRecord<>(Topics.WORKS_CATALOGUED, work.workId(), Kafka.JSON.writeValueAsBytes(work))).get();
            }
        }
        Kafka.await("the corpus in the index", 60, () -> ids(Map.of("q", RUN)).size() == CORPUS.size());
    }

    @Test
    void everyFilterReturnsTheRightWorks() {
        assertEquals(ids("a", "b", "c"), ids(Map.of("fandom", FANDOM)));
        assertEquals(ids("a", "b"), ids(Map.of("relationship", "Ada/Ben")));
        assertEquals(ids("d"), ids(Map.of("character", "Eli", "fandom", OTHER_FANDOM)));
        assertEquals(ids("a", "c", "e"), ids(Map.of("tag", "angst " + RUN)));
        assertEquals(ids("b", "c"), ids(Map.of("fandom", FANDOM, "rating", List.of("General Audiences", "Explicit"))));
        assertEquals(ids("a", "d"), ids(Map.of("q", RUN, "warning", DEATH)));
        assertEquals(ids("b", "c", "e"), ids(Map.of("q", RUN, "excludeWarning", DEATH)), "no major character death");
        assertEquals(ids("c"), ids(Map.of("q", RUN, "category", "F/F")));
        assertEquals(ids("c"), ids(Map.of("q", RUN, "language", "fr")));
        assertEquals(ids("c", "d"), ids(Map.of("creator", "Reed " + RUN)));
        assertEquals(ids("a", "b"), ids(Map.of("q", RUN, "minWords", 1000, "maxWords", 6000)));
        assertEquals(ids("b", "c"), ids(Map.of("q", RUN, "publishedFrom", "2007-01-01", "publishedTo", "2012-12-31")));
        assertEquals(ids("c"), ids(Map.of("q", RUN, "updatedFrom", "2011-06-01")));
    }

    @Test
    void facetsCountTheMatchingWorks() {
        JsonPath result = search(Map.of("fandom", FANDOM));
        assertEquals(2, count(result, "relationship", "Ada/Ben"));
        assertEquals(1, count(result, "relationship", "Cleo/Dara"));
        assertEquals(2, count(result, "freeform", "angst " + RUN));
        assertEquals(2, count(result, "language", "en"));
        assertEquals(3, count(result, "fandom", FANDOM));
        assertEquals(0, count(result, "fandom", OTHER_FANDOM));
    }

    @Test
    void sortsAndSearchAfterPagesVisitEveryWorkOnce() {
        assertEquals(List.of("e", "c", "a", "b", "d"), order(Map.of("q", RUN, "sort", "words", "order", "asc")));
        assertEquals(List.of("a", "b", "c", "d", "e"), order(Map.of("q", RUN, "sort", "title")));
        assertEquals(List.of("e", "d", "c", "b", "a"), order(Map.of("q", RUN, "sort", "published")));
        assertEquals(List.of("d", "b", "a", "c", "e"), pages(Map.of("q", RUN, "sort", "words")));
    }

    @Test
    void countersSortMostFirstWithTheWorksWithoutThemLast() {
        assertEquals(List.of("c", "a", "b", "d", "e"), order(Map.of("q", RUN, "sort", "kudos")));
        assertEquals(List.of("b", "a", "c", "d", "e"), order(Map.of("q", RUN, "sort", "kudos", "order", "asc")));
        assertEquals(List.of("d", "a", "b", "c", "e"), order(Map.of("q", RUN, "sort", "reviews")));
        assertEquals(List.of("c", "a", "b", "d", "e"), pages(Map.of("q", RUN, "sort", "kudos")),
                "search_after pages cross from works with kudos to works without");
        JsonPath result = search(Map.of("q", RUN, "sort", "kudos"));
        assertEquals(Map.of("kudos", 120, "hits", 2000, "bookmarks", 30, "comments", 12), result.getMap("hits[0].engagement"));
        assertEquals(Map.of("favourites", 30, "follows", 12, "reviews", 40), result.getMap("hits[3].engagement"));
        assertEquals(Map.of(), result.getMap("hits[4].engagement"), "a work whose sources show no counter");
    }

    @Test
    void countsInTheQueryFilter() {
        assertEquals(ids("a"), ids(Map.of("q", RUN + " kudos>10 words>1000")));
        assertEquals(ids("a", "b"), ids(Map.of("q", RUN + " hits:100-1,000")));
        assertEquals(ids("b", "d"), ids(Map.of("q", RUN + " favourites>=30")));
        assertEquals(ids("d"), ids(Map.of("q", RUN + " favs<50")));
        assertEquals(ids("b", "d", "e"), ids(Map.of("q", RUN + " NOT kudos>10")), "also the works showing no kudos");
        assertEquals(ids(), ids(Map.of("q", RUN + " kudos>99999999999999999999")), "more than any count");
        assertEquals(ids("a", "b", "c"), ids(Map.of("q", RUN + " kudos<99999999999999999999")));
    }

    @Test
    void aSortInTheQueryAppliesUnlessTheSortParameterIsGiven() {
        assertEquals(List.of("b", "d", "a", "c", "e"), order(Map.of("q", RUN + " sort:favourites")));
        assertEquals(List.of("d", "b", "a", "c", "e"), order(Map.of("q", RUN + " sort:>favourites")), "AO3's > is ascending");
        assertEquals(List.of("a", "b", "c", "d", "e"), order(Map.of("q", RUN + " sort:favourites", "sort", "title")));
    }

    @Test
    void quotedTagsFilterExactlyInAnyCaseAndNotExcludes() {
        assertEquals(ids("a", "b", "c"), ids(Map.of("q", "fandom:\"" + FANDOM + "\"")));
        assertEquals(ids("a", "b", "c"), ids(Map.of("q", "fandom:\"" + FANDOM.toUpperCase() + "\"")));
        assertEquals(ids(), ids(Map.of("q", "fandom:\"Tidewater\"")), "the whole name, not a word of it");
        assertEquals(ids("d", "e"), ids(Map.of("q", RUN + " NOT fandom:\"" + FANDOM + "\"")));
        assertEquals(ids("e"), ids(Map.of("q", RUN + " -fandom:\"" + FANDOM + "\" -rating:mature")));
        assertEquals(ids("a", "c", "e"), ids(Map.of("q", "tag:\"angst " + RUN + "\"")));
        assertEquals(ids("a", "b"), ids(Map.of("q", "tag:\"Ada/Ben\" " + RUN)), "tag: is a tag of any type");
        assertEquals(ids("d"), ids(Map.of("q", "\"Summary " + RUN + "\" character:Eli")), "a phrase and a tag");
        assertEquals(ids("c", "d"), ids(Map.of("q", "author:\"Reed " + RUN + "\"")));
    }

    @Test
    void mistakesInTheQuerySyntaxAreRefusedWithTheReason() {
        Map<String, String> mistakes = Map.of(RUN + " sort:colour", "sort by one of relevance", RUN + " kudos>many",
                "kudos takes a whole number", "fandom:A OR fandom:B", "OR joins words and phrases");
        mistakes.forEach((query, reason) -> {
            String error = given().baseUri(TestStack.searchUrl()).queryParam("q", query).get("/api/search")
                    .then().statusCode(400).extract().jsonPath().getString("error");
            assertTrue(error.contains(reason), query + ": " + error);
        });
    }

    @Test
    void strayQuotesBracketsAndBackslashesAnswerNormally() {
        for (String query : List.of("\"" + RUN, RUN + " (", "[" + RUN + "]", RUN + " \\", "{\"query\": 1}", "\\\"*~^"
                + RUN, "-" + RUN + " OR", "title:" + RUN, "*:*", "fandom:\"" + RUN, "NOT", "OR " + RUN + " NOT", RUN + "\u0000\u001b",
                "sort:>kudos " + RUN + " AND", "-\"" + RUN + "\" -")) {
            given().baseUri(TestStack.searchUrl()).queryParam("q", query).get("/api/search").then().statusCode(200);
        }
        assertEquals(Set.of(), ids(Map.of("q", "{\"match_all\": {}} " + RUN + "zzz")), "JSON in the query is words, not DSL");
    }

    @Test
    void similarWorksRankTheStorysRelativesFirst() {
        List<String> similar = given().baseUri(TestStack.searchUrl()).get("/api/works/" + idOf("a") + "/similar?size=10")
                .then().statusCode(200).extract().jsonPath().getList("workId");
        assertTrue(similar.size() >= 2, similar.toString());
        assertEquals(Set.of(idOf("b"), idOf("c")), new HashSet<>(similar.subList(0, 2)), "the other parts of the series first: " + similar);
        assertTrue(!similar.contains(idOf("a")), "not the work itself");
        given().baseUri(TestStack.searchUrl()).get("/api/works/nosuchwork" + RUN + "/similar").then().statusCode(404);
    }

    @Test
    void tagAutocompleteIgnoresCaseAndCounts() {
        JsonPath suggestions = given().baseUri(TestStack.searchUrl()).queryParam("prefix", "TIDEWATER " + RUN.toLowerCase())
                .get("/api/tags/suggest").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(FANDOM), suggestions.getList("name"));
        assertEquals(3, suggestions.getInt("[0].works"));
        assertEquals("fandom", suggestions.getString("[0].type"));
        JsonPath tags = given().baseUri(TestStack.searchUrl()).queryParam("prefix", "angst " + RUN).queryParam("type", "freeform")
                .get("/api/tags/suggest").then().statusCode(200).extract().jsonPath();
        assertEquals(3, tags.getInt("[0].works"));
        given().baseUri(TestStack.searchUrl()).queryParam("prefix", "a(b[c\\").get("/api/tags/suggest").then().statusCode(200);
    }

    private static long count(JsonPath result, String facet, String value) {
        List<Map<String, Object>> values = result.getList("facets." + facet);
        return values.stream().filter(v -> value.equals(v.get("value"))).mapToLong(v -> ((Number) v.get("count")).longValue())
                .findFirst().orElse(0);
    }

    private static List<String> order(Map<String, ?> query) {
        return names(search(query).getList("hits.workId"));
    }

    /** The works of every page of two, following next. */
    private static List<String> pages(Map<String, ?> query) {
        List<String> paged = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> page = new HashMap<>(query);
            page.put("size", 2);
            if (after != null) {
                page.put("after", after);
            }
            JsonPath result = search(page);
            paged.addAll(result.getList("hits.workId"));
            after = result.getString("next");
        } while (after != null);
        return names(paged);
    }

    /** The corpus names (a to e) of work ids. */
    private static List<String> names(List<String> workIds) {
        return workIds.stream().map(id -> id.substring(id.length() - 1)).toList();
    }

    private static Set<String> ids(Map<String, ?> query) {
        return new HashSet<>(search(query).getList("hits.workId"));
    }

    private static Set<String> ids(String... names) {
        Set<String> ids = new HashSet<>();
        for (String name : names) {
            ids.add(idOf(name));
        }
        return ids;
    }

    /** A search of up to 100 hits unless the query gives a size. */
    private static JsonPath search(Map<String, ?> query) {
        Map<String, Object> parameters = new HashMap<>(Map.of("size", 100));
        parameters.putAll(query);
        RequestSpecification request = given().baseUri(TestStack.searchUrl());
        for (Map.Entry<String, ?> parameter : parameters.entrySet()) {
            request = parameter.getValue() instanceof List<?> values ? request.queryParam(parameter.getKey(), values)
                    : request.queryParam(parameter.getKey(), parameter.getValue());
        }
        return request.get("/api/search").then().statusCode(200).extract().jsonPath();
    }

    private static String id(Doc doc) {
        return idOf(doc.id());
    }

    private static String idOf(String name) {
        return "searchapi" + RUN + name;
    }
}
