package io.ficmirror.parser;

import com.fasterxml.jackson.databind.JsonNode;
import io.ficmirror.contract.Chapter;
import io.ficmirror.contract.PartOf;
import io.ficmirror.contract.SeriesPart;
import io.ficmirror.contract.Work;
import io.ficmirror.parser.text.Words;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiPredicate;

/** Checks a parse outcome against an expected-fields JSON with the rules of shared/seeds/README.md. */
final class ExpectedFields {
    private static final Map<String, String> ALIASES = Map.of("au", "alternate universe", "futurefic", "future fic",
            "future-fic", "future fic", "xover", "crossover", "x-over", "crossover", "clex", "clark kent/lex luthor");

    private ExpectedFields() {
    }

    /** The misses, one line each; empty when every expected field holds. */
    static List<String> misses(JsonNode expected, ParseOutcome outcome) {
        List<String> misses = new ArrayList<>();
        boolean rejectedExpected = expected.path("rejected").asBoolean(false);
        if (outcome instanceof ParseOutcome.Rejected r) {
            if (!rejectedExpected) {
                misses.add("rejected (" + r.kind() + ": " + r.reason() + ") but a work was expected");
            }
            return misses;
        }
        Work w = ((ParseOutcome.Parsed) outcome).work();
        if (rejectedExpected) {
            misses.add("expected a rejection, got a work titled " + w.title());
            return misses;
        }
        expected.fields().forEachRemaining(e -> {
            if (!check(e.getKey(), e.getValue(), w)) {
                misses.add(e.getKey() + ": expected " + e.getValue() + " got " + produced(e.getKey(), w));
            }
        });
        return misses;
    }

    private static boolean check(String field, JsonNode exp, Work w) {
        return switch (field) {
            case "note" -> true;
            case "title" -> exp.isNull() ? w.title() == null || w.title().isBlank() : norm(exp.asText()).equals(norm(w.title()));
            case "authors" -> normList(exp).equals(w.authors().stream().map(ExpectedFields::norm).toList());
            case "betas" -> normList(exp).equals(w.betas().stream().map(ExpectedFields::norm).toList());
            case "fandomsInclude" -> includes(exp, w.fandoms(), ExpectedFields::fandomMatch);
            case "relationshipsInclude" -> includes(exp, w.relationships(), ExpectedFields::relationshipMatch);
            case "charactersInclude" -> includes(exp, w.characters(), ExpectedFields::namesMatch);
            case "tagsInclude" -> includes(exp, w.tags(), (e, p) -> canon(e).equals(canon(p)));
            case "warningsInclude" -> includes(exp, w.warnings(), (e, p) -> canon(e).equals(canon(p)));
            case "seriesInclude" -> includes(exp, w.series().stream().map(SeriesPart::title).toList(), (e, p) -> canon(e).equals(canon(p)));
            case "summary" -> norm(exp.asText()).equals(norm(w.summary()));
            case "disclaimer" -> norm(exp.asText()).equals(norm(w.disclaimer()));
            case "rating" -> norm(exp.asText()).equals(norm(w.rating()));
            case "notesContains" -> all(exp, x -> norm(w.notes()).contains(norm(x)));
            case "published" -> w.publishedAt() != null && w.publishedAt().toString().startsWith(exp.asText());
            case "language" -> norm(exp.asText()).equals(norm(w.language()));
            case "sourceFormat" -> exp.asText().equals(w.sourceFormat());
            case "wordCount" -> Math.abs(w.wordCount() - exp.asInt()) <= Math.max(5, 0.03 * exp.asInt());
            case "commentCount" -> w.commentCount() != null && w.commentCount() == exp.asInt();
            case "chapters" -> chaptersMatch(exp, w.chapters());
            case "chapterWordCounts" -> chapterCountsMatch(exp, w.chapters());
            case "bodyStartsWith" -> stripMarks(norm(w.body()), true).startsWith(norm(exp.asText()));
            case "bodyEndsWith" -> stripMarks(norm(w.body()), false).endsWith(norm(exp.asText()));
            case "bodyExcludes" -> all(exp, x -> !norm(w.body()).contains(norm(x)));
            case "rejected" -> !exp.asBoolean();
            // project-only rules (not in shared/seeds/README.md)
            case "tagsExclude" -> all(exp, x -> w.tags().stream().noneMatch(t -> canon(t).equals(canon(x))));
            case "asWrittenInclude" -> asWrittenIncludes(exp, w);
            case "partOf" -> partOfMatches(exp, w.partOf());
            case "sourceUri" -> true; // an input: the URI the fixture test gives the document

            default -> throw new IllegalArgumentException("unknown expected field " + field);
        };
    }

