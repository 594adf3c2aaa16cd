package io.ficmirror.corpus;

import io.ficmirror.contract.Chapter;
import io.ficmirror.contract.SeriesPart;
import io.ficmirror.contract.Work;
import io.ficmirror.corpus.prose.Words;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

/**
 * A port of shared/tools/parse-eval's scoring, rule for rule: the same normalisation (NFKC, curly quotes
 * straightened, whitespace collapsed, lower case), the same aliases and the same matching of names, pairings,
 * fandoms, counts and text. A rejected document is scored as parse-eval sees its JSON line,
 * {@code {"rejected": {...}}}: every other field absent.
 */
public final class Scorer {
    private static final Map<String, String> ALIASES = Map.ofEntries(Map.entry("au", "alternate universe"),
            Map.entry("alternate universe", "alternate universe"), Map.entry("futurefic", "future fic"),
            Map.entry("future fic", "future fic"), Map.entry("future-fic", "future fic"), Map.entry("xover", "crossover"),
            Map.entry("crossover", "crossover"), Map.entry("x-over", "crossover"), Map.entry("clex", "clark kent/lex luthor"),
            Map.entry("character death", "major character death"),
            Map.entry("major character death", "major character death"));
    private static final Pattern QUALIFIER = Pattern.compile("\\s*\\([^)]*\\)\\s*$");

    /** One field the parser got wrong: what was expected and what it produced. */
    public record Miss(String field, Object expected, Object produced) {
        @Override
        public String toString() {
            return field + ": expected " + clip(expected, 120) + " got " + clip(produced, 160);
        }

        private static String clip(Object o, int max) {
            String s = String.valueOf(o);
            return s.length() > max ? s.substring(0, max) + "..." : s;
        }
    }

    private Scorer() {
    }

    /** The fields of {@code expected} that {@code work} misses; {@code work} null means the parser rejected it. */
    public static List<Miss> misses(ExpectedFields expected, Work work) {
        List<Miss> misses = new ArrayList<>();
        for (Map.Entry<String, Object> e : expected.asMap().entrySet()) {
            if (!check(e.getKey(), e.getValue(), work)) {
                misses.add(new Miss(e.getKey(), e.getValue(), produced(e.getKey(), work)));
            }
        }
        return misses;
    }

    /** parse-eval's check of one field; a field it does not know is a miss, as there. */
    public static boolean check(String field, Object exp, Work w) {
        return switch (field) {
            case "title" -> exp == null ? isBlank(w == null ? null : w.title()) : eq(norm(title(w)), norm((String) exp));
            case "authors" -> normAll(w == null ? List.of() : w.authors()).equals(normAll(strings(exp)));
            case "betas" -> normAll(w == null ? List.of() : w.betas()).equals(normAll(strings(exp)));
            case "fandomsInclude" -> includes(strings(exp), w == null ? List.of() : w.fandoms(), Scorer::fandomMatch);
            case "relationshipsInclude" -> includes(strings(exp), w == null ? List.of() : w.relationships(),
                    Scorer::relationshipMatch);
            case "charactersInclude" -> includes(strings(exp), w == null ? List.of() : w.characters(), Scorer::namesMatch);
            case "tagsInclude" -> includes(strings(exp), w == null ? List.of() : w.tags(), (e, p) -> eq(canon(e), canon(p)));
            case "warningsInclude" -> includes(strings(exp), w == null ? List.of() : w.warnings(),
                    (e, p) -> eq(canon(e), canon(p)));
            case "seriesInclude" -> includes(strings(exp), w == null ? List.of()
                    : w.series().stream().map(SeriesPart::title).toList(), (e, p) -> eq(canon(e), canon(p)));
            case "summary" -> eq(norm(w == null ? null : w.summary()), norm((String) exp));
            case "disclaimer" -> eq(norm(w == null ? null : w.disclaimer()), norm((String) exp));
            case "rating" -> eq(norm(w == null ? null : w.rating()), norm((String) exp));
            case "notesContains" -> {
                String notes = orEmpty(norm(w == null ? null : w.notes()));
                yield strings(exp).stream().allMatch(x -> notes.contains(orEmpty(norm(x))));
            }
            case "published" -> {
                String got = w == null || w.publishedAt() == null ? "" : w.publishedAt().toString();
                yield got.substring(0, Math.min(10, got.length())).equals(exp);
            }
            case "language" -> eq(norm(w == null ? null : w.language()), norm((String) exp));
            case "wordCount" -> {
                int e = ((Number) exp).intValue();
                yield Math.abs((w == null ? 0 : w.wordCount()) - e) <= Math.max(5, 0.03 * e);
            }
            case "commentCount" -> w != null && w.commentCount() != null && w.commentCount() == ((Number) exp).intValue();
            case "chapters" -> chaptersMatch(strings(exp), w == null ? List.of() : w.chapters());
            case "chapterWordCounts" -> chapterCountsMatch(numbers(exp), w == null ? List.of() : w.chapters());
            case "bodyStartsWith" -> lstrip(orEmpty(norm(body(w)))).startsWith(orEmpty(norm((String) exp)));
            case "bodyEndsWith" -> rstrip(orEmpty(norm(body(w)))).endsWith(orEmpty(norm((String) exp)));
            case "bodyExcludes" -> {
                String body = orEmpty(norm(body(w)));
                yield strings(exp).stream().noneMatch(x -> body.contains(orEmpty(norm(x))));
            }
            case "rejected" -> (w == null) == Boolean.TRUE.equals(exp);
            case "sourceFormat" -> eq(norm(w == null ? null : w.sourceFormat()), norm((String) exp));
            default -> false;
        };
    }

