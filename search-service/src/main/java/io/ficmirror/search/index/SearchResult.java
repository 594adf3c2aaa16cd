package io.ficmirror.search.index;

import java.util.List;

public record SearchResult(String query, long total, List<SearchHit> hits) {
}
