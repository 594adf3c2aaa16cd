package io.ficmirror.search.index;

import io.ficmirror.contract.Stats;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * A search as readers and recommenders ask it. Every list filter requires each of its values (a work in both
 * fandoms for fandom=A&amp;fandom=B); {@code excludedWarnings} removes works carrying any of them.
 *
 * @param query     user syntax, read by {@link QuerySyntax}: words, "quoted phrases", -excluded words, OR, and
 *                  filters such as kudos&gt;10 or fandom:"Star Wars"; blank for every work
 * @param sort      one of {@link #SORTS}; null to take the query's sort: or the default
 * @param ascending the order asked for; null for the sort's own (most first, titles A to Z)
 * @param after     the {@code next} cursor of the previous page
 */
public record SearchRequest(String query, List<String> fandoms, List<String> relationships, List<String> characters,
        List<String> tags, List<String> ratings, List<String> warnings, List<String> excludedWarnings,
        List<String> categories, String language, String creator, Integer minWords, Integer maxWords,
        LocalDate publishedFrom, LocalDate publishedTo, LocalDate updatedFrom, LocalDate updatedTo, String sort,
        Boolean ascending, int size, String after) {

    /** Best match, the dates, length and title, then the readers' counters. */
    public static final List<String> SORTS = Stream.concat(
            Stream.of("relevance", "published", "updated", "words", "title"), Stats.COUNTERS.stream()).toList();

    public static SearchRequest words(String query, int size) {
        return new SearchRequest(query, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), null, null, null, null, null, null, null, null, null, null, size, null);
    }
}
