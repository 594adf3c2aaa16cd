package io.ficmirror.search.index;

import java.util.List;
import java.util.Map;

/**
 * @param facets for each tag type (fandom, relationship, character, freeform, rating, warning, category) and
 *               language, the most frequent values among all matching works, with their counts
 * @param next   cursor of the following page (pass it as {@code after}); null on the last page
 */
public record SearchResult(String query, long total, List<SearchHit> hits, Map<String, List<FacetValue>> facets,
        String next) {

    public record FacetValue(String value, long count) {
    }
}
