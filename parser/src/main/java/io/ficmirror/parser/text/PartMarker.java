package io.ficmirror.parser.text;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part marker at the end of a title or subject line: "Story (Part 2/5)", "Story, part 2 of 5", "Story [2/5]",
 * "Story - Chapter 3: The Storm", "Story: Part II (Kirk/Spock, R)". A series position ("Part 2 of the Lighthouse
 * series") is not one, and neither is a number a title holds ("Ranma 1/2", "Story Part 2"): without brackets or a
 * separator before it, a marker needs both the word (part, chapter) and a total ("Story Part 2 of 5").
 * Applied to titles only (at most {@link #MAX_TITLE} characters); every pattern is bounded.
 */
public final class PartMarker {
    static final int MAX_TITLE = 300;
    private static final List<String> WORDS = List.of("one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen", "twenty");
    private static final String END = "(?![\\p{L}\\d])";
    private static final String NUM = "(\\d{1,3}|" + String.join("|", WORDS) + ")" + END;
    private static final String NUM_OR_ROMAN = "(\\d{1,3}|" + String.join("|", WORDS)
            + "|(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3}))" + END;
    private static final String TOTAL = "(\\d{1,3}|" + String.join("|", WORDS) + "|\\?)";
    private static final String WORD = "(?:part|pt|chapter|chap|ch|partie|parte|teil|chapitre|cap[ií]tulo|kapitel)"
            + "(?:\\.\\s*|\\s+)";
    private static final String OF = "(?:\\s*/\\s*|\\s+(?:of|de|sur|von)\\s+)";
    private static final String SEPARATOR = "\\s*[,:;|~\\-–—]\\s*";
    /** After the marker: the part's own title ("- The Storm"), then bracketed extras ("(Kirk/Spock, R)"). */
    private static final String TRAIL = "(?:\\s*[:.\\-–—]\\s*([^()\\[\\]]{1,100}?))?(?:\\s*[(\\[][^()\\[\\]]{0,80}[)\\]])*"
            + "\\s*[.!]?$";
    private static final List<Pattern> MARKERS = List.of(
            marker("\\s*[(\\[{]\\s*(?:" + WORD + ")?" + NUM + OF + TOTAL + "\\s*[)\\]}]"),
            marker("\\s*[(\\[{]\\s*" + WORD + NUM_OR_ROMAN + "()\\s*[)\\]}]"),
            marker(SEPARATOR + WORD + NUM_OR_ROMAN + "(?:" + OF + TOTAL + ")?"),
            marker(SEPARATOR + NUM + "\\s*/\\s*" + TOTAL),
            marker("\\s+" + WORD + NUM + OF + TOTAL));
    private static final Pattern NUMBERING = Pattern.compile("(?i)^\\s*(?:" + WORD + NUM_OR_ROMAN + "\\s*[.:\\-–—]?"
            + "|\\d{1,4}\\s*(?:[.:)]|$))\\s*");

    /**
     * @param base   the title without the marker
     * @param number the part's number as written (may be 0 or more than the total: the caller judges)
     * @param total  how many parts the marker says there are; null when it does not say, or says "?"
     * @param title  the part's own title, written after the marker; null when there is none
     */
    public record Marker(String base, int number, Integer total, String title) {
    }

    private PartMarker() {
    }

    private static Pattern marker(String marker) {
        return Pattern.compile("(?i)" + marker + TRAIL);
    }

    /** The marker ending {@code title}, or null when it has none. */
    public static Marker parse(String title) {
        if (title == null || title.length() > MAX_TITLE) {
            return null;
        }
        Matcher best = null;
        for (Pattern p : MARKERS) {
            Matcher m = p.matcher(title);
            if (m.find() && (best == null || m.start() < best.start())) {
                best = m;
            }
        }
        if (best == null) {
            return null;
        }
        String base = stripEnd(title.substring(0, best.start()));
        if (base.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return null;
        }
        String total = best.group(2);
        return new Marker(base, number(best.group(1)), total == null || total.isEmpty() || total.equals("?")
                ? null : number(total), ownTitle(best.group(3)));
    }

    /**
     * A chapter's own title without its numbering ("2. The Storm", "Chapter 2: The Storm" → "The Storm"); null when
     * nothing but numbering is left ("Chapter 2", "2. Chapter 2").
     */
    public static String ownTitle(String heading) {
        String t = Texts.clean(heading);
        for (int i = 0; i < 2 && t != null; i++) {
            Matcher m = NUMBERING.matcher(t);
            if (m.lookingAt() && m.end() > 0) {
                t = Texts.clean(t.substring(m.end()));
            }
        }
        return t;
    }

    /** True when two titles read the same (case, spacing and punctuation aside). */
    public static boolean sameTitle(String a, String b) {
        return a != null && b != null && TextStoryReader.sameText(a, b);
    }

    private static int number(String written) {
        String w = written.toLowerCase(Locale.ROOT);
        if (Character.isDigit(w.charAt(0))) {
            return Integer.parseInt(w);
        }
        int word = WORDS.indexOf(w);
        return word >= 0 ? word + 1 : ChapterSplitter.roman(w.toUpperCase(Locale.ROOT));
    }

    private static String stripEnd(String s) {
        int end = s.length();
        while (end > 0 && (Character.isWhitespace(s.charAt(end - 1)) || ",;:-–—~|".indexOf(s.charAt(end - 1)) >= 0)) {
            end--;
        }
        return s.substring(0, end);
    }
}
