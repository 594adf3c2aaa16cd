package io.ficmirror.corpus;

import io.ficmirror.corpus.prose.Punctuation;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the parser should report for one document, field by field, in the format of shared/tools/parse-eval
 * (see shared/seeds/README.md): only the fields the document really states. {@link Scorer} checks a parsed Work
 * against them with parse-eval's rules; {@link #toJson()} writes the file parse-eval reads.
 */
public final class ExpectedFields {
    /** Every field parse-eval scores, in the order they are written. */
    public static final List<String> FIELDS = List.of("title", "authors", "betas", "fandomsInclude",
            "relationshipsInclude", "charactersInclude", "tagsInclude", "warningsInclude", "seriesInclude", "rating",
            "summary", "disclaimer", "notesContains", "published", "language", "wordCount", "commentCount",
            "chapters", "chapterWordCounts", "bodyStartsWith", "bodyEndsWith", "bodyExcludes", "sourceFormat",
            "rejected");
    private static final Set<String> KNOWN = Set.copyOf(FIELDS);

    private final Map<String, Object> fields = new LinkedHashMap<>();

    /**
     * Sets a field. Values are strings, integers, booleans, lists of strings or integers, or null (only for
     * "title": the document names no title). Generated text is stored with its real punctuation.
     */
    public ExpectedFields put(String field, Object value) {
        if (!KNOWN.contains(field)) {
            throw new IllegalArgumentException("parse-eval does not score a field " + field);
        }
        if (value instanceof String text) {
            value = Punctuation.typographic(text);
        } else if (value instanceof List<?> list) {
            value = list.stream().map(x -> x instanceof String text ? Punctuation.typographic(text) : x).toList();
        }
        fields.put(field, value);
        return this;
    }

    public Object get(String field) {
        return fields.get(field);
    }

    public boolean has(String field) {
        return fields.containsKey(field);
    }

    /** The fields in the order they were set. */
    public Map<String, Object> asMap() {
        return Collections.unmodifiableMap(fields);
    }

    /** The JSON parse-eval reads: one field a line, in the order of {@link #FIELDS}. */
    public String toJson() {
        StringBuilder b = new StringBuilder(512);
        b.append("{\n");
        boolean first = true;
        for (String field : FIELDS) {
            if (!fields.containsKey(field)) {
                continue;
            }
            b.append(first ? "" : ",\n").append("  ");
            first = false;
            Json.string(b, field);
            b.append(": ");
            Json.value(b, fields.get(field));
        }
        return b.append("\n}\n").toString();
    }

    @Override
    public String toString() {
        return toJson();
    }
}
