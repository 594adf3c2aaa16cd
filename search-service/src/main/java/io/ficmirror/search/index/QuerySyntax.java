package io.ficmirror.search.index;

import io.ficmirror.contract.Stats;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the AO3-like operators out of a search text; the rest is free text for simple_query_string, as typed.
 * Keys are read in any case; a key with nothing after it takes the next word or "phrase" ({@code fandom: "X"}).
 * <ul>
 * <li>{@code words>1000}, {@code words<1000}, {@code words>=1000}, {@code words<=1000}, {@code words:1000},
 *     {@code words:1000-5000} (also {@code words:>1000}) for words, chapters, kudos, hits, bookmarks, comments,
 *     favourites (favorites, favs), follows and reviews. Thousands may be grouped: {@code kudos>1,000}. A counter's
 *     filter leaves out the works whose sources do not show that counter.</li>
 * <li>{@code fandom:"Star Wars"}, and so relationship, character, freeform, rating, warning, category, language,
 *     author (or creator), and tag for a tag of any type: the exact name in any case; one word needs no quotes.</li>
 * <li>{@code sort:kudos} sorts by a key of {@link SearchRequest#SORTS} in its usual order: most, longest or newest
 *     first, titles A to Z. As on AO3 (its QueryCleaner), {@code sort:>kudos} is ascending, fewest first, and
 *     {@code sort:<kudos} descending. The last sort: counts, and a sort parameter wins over it (see
 *     {@link Parsed#sortFor}).</li>
 * <li>{@code NOT x} and {@code -x} exclude a word, "phrase" or filter. {@code OR} (or {@code |}) joins words and
 *     phrases; filters always all apply. {@code AND} is what a space means anyway.</li>
 * </ul>
 * Reading never fails: control characters count as spaces, an unclosed quote runs to the end, an operator with
 * nothing to act on is dropped, and what can only be a mistake ({@code kudos>many}, {@code sort:colour}, OR next to
 * a filter) is listed in {@link Parsed#problems()} for the caller to refuse. User text only becomes free text, a
 * term's value or a number; the fields come from the tables here.
 */
public final class QuerySyntax {
    private static final Pattern OPERATOR = Pattern.compile("([A-Za-z]+)(>=|<=|[:=<>])(.*)", Pattern.DOTALL);
    private static final Pattern LEADING_COMPARISON = Pattern.compile(">=|<=|>|<");
    private static final String NUMBER = "\\d{1,3}(?:[,.]\\d{3})+|\\d+";
    private static final Pattern SINGLE = Pattern.compile(NUMBER);
    private static final Pattern SPAN = Pattern.compile("(" + NUMBER + ")-(" + NUMBER + ")");
    /** More than any count can be. */
    private static final long BEYOND_ANY_COUNT = Integer.MAX_VALUE + 1L;

    private static final Map<String, String> NUMBER_FIELDS = numberFields();
    private static final Map<String, List<String>> TAG_FIELDS = tagFields();
    private static final Map<String, String> SORT_KEYS = sortKeys();

    /** A filter on a fixed field; an excluded one keeps the works it does not match. */
    public sealed interface Filter permits Range, Term {
        boolean excluded();
    }

    /** Values from {@code min} to {@code max}, both included and within 0 and the int range; none when min > max. */
    public record Range(String field, long min, long max, boolean excluded) implements Filter {
        public Range {
            min = Math.max(0, min);
            max = Math.min(Integer.MAX_VALUE, max);
        }

        public boolean matchesNothing() {
            return min > max;
        }
    }

    /** The exact value, in any case, in any of the fields. */
    public record Term(List<String> fields, String value, boolean excluded) implements Filter {
    }

    /** A key of {@link SearchRequest#SORTS}; {@code ascending} null for the key's usual order. */
    public record Sort(String key, Boolean ascending) {
    }

    /**
     * @param text     what is left for simple_query_string; blank when nothing is
     * @param sort     the query's last sort:, null without one
     * @param problems what could not be read, one message each; the query should be refused when there are any
     */
    public record Parsed(String text, List<Filter> filters, Sort sort, List<String> problems) {
        public boolean hasText() {
            return !text.isBlank();
        }

        /**
         * The sort to apply, with its direction. A sort parameter wins over the query's sort:, because a page's sort
         * menu chosen after the query was typed is the later choice; the order parameter applies unless the query's
         * sort: gives its own direction. Without either: best match for free text, else newest first.
         */
        public Sort sortFor(String sortParameter, Boolean ascendingParameter) {
            Sort asked = sortParameter != null ? new Sort(sortParameter, null)
                    : sort != null ? sort : new Sort("relevance", null);
            String key = asked.key().equals("relevance") && !hasText() ? "published" : asked.key();
            Boolean ascending = asked.ascending() != null ? asked.ascending() : ascendingParameter;
            return new Sort(key, ascending != null ? ascending : key.equals("title"));
        }
    }

    private final List<String> tokens;
    private int position;
    private final List<String> words = new ArrayList<>();
    private final List<Filter> filters = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private Sort sort;
    private boolean notPending;
    private boolean orPending;
    private boolean afterFilter;

    private QuerySyntax(List<String> tokens) {
        this.tokens = tokens;
    }

    public static Parsed parse(String query) {
        QuerySyntax reader = new QuerySyntax(tokens(query == null ? "" : query));
        reader.readAll();
        return new Parsed(String.join(" ", reader.words), List.copyOf(reader.filters), reader.sort,
                List.copyOf(reader.problems));
    }

    /** Splits at spaces outside double quotes; control characters are spaces, an unclosed quote runs to the end. */
    static List<String> tokens(String query) {
        List<String> tokens = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < query.length(); i++) {
            char c = Character.isISOControl(query.charAt(i)) ? ' ' : query.charAt(i);
            quoted ^= c == '"';
            if (quoted || !Character.isWhitespace(c)) {
                token.append(c);
            } else if (!token.isEmpty()) {
                tokens.add(token.toString());
                token.setLength(0);
            }
        }
        if (!token.isEmpty()) {
            tokens.add(token.toString());
        }
        return tokens;
    }

    private void readAll() {
        while (position < tokens.size()) {
            String token = tokens.get(position++);
            switch (token) {
                case "NOT" -> notPending = true;
                case "OR", "|", "||" -> or();
                case "AND" -> { }
                default -> read(token);
            }
        }
    }

    private void or() {
        if (afterFilter) {
            problems.add(orNextToAFilter());
        }
        orPending = !words.isEmpty() && !afterFilter;
    }

    private void read(String token) {
        boolean dashed = token.length() > 1 && token.charAt(0) == '-';
        String core = dashed ? token.substring(1) : token;
        boolean excluded = dashed || notPending;
        notPending = false;
        Matcher operator = OPERATOR.matcher(core);
        String key = operator.matches() ? operator.group(1).toLowerCase(Locale.ROOT) : "";
        if (key.equals("sort")) {
            readSort(token, Comparison.of(operator.group(2), operator.group(3)), excluded);
        } else if (NUMBER_FIELDS.containsKey(key)) {
            readRange(token, key, Comparison.of(operator.group(2), operator.group(3)), excluded);
        } else if (TAG_FIELDS.containsKey(key) && isColon(operator.group(2))) {
            readTerm(token, key, operator.group(3), excluded);
        } else {
            word(excluded ? "-" + core : core);
        }
    }

    private void readSort(String token, Comparison comparison, boolean excluded) {
        String key = SORT_KEYS.get(valueOrNextToken(comparison.rest()).toLowerCase(Locale.ROOT));
        if (key == null) {
            problems.add(shortened(token) + ": sort by one of " + String.join(", ", SearchRequest.SORTS));
        } else if (excluded) {
            problems.add(shortened(token) + ": a sort cannot be excluded; sort:>" + key + " sorts ascending");
        } else {
            String direction = comparison.operator();
            sort = new Sort(key, direction.contains(">") ? Boolean.TRUE : direction.contains("<") ? Boolean.FALSE : null);
            filterOrSortRead();
        }
    }

    private void readRange(String token, String key, Comparison comparison, boolean excluded) {
        String field = NUMBER_FIELDS.get(key);
        String number = valueOrNextToken(comparison.rest());
        Matcher span = SPAN.matcher(number);
        if (isColon(comparison.operator()) && span.matches()) {
            long from = count(span.group(1));
            long to = count(span.group(2));
            filter(new Range(field, Math.min(from, to), Math.max(from, to), excluded));
        } else if (SINGLE.matcher(number).matches()) {
            long n = count(number);
            filter(switch (comparison.operator()) {
                case ">" -> new Range(field, n + 1, Integer.MAX_VALUE, excluded);
                case ">=" -> new Range(field, n, Integer.MAX_VALUE, excluded);
                case "<" -> new Range(field, 0, n - 1, excluded);
                case "<=" -> new Range(field, 0, n, excluded);
                default -> new Range(field, n, n, excluded);
            });
        } else {
            problems.add(shortened(token) + ": " + key + " takes a whole number, as in " + key + ">10, " + key
                    + "<10, " + key + ":10 or " + key + ":10-50");
        }
    }

    private void readTerm(String token, String key, String value, boolean excluded) {
        String name = valueOrNextToken(value);
        if (name.isEmpty()) {
            problems.add(shortened(token) + " needs a value, as in " + key + ":\"Star Wars\"");
        } else {
            filter(new Term(TAG_FIELDS.get(key), name, excluded));
        }
    }

    private void filter(Filter filter) {
        filters.add(filter);
        filterOrSortRead();
    }

    /** Neither a filter nor a sort can stand next to OR. */
    private void filterOrSortRead() {
        if (orPending) {
            problems.add(orNextToAFilter());
            orPending = false;
        }
        afterFilter = true;
    }

    private void word(String word) {
        if (orPending) {
            words.add("|");
            orPending = false;
        }
        words.add(word);
        afterFilter = false;
    }

    /** The value without its quotes, spaces evened out; when there is none, the next token's, unless an operator. */
    private String valueOrNextToken(String value) {
        String plain = plain(value);
        if (plain.isEmpty() && position < tokens.size() && !List.of("NOT", "OR", "|", "||", "AND").contains(tokens.get(position))) {
            return plain(tokens.get(position++));
        }
        return plain;
    }

    private static String plain(String value) {
        return value.replace("\"", " ").replaceAll("\\s+", " ").strip();
    }

    /** A number without its grouping; anything past the int range is more than any count. */
    private static long count(String grouped) {
        String digits = grouped.replaceAll("[,.]", "").replaceFirst("^0+(?=\\d)", "");
        return digits.length() > 10 ? BEYOND_ANY_COUNT : Math.min(Long.parseLong(digits), BEYOND_ANY_COUNT);
    }

    private static boolean isColon(String operator) {
        return operator.equals(":") || operator.equals("=");
    }

    private static String orNextToAFilter() {
        return "OR joins words and phrases, not filters or sort: (every filter applies)";
    }

    private static String shortened(String token) {
        return token.length() > 40 ? token.substring(0, 40) + "…" : token;
    }

    /** A comparison either in the operator ({@code kudos>10}) or just after a colon ({@code kudos:>10}). */
    private record Comparison(String operator, String rest) {
        static Comparison of(String operator, String value) {
            Matcher leading = LEADING_COMPARISON.matcher(value);
            return isColon(operator) && leading.lookingAt() ? new Comparison(leading.group(), value.substring(leading.end()))
                    : new Comparison(operator, value);
        }
    }

    private static Map<String, String> numberFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("words", "wordCount");
        fields.put("chapters", "chapterCount");
        Stats.COUNTERS.forEach(counter -> fields.put(counter, WorkDocument.engagementField(counter)));
        fields.put("favorites", WorkDocument.engagementField("favourites"));
        fields.put("favs", WorkDocument.engagementField("favourites"));
        return fields;
    }

    /** The facets' names, a name for the creators, and tag for every tag type. */
    private static Map<String, List<String>> tagFields() {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        WorkSearch.FACETS.forEach((name, field) -> fields.put(name, List.of(field)));
        fields.put("author", List.of("creators.keyword"));
        fields.put("creator", List.of("creators.keyword"));
        fields.put("tag", WorkSearch.FACETS.entrySet().stream().filter(facet -> !facet.getKey().equals("language"))
                .map(Map.Entry::getValue).toList());
        return fields;
    }

    private static Map<String, String> sortKeys() {
        Map<String, String> keys = new LinkedHashMap<>();
        SearchRequest.SORTS.forEach(key -> keys.put(key, key));
        keys.put("favorites", "favourites");
        keys.put("favs", "favourites");
        return keys;
    }
}
