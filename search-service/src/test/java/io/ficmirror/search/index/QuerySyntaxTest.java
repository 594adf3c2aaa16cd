package io.ficmirror.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ficmirror.search.index.QuerySyntax.Parsed;
import io.ficmirror.search.index.QuerySyntax.Range;
import io.ficmirror.search.index.QuerySyntax.Sort;
import io.ficmirror.search.index.QuerySyntax.Term;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class QuerySyntaxTest {
    private static final int MAX = Integer.MAX_VALUE;
    private static final List<String> ALL_TAG_FIELDS =
            List.of("fandoms", "relationships", "characters", "freeforms", "rating", "warnings", "categories");

    @Test
    void plainWordsPhrasesAndTheirOwnOperatorsStayFreeTextAsTyped() {
        for (String text : List.of("Bacon ipsum", "\"Bacon ipsum\"", "bacon -ipsum", "(a | b) +c~2 pre*", "title:Bacon",
                "http://example.org", "a|b", "-")) {
            Parsed parsed = QuerySyntax.parse(text);
            assertEquals(text, parsed.text());
            assertEquals(List.of(), parsed.filters(), text);
            assertNull(parsed.sort(), text);
        }
    }

    @Test
    void nothingToReadIsNoText() {
        for (String empty : new String[] {null, "", "   ", "\t\n\u0000"}) {
            Parsed parsed = QuerySyntax.parse(empty);
            assertFalse(parsed.hasText());
            assertEquals(List.of(), parsed.filters());
            assertEquals(List.of(), parsed.problems());
        }
    }

    @Test
    void comparisonsBecomeInclusiveRanges() {
        assertEquals(List.of(new Range("wordCount", 1001, MAX, false)), QuerySyntax.parse("words>1000").filters());
        assertEquals(List.of(new Range("wordCount", 1000, MAX, false)), QuerySyntax.parse("words>=1000").filters());
        assertEquals(List.of(new Range("wordCount", 0, 999, false)), QuerySyntax.parse("words<1000").filters());
        assertEquals(List.of(new Range("wordCount", 0, 1000, false)), QuerySyntax.parse("words<=1000").filters());
        assertEquals(List.of(new Range("wordCount", 1000, 1000, false)), QuerySyntax.parse("words:1000").filters());
        assertEquals(List.of(new Range("wordCount", 1000, 1000, false)), QuerySyntax.parse("words=1000").filters());
        assertEquals(List.of(new Range("wordCount", 1000, 5000, false)), QuerySyntax.parse("words:1000-5000").filters());
        assertEquals(List.of(new Range("wordCount", 1000, 5000, false)), QuerySyntax.parse("words:5000-1000").filters(),
                "a span written backwards");
        assertEquals(List.of(new Range("wordCount", 1001, MAX, false)), QuerySyntax.parse("words:>1000").filters(),
                "a comparison after the colon, as AO3 reads it");
    }

    @Test
    void everyCountHasItsField() {
        assertEquals("chapterCount", fieldOf("chapters>1"));
        for (String counter : List.of("kudos", "hits", "bookmarks", "comments", "favourites", "follows", "reviews")) {
            assertEquals("engagement." + counter, fieldOf(counter + ">1"));
        }
        assertEquals("engagement.favourites", fieldOf("favorites>1"));
        assertEquals("engagement.favourites", fieldOf("favs>1"));
        assertEquals("engagement.kudos", fieldOf("KUDOS>1"), "keys in any case");
    }

    @Test
    void thousandsMayBeGrouped() {
        assertEquals(List.of(new Range("engagement.kudos", 1001, MAX, false)), QuerySyntax.parse("kudos>1,000").filters());
        assertEquals(List.of(new Range("engagement.hits", 1000, 2000000, false)),
                QuerySyntax.parse("hits:1.000-2,000,000").filters());
        assertEquals(List.of(new Range("engagement.kudos", 7, 7, false)), QuerySyntax.parse("kudos:0007").filters());
    }

    @Test
    void numbersPastAnyCountMatchNothingOrEverything() {
        assertTrue(range("kudos>99999999999999999999999999").matchesNothing());
        assertTrue(range("kudos>2147483647").matchesNothing());
        assertTrue(range("kudos:3000000000").matchesNothing());
        assertTrue(range("kudos<0").matchesNothing());
        assertEquals(new Range("engagement.kudos", 0, MAX, false), range("kudos<99999999999999999999"));
        assertEquals(new Range("engagement.kudos", 2147483647, MAX, false), range("kudos>=2147483647"));
    }

    @Test
    void aKeyWithNothingAfterItTakesTheNextWord() {
        assertEquals(List.of(new Range("engagement.kudos", 11, MAX, false)), QuerySyntax.parse("kudos> 10").filters());
        assertEquals(List.of(new Term(List.of("fandoms"), "Star Wars", false)), QuerySyntax.parse("fandom: \"Star Wars\"").filters());
        assertEquals(new Sort("kudos", null), QuerySyntax.parse("sort: kudos").sort());
    }

    @Test
    void quotedOrSingleWordValuesAreExactTagFilters() {
        Parsed parsed = QuerySyntax.parse("Bacon fandom:\"Star  Wars\" character:Rey relationship:\"Finn/Poe\" "
                + "rating:Explicit warning:\"No Archive Warnings Apply\" freeform:fluff category:F/F "
                + "author:\"Quill Pen\" creator:Reed language:en ipsum");
        assertEquals("Bacon ipsum", parsed.text());
        assertEquals(List.of(new Term(List.of("fandoms"), "Star Wars", false), new Term(List.of("characters"), "Rey", false),
                new Term(List.of("relationships"), "Finn/Poe", false), new Term(List.of("rating"), "Explicit", false),
                new Term(List.of("warnings"), "No Archive Warnings Apply", false), new Term(List.of("freeforms"), "fluff", false),
                new Term(List.of("categories"), "F/F", false), new Term(List.of("creators.keyword"), "Quill Pen", false),
                new Term(List.of("creators.keyword"), "Reed", false), new Term(List.of("language"), "en", false)),
                parsed.filters());
    }

    @Test
    void tagMeansATagOfAnyType() {
        assertEquals(List.of(new Term(ALL_TAG_FIELDS, "Hurt/Comfort", false)), QuerySyntax.parse("tag:\"Hurt/Comfort\"").filters());
    }

    @Test
    void notAndADashExcludeWordsPhrasesAndFilters() {
        assertEquals("Bacon -ipsum -\"dolor sit\"", QuerySyntax.parse("Bacon NOT ipsum NOT \"dolor sit\"").text());
        assertEquals("Bacon -ipsum", QuerySyntax.parse("Bacon NOT -ipsum").text(), "excluded either way");
        assertEquals(List.of(new Term(List.of("fandoms"), "X", true), new Term(List.of("fandoms"), "Y", true)),
                QuerySyntax.parse("NOT fandom:\"X\" -fandom:Y").filters());
        assertEquals(List.of(new Range("wordCount", 1001, MAX, true)), QuerySyntax.parse("-words>1000").filters());
        assertEquals("not ipsum", QuerySyntax.parse("not ipsum").text(), "only the capitals are an operator");
        assertEquals("\"NOT\" ipsum", QuerySyntax.parse("\"NOT\" ipsum").text(), "a quoted operator is a word");
    }

    @Test
    void orJoinsWordsAsSimpleQueryStringsBar() {
        assertEquals("Bacon | ipsum", QuerySyntax.parse("Bacon OR ipsum").text());
        assertEquals("Bacon | ipsum", QuerySyntax.parse("Bacon || ipsum").text());
        assertEquals("\"a b\" | -c", QuerySyntax.parse("\"a b\" OR NOT c").text());
        assertEquals("Bacon ipsum", QuerySyntax.parse("Bacon AND ipsum").text(), "AND is what a space means");
    }

    @Test
    void orNextToAFilterIsAProblemRatherThanAQuietAnd() {
        for (String query : List.of("fandom:A OR fandom:B", "Bacon OR kudos>10", "kudos>10 OR Bacon", "sort:kudos OR x")) {
            assertEquals(1, QuerySyntax.parse(query).problems().size(), query);
        }
    }

    @Test
    void loneOperatorsAreDropped() {
        for (String query : List.of("OR", "NOT", "AND", "OR Bacon", "Bacon OR", "Bacon NOT", "| Bacon", "NOT NOT OR AND")) {
            Parsed parsed = QuerySyntax.parse(query);
            assertEquals(query.contains("Bacon") ? "Bacon" : "", parsed.text(), query);
            assertEquals(List.of(), parsed.problems(), query);
        }
    }

    @Test
    void sortKeysAndDirectionsFollowAo3() {
        assertEquals(new Sort("kudos", null), QuerySyntax.parse("sort:kudos").sort());
        assertEquals(new Sort("kudos", true), QuerySyntax.parse("sort:>kudos").sort(), "AO3: > is ascending");
        assertEquals(new Sort("kudos", false), QuerySyntax.parse("sort:<kudos").sort(), "AO3: < is descending");
        assertEquals(new Sort("words", false), QuerySyntax.parse("sort<words").sort());
        assertEquals(new Sort("favourites", null), QuerySyntax.parse("sort:favs").sort());
        assertEquals(new Sort("title", null), QuerySyntax.parse("SORT:Title").sort());
        for (String key : SearchRequest.SORTS) {
            assertEquals(new Sort(key, null), QuerySyntax.parse("sort:" + key).sort());
        }
        Parsed last = QuerySyntax.parse("sort:hits Bacon sort:published");
        assertEquals(new Sort("published", null), last.sort(), "the last sort: counts");
        assertEquals("Bacon", last.text());
    }

    @Test
    void theSortParameterWinsAndOrderAppliesUnlessTheQueryGivesADirection() {
        Parsed kudos = QuerySyntax.parse("Bacon sort:kudos");
        assertEquals(new Sort("kudos", false), kudos.sortFor(null, null), "most first");
        assertEquals(new Sort("kudos", true), kudos.sortFor(null, true), "order=asc flips it");
        assertEquals(new Sort("words", false), kudos.sortFor("words", null), "the parameter wins");
        assertEquals(new Sort("kudos", true), QuerySyntax.parse("sort:>kudos").sortFor(null, false),
                "the query's own direction wins over order");
        assertEquals(new Sort("relevance", false), QuerySyntax.parse("Bacon").sortFor(null, null));
        assertEquals(new Sort("published", false), QuerySyntax.parse("kudos>10").sortFor(null, null),
                "no free text: newest first");
        assertEquals(new Sort("published", false), QuerySyntax.parse("").sortFor("relevance", null));
        assertEquals(new Sort("title", true), QuerySyntax.parse("").sortFor("title", null), "titles A to Z");
        assertEquals(new Sort("title", false), QuerySyntax.parse("sort:<title").sortFor(null, null));
    }

    @Test
    void mistakesAreExplained() {
        assertProblem("kudos>many", "kudos takes a whole number");
        assertProblem("kudos>1.5", "kudos takes a whole number");
        assertProblem("words:1-2-3", "words takes a whole number");
        assertProblem("words>", "words takes a whole number");
        assertProblem("sort:colour", "sort by one of relevance, published");
        assertProblem("sort:", "sort by one of");
        assertProblem("-sort:kudos", "a sort cannot be excluded");
        assertProblem("fandom:", "needs a value");
        assertProblem("fandom:\"\"", "needs a value");
        assertProblem("fandom: OR", "needs a value");
        assertTrue(QuerySyntax.parse("kudos>" + "9".repeat(900)).problems().isEmpty(), "a long number is only large");
        assertTrue(QuerySyntax.parse("sort:" + "x".repeat(900)).problems().get(0).length() < 200, "messages stay short");
    }

    @Test
    void unbalancedQuotesAndControlCharactersCannotBreakAnything() {
        assertEquals(List.of(new Term(List.of("fandoms"), "Star Wars", false)), QuerySyntax.parse("fandom:\"Star Wars").filters(),
                "an unclosed quote runs to the end");
        assertEquals("\"Bacon ipsum", QuerySyntax.parse("\"Bacon ipsum").text());
        Parsed controls = QuerySyntax.parse("Bacon\u0000ipsum\u001b[1m fandom:\"Star\nWars\"");
        assertEquals("Bacon ipsum [1m", controls.text());
        assertEquals(List.of(new Term(List.of("fandoms"), "Star Wars", false)), controls.filters());
        assertEquals("fandom>x {\"query\":{\"match_all\":{}}}", QuerySyntax.parse("fandom>x {\"query\":{\"match_all\":{}}}").text(),
                "neither a tag compared nor JSON is syntax");
    }

    /**
     * Whatever is typed: no exception; filters only on the fixed fields with plain values; sort keys from the list;
     * and the free text left over holds nothing the syntax would read again.
     */
    @Test
    void anyInputReadsSafely() {
        Set<String> fields = Stream.concat(Stream.of("wordCount", "chapterCount", "creators.keyword", "language"),
                Stream.concat(ALL_TAG_FIELDS.stream(), io.ficmirror.contract.Stats.COUNTERS.stream().map(c -> "engagement." + c)))
                .collect(Collectors.toSet());
        List<String> pieces = List.of("kudos", "words", "fandom", "tag", "sort", "favs", "NOT", "OR", "AND", "|", "-",
                ":", ">", "<", "=", ">=", "\"", " ", "  ", "\t", "\u0000", "\u202e", "1", "1,000", "99999999999", "-", ",",
                ".", "(", ")", "*", "~", "\\", "{", "}", "Star Wars", "é", "\uD83D\uDE00", "kudos>", "sort:>", "fandom:\"",
                "sort:kudos", "sort:<words", "kudos>10", "words:1000-5000", "fandom:\"X Y\"", "tag:angst");
        Random random = new Random(20261124);
        int[] seen = new int[3]; // filters, sorts, problems: the inputs must reach every branch
        for (int run = 0; run < 20_000; run++) {
            StringBuilder query = new StringBuilder();
            int length = random.nextInt(run % 100 == 0 ? 400 : 12);
            for (int i = 0; i < length; i++) {
                query.append(random.nextInt(5) == 0 ? String.valueOf((char) random.nextInt(0x3000))
                        : pieces.get(random.nextInt(pieces.size()))).append(random.nextBoolean() ? " " : "");
            }
            String typed = query.toString();
            Parsed parsed = QuerySyntax.parse(typed);
            seen[0] += parsed.filters().size();
            seen[1] += parsed.sort() == null ? 0 : 1;
            seen[2] += parsed.problems().size();
            assertTrue(parsed.text().codePoints().noneMatch(Character::isISOControl), typed);
            for (QuerySyntax.Filter filter : parsed.filters()) {
                if (filter instanceof Range range) {
                    assertTrue(fields.contains(range.field()), typed);
                    assertTrue(range.matchesNothing() || range.min() >= 0 && range.max() <= MAX, typed);
                } else {
                    Term term = (Term) filter;
                    assertTrue(fields.containsAll(term.fields()), typed);
                    assertFalse(term.value().isBlank() || term.value().contains("\"") || !term.value().equals(term.value().strip()), typed);
                    assertTrue(term.value().codePoints().noneMatch(Character::isISOControl), typed);
                }
            }
            if (parsed.sort() != null) {
                assertTrue(SearchRequest.SORTS.contains(parsed.sort().key()), typed);
            }
            Parsed again = QuerySyntax.parse(parsed.text());
            assertEquals(parsed.text(), again.text(), typed);
            assertEquals(List.of(), again.filters(), typed);
            assertNull(again.sort(), typed);
        }
        assertTrue(seen[0] > 1000 && seen[1] > 100 && seen[2] > 1000, java.util.Arrays.toString(seen));
    }

    private static void assertProblem(String query, String message) {
        List<String> problems = QuerySyntax.parse(query).problems();
        assertEquals(1, problems.size(), query + ": " + problems);
        assertTrue(problems.get(0).contains(message), problems.get(0));
    }

    private static Range range(String query) {
        List<QuerySyntax.Filter> filters = QuerySyntax.parse(query).filters();
        assertEquals(1, filters.size(), query);
        return (Range) filters.get(0);
    }

    private static String fieldOf(String query) {
        return range(query).field();
    }
}
