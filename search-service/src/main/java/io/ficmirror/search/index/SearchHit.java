package io.ficmirror.search.index;

import java.util.List;
import java.util.Map;

/**
 * @param documentIds the documents the work was found in
 * @param authors     the work's creators
 * @param engagement  the readers' counters the sources show (kudos, hits, bookmarks, comments, favourites, follows,
 *                    reviews), by name; a counter no source shows is absent, so the map may be empty
 * @param snippet     a passage matching the query, HTML-escaped, with matches wrapped in {@code <mark>}; null if none
 */
public record SearchHit(String workId, List<String> documentIds, String title, List<String> authors,
        List<String> fandoms, String rating, int wordCount, Map<String, Integer> engagement, String snippet,
        Double score) {
}
