package io.ficmirror.corpus;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a written corpus holds ({@code corpus.json}).
 *
 * @param nearDuplicates documents that are a work's second, edited copy
 * @param kinds          documents and bytes per document kind, in {@link DocumentKind} order
 * @param words          the works' lengths in words (of their first copy): min, p10, p50, p90, p99, max, mean
 */
public record CorpusSummary(long seed, int works, long documents, long nearDuplicates, long bytes,
        Map<String, KindCount> kinds, Map<String, Long> words) {

    public record KindCount(long documents, long bytes) {
    }

    public String toJson() {
        Map<String, Object> kindMap = new LinkedHashMap<>();
        kinds.forEach((kind, c) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("documents", c.documents());
            m.put("bytes", c.bytes());
            kindMap.put(kind, m);
        });
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("seed", seed);
        root.put("works", works);
        root.put("documents", documents);
        root.put("nearDuplicates", nearDuplicates);
        root.put("bytes", bytes);
        root.put("kinds", kindMap);
        root.put("words", words);
        StringBuilder b = new StringBuilder(1024);
        Json.value(b, root);
        return b.append('\n').toString();
    }
}
