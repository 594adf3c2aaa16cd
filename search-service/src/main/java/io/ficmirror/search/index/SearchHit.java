package io.ficmirror.search.index;

import java.util.List;

/**
 * @param documentIds the documents the work was found in
 * @param authors     the work's creators
 * @param snippet     a passage matching the query, HTML-escaped, with matches wrapped in {@code <mark>}; null if none
 */
public record SearchHit(String workId, List<String> documentIds, String title, List<String> authors,
        List<String> fandoms, String rating, int wordCount, String snippet, Double score) {
}
