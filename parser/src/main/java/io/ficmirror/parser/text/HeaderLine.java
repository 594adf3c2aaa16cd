package io.ficmirror.parser.text;

/** One "Key: value" line of a header block. */
public record HeaderLine(HeaderKey key, String label, String value) {
    private static final int MAX_LABEL = 40;
    /**
     * Longer values are not a header's: a line "Title: ..." that runs on for pages is the story itself written on one
     * line (or a file without line breaks), and taking it as a title would leave the story empty.
     */
    private static final int MAX_SHORT_VALUE = 1_000;
    private static final int MAX_PROSE_VALUE = 20_000;

    /** Parses "Title: X", "TITLE: X", "A/N - X", "**Rating:** X"; null when the line is not a known header. */
    public static HeaderLine parse(String line) {
        String s = line.strip();
        if (s.startsWith("(") && s.endsWith(")")) {
            s = s.substring(1, s.length() - 1).strip();
        }
        int limit = Math.min(s.length(), MAX_LABEL + 4);
        for (int i = 1; i < limit; i++) {
            char c = s.charAt(i);
            if (c == ':' || c == '\uFF1A') {
                HeaderKey key = HeaderKey.of(s.substring(0, i));
                if (key != null) {
                    String value = s.substring(i + 1).replaceFirst("^[*_\\s]+", "").strip();
                    return value.length() > maxValue(key) ? null : new HeaderLine(key, s.substring(0, i).strip(), value);
                }
                return null;
            }
        }
        // "A/N - text" and "A/N text" without a colon
        String f = Texts.fold(s);
        if (s.length() <= 20) {
            // a bare section label on its own line, as AO3 text downloads write "Summary" and "Notes"
            HeaderKey bare = HeaderKey.of(s);
            if (bare == HeaderKey.SUMMARY || bare == HeaderKey.NOTES) {
                return new HeaderLine(bare, s, "");
            }
        }
        if ((f.startsWith("a/n ") || f.startsWith("a/n-") || f.startsWith("a/n.")) && s.length() <= MAX_PROSE_VALUE) {
            String value = s.substring(3).replaceFirst("^[\\s.\\-–—]+", "");
            return new HeaderLine(HeaderKey.NOTES, "A/N", value);
        }
        return null;
    }

    private static int maxValue(HeaderKey key) {
        return switch (key) {
            case SUMMARY, NOTES, DISCLAIMER, SPOILERS, WARNINGS, TAGS, CHARACTERS, PAIRING -> MAX_PROSE_VALUE;
            default -> MAX_SHORT_VALUE;
        };
    }
}
