package io.ficmirror.search.index;

import java.time.LocalDate;
import java.util.List;

/**
 * A search as readers and recommenders ask it. Every list filter requires each of its values (a work in both
 * fandoms for fandom=A&amp;fandom=B); {@code excludedWarnings} removes works carrying any of them.
 *
 * @param query user syntax: words, "quoted phrases", -excluded words, OR; blank for every work
 * @param sort  relevance, published, updated, words or title
 * @param after the {@code next} cursor of the previous page
 */
public record SearchRequest(String query, List<String> fandoms, List<String> relationships, List<String> characters,
        List<String> tags, List<String> ratings, List<String> warnings, List<String> excludedWarnings,
        List<String> categories, String language, String creator, Integer minWords, Integer maxWords,
        LocalDate publishedFrom, LocalDate publishedTo, LocalDate updatedFrom, LocalDate updatedTo, String sort,
        boolean ascending, int size, String after) {

    public static final List<String> SORTS = List.of("relevance", "published", "updated", "words", "title");

    public static SearchRequest words(String query, int size) {
        return new SearchRequest(query, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), null, null, null, null, null, null, null, null, "relevance", false, size, null);
    }
}