    /** parse-eval's norm: NFKC, curly quotes straightened, whitespace runs to one space, trimmed, lower case. */
    static String norm(String s) {
        if (s == null) {
            return null;
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).replace('\u2019', '\'').replace('\u2018', '\'')
                .replace('\u201C', '"').replace('\u201D', '"');
        StringBuilder b = new StringBuilder(n.length());
        boolean space = false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Words.isSpace(c)) {
                space = true;
                continue;
            }
            if (space && b.length() > 0) {
                b.append(' ');
            }
            space = false;
            b.append(c);
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    private static String canon(String s) {
        String n = norm(s);
        return n == null ? null : ALIASES.getOrDefault(n, n);
    }

    private static boolean namesMatch(String expected, String produced) {
        String e = canon(expected);
        String p = canon(produced);
        if (eq(e, p)) {
            return true;
        }
        String[] et = tokens(e);
        String[] pt = tokens(p);
        return et.length > 0 && pt.length > 0 && et[0].equals(pt[0]);
    }

    private static boolean relationshipMatch(String expected, String produced) {
        String[] ep = orEmpty(canon(expected)).split("[/&]", -1);
        String[] pp = orEmpty(canon(produced)).split("[/&]", -1);
        if (ep.length != pp.length) {
            return false;
        }
        for (String a : ep) {
            boolean found = false;
            for (String b : pp) {
                found |= namesMatch(a.strip(), b.strip());
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private static boolean fandomMatch(String expected, String produced) {
        String e = orEmpty(canon(expected));
        String p = orEmpty(canon(produced));
        return e.equals(p) || p.contains(e)
                || QUALIFIER.matcher(e).replaceFirst("").equals(QUALIFIER.matcher(p).replaceFirst(""));
    }

    private static boolean chaptersMatch(List<String> expected, List<Chapter> chapters) {
        if (expected.size() != chapters.size()) {
            return false;
        }
        for (int i = 0; i < chapters.size(); i++) {
            String g = norm(chapters.get(i).title());
            String e = norm(expected.get(i));
            if (g == null || g.isEmpty() || !(g.equals(e) || g.endsWith(e) || e.endsWith(g))) {
                return false;
            }
        }
        return true;
    }

    private static boolean chapterCountsMatch(List<Integer> expected, List<Chapter> chapters) {
        if (expected.size() != chapters.size()) {
            return false;
        }
        for (int i = 0; i < chapters.size(); i++) {
            int e = expected.get(i);
            if (Math.abs(chapters.get(i).wordCount() - e) > Math.max(5, 0.03 * e)) {
                return false;
            }
        }
        return true;
    }

    private static boolean includes(List<String> expected, List<String> produced, BiPredicate<String, String> match) {
        for (String e : expected) {
            if (produced.stream().noneMatch(p -> match.test(e, p))) {
                return false;
            }
        }
        return true;
    }

    private static Object produced(String field, Work w) {
        if (w == null) {
            return "rejected";
        }
        return switch (field) {
            case "title" -> w.title();
            case "authors" -> w.authors();
            case "betas" -> w.betas();
            case "fandomsInclude" -> w.fandoms();
            case "relationshipsInclude" -> w.relationships();
            case "charactersInclude" -> w.characters();
            case "tagsInclude" -> w.tags();
            case "warningsInclude" -> w.warnings();
            case "seriesInclude" -> w.series();
            case "summary" -> w.summary();
            case "disclaimer" -> w.disclaimer();
            case "rating" -> w.rating();
            case "notesContains" -> w.notes();
            case "published" -> w.publishedAt();
            case "language" -> w.language();
            case "wordCount" -> w.wordCount();
            case "commentCount" -> w.commentCount();
            case "chapters" -> w.chapters().stream().map(Chapter::title).toList();
            case "chapterWordCounts" -> w.chapters().stream().map(Chapter::wordCount).toList();
            case "bodyStartsWith" -> w.body().substring(0, Math.min(60, w.body().length()));
            case "bodyEndsWith" -> w.body().substring(Math.max(0, w.body().length() - 60));
            case "bodyExcludes" -> "a body holding one of them";
            case "sourceFormat" -> w.sourceFormat();
            default -> "(not a parse-eval field)";
        };
    }

    private static String title(Work w) {
        return w == null ? null : w.title();
    }

    private static String body(Work w) {
        return w == null ? null : w.body();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isEmpty();
    }

    private static boolean eq(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String[] tokens(String s) {
        String t = orEmpty(s).strip();
        return t.isEmpty() ? new String[0] : t.split(" ");
    }

    /** Python's {@code s.lstrip("*_# ")}. */
    private static String lstrip(String s) {
        int i = 0;
        while (i < s.length() && "*_# ".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return s.substring(i);
    }

    private static String rstrip(String s) {
        int i = s.length();
        while (i > 0 && "*_# ".indexOf(s.charAt(i - 1)) >= 0) {
            i--;
        }
        return s.substring(0, i);
    }

    private static List<String> normAll(List<String> values) {
        List<String> out = new ArrayList<>(values.size());
        for (String v : values) {
            out.add(norm(v));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        return (List<String>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Integer> numbers(Object value) {
        return (List<Integer>) value;
    }
}