    /** {"fandoms": ["SV"], ...}: each listed value is among the Work's asWritten values of that field. */
    private static boolean asWrittenIncludes(JsonNode exp, Work w) {
        boolean[] ok = {true};
        exp.fields().forEachRemaining(e -> {
            List<String> written = w.asWritten().getOrDefault(e.getKey(), List.of());
            ok[0] &= all(e.getValue(), x -> written.stream().anyMatch(v -> norm(v).equals(norm(x))));
        });
        return ok[0];
    }

    /** null: the Work has none; else key, number and total exactly, title as other text fields (null or absent: none). */
    private static boolean partOfMatches(JsonNode exp, PartOf p) {
        if (exp.isNull() || p == null) {
            return exp.isNull() && p == null;
        }
        JsonNode total = exp.path("total");
        JsonNode title = exp.path("title");
        return exp.path("key").asText().equals(p.key()) && exp.path("number").asInt() == p.number()
                && (absent(total) ? p.total() == null : p.total() != null && total.asInt() == p.total())
                && (absent(title) ? p.title() == null : norm(title.asText()).equals(norm(p.title())));
    }

    private static boolean absent(JsonNode value) {
        return value.isNull() || value.isMissingNode();
    }

    private static Object produced(String field, Work w) {
        return switch (field) {
            case "bodyStartsWith" -> w.body().substring(0, Math.min(80, w.body().length()));
            case "bodyEndsWith" -> w.body().substring(Math.max(0, w.body().length() - 80));
            case "wordCount" -> w.wordCount() + " (counted again: " + Words.count(w.body()) + ")";
            case "partOf", "title" -> "title " + w.title() + ", partOf " + w.partOf();
            default -> w;
        };
    }

    static String norm(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).replace('\u2019', '\'').replace('\u2018', '\'')
                .replace('\u201C', '"').replace('\u201D', '"');
        return n.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private static String canon(String s) {
        String n = norm(s);
        return ALIASES.getOrDefault(n, n);
    }

    private static List<String> normList(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(x -> out.add(norm(x.asText())));
        return out;
    }

    private static boolean all(JsonNode array, java.util.function.Predicate<String> test) {
        for (JsonNode x : array) {
            if (!test.test(x.asText())) {
                return false;
            }
        }
        return true;
    }

    private static boolean includes(JsonNode expected, List<String> produced, BiPredicate<String, String> match) {
        return all(expected, e -> produced.stream().anyMatch(p -> match.test(e, p)));
    }

    private static boolean namesMatch(String expected, String produced) {
        String e = canon(expected);
        String p = canon(produced);
        return e.equals(p) || !e.isEmpty() && !p.isEmpty() && e.split(" ")[0].equals(p.split(" ")[0]);
    }

    private static boolean fandomMatch(String expected, String produced) {
        String e = canon(expected);
        String p = canon(produced);
        return e.equals(p) || p.contains(e) || e.replaceAll("\\s*\\([^)]*\\)\\s*$", "").equals(p.replaceAll("\\s*\\([^)]*\\)\\s*$", ""));
    }

    private static boolean relationshipMatch(String expected, String produced) {
        String[] e = canon(expected).split("[/&]");
        String[] p = canon(produced).split("[/&]");
        if (e.length != p.length) {
            return false;
        }
        for (String side : e) {
            boolean found = false;
            for (String q : p) {
                found |= namesMatch(side.strip(), q.strip());
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private static boolean chaptersMatch(JsonNode exp, List<Chapter> chapters) {
        if (exp.size() != chapters.size()) {
            return false;
        }
        for (int i = 0; i < chapters.size(); i++) {
            String g = norm(chapters.get(i).title());
            String e = norm(exp.get(i).asText());
            if (g.isEmpty() || !(g.equals(e) || g.endsWith(e) || e.endsWith(g))) {
                return false;
            }
        }
        return true;
    }

    private static boolean chapterCountsMatch(JsonNode exp, List<Chapter> chapters) {
        if (exp.size() != chapters.size()) {
            return false;
        }
        for (int i = 0; i < chapters.size(); i++) {
            int e = exp.get(i).asInt();
            if (Math.abs(chapters.get(i).wordCount() - e) > Math.max(5, 0.03 * e)) {
                return false;
            }
        }
        return true;
    }

    private static String stripMarks(String body, boolean leading) {
        String marks = "*_# ";
        int start = 0;
        int end = body.length();
        if (leading) {
            while (start < end && marks.indexOf(body.charAt(start)) >= 0) {
                start++;
            }
        } else {
            while (end > start && marks.indexOf(body.charAt(end - 1)) >= 0) {
                end--;
            }
        }
        return body.substring(start, end);
    }
}
