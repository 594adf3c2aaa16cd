package io.ficmirror.parser.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small string helpers shared by the readers. */
public final class Texts {
    private static final Pattern PUNCTUATION_ALONE = Pattern.compile("[\\p{P}\\s]*");

    private Texts() {
    }

    /**
     * The text without NUL and the other C0 control characters but tab, line feed, form feed and carriage return.
     * A text decoded as UTF-16 can hold them although its bytes passed the binary check; PostgreSQL refuses NUL in
     * text, and no reader sees the others.
     */
    public static String withoutControlCharacters(String s) {
        int first = -1;
        for (int i = 0; i < s.length(); i++) {
            if (isUnwantedControl(s.charAt(i))) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return s;
        }
        StringBuilder kept = new StringBuilder(s.length()).append(s, 0, first);
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isUnwantedControl(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    private static boolean isUnwantedControl(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r';
    }

    /** Lower case, accents removed, curly quotes straightened, spaces collapsed: for comparing keys and names. */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(n.length());
        boolean space = false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == '\u2019' || c == '\u2018') {
                c = '\'';
            }
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = b.length() > 0;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            b.append(Character.toLowerCase(c));
        }
        return b.toString();
    }

    /**
     * Splits on a literal separator as {@code String.split} would (trailing empty parts dropped) without going
     * through the regex engine.
     */
    public static String[] split(String text, String separator) {
        if (text.indexOf(separator) < 0) {
            return new String[] {text};
        }
        List<String> out = new ArrayList<>();
        int start = 0;
        int at;
        while ((at = text.indexOf(separator, start)) >= 0) {
            out.add(text.substring(start, at));
            start = at + separator.length();
        }
        out.add(text.substring(start));
        int n = out.size();
        while (n > 0 && out.get(n - 1).isEmpty()) {
            n--;
        }
        return out.subList(0, n).toArray(new String[0]);
    }

    /** Collapses runs of spaces and trims; null stays null, blank becomes null. */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.replace('\u00A0', ' ').replaceAll("[ \\t]+", " ").strip();
        return t.isEmpty() ? null : t;
    }

    public static String cleanOr(String s) {
        String c = clean(s);
        return c == null ? "" : c;
    }

    /** Strips emphasis markers and trailing punctuation that wraps a single value ("Smallville/X-Men." → "Smallville/X-Men"). */
    public static String trimValue(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        while (!t.isEmpty() && "*_~\"'".indexOf(t.charAt(0)) >= 0 && t.length() > 1 && t.charAt(t.length() - 1) == t.charAt(0)) {
            t = t.substring(1, t.length() - 1).strip();
        }
        while (!t.isEmpty() && ".;,:".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t.isEmpty() ? null : t;
    }

    /** Splits a multi-value header ("Pollyanna and Sylvie", "A, B & C", "x; y"). */
    public static List<String> splitList(String value, boolean splitAmpersand) {
        List<String> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        String v = value.replace(" and ", ",").replace(" And ", ",").replace(" et ", ",").replace(" y ", ",")
                .replace(" und ", ",").replace(";", ",");
        if (splitAmpersand) {
            v = v.replace("&", ",");
        }
        for (String part : v.split(",")) {
            String p = trimValue(part);
            if (p != null && !p.isBlank() && !isJunk(p)) {
                out.add(p);
            }
        }
        return out;
    }

    /** Placeholders authors leave in headers: "none", "to be added", "n/a", "various", punctuation alone. */
    /** A counter as sites print it ("1288", "1,288", " 4 "); null when the text is not a whole number that fits an int. */
    public static Integer count(String value) {
        if (value == null) {
            return null;
        }
        String digits = value.strip().replace(",", "").replace("\u00a0", "");
        if (digits.isEmpty() || digits.length() > 10 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        long number = Long.parseLong(digits);
        return number > Integer.MAX_VALUE ? null : (int) number;
    }

    public static boolean isJunk(String value) {
        String f = fold(value);
        return PUNCTUATION_ALONE.matcher(f).matches() || f.equals("none") || f.equals("n/a") || f.equals("na") || f.equals("tba")
                || f.equals("to be added") || f.startsWith("to be added") || f.equals("tbd") || f.equals("various")
                || f.equals("none yet") || f.equals("unknown") || f.equals("see notes")
                || f.equals("ninguno") || f.equals("aucun") || f.equals("keine");
    }

    public static boolean hasDialogue(String paragraph) {
        int quotes = 0;
        for (int i = 0; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            if (c == '"' || c == '\u201C' || c == '\u201D' || c == '\u00AB' || c == '\u00BB') {
                quotes++;
            }
        }
        return quotes >= 2;
    }

    public static String capitalizeWords(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean start = true;
        for (char c : s.toCharArray()) {
            b.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-' || c == '/';
        }
        return b.toString();
    }

    public static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
