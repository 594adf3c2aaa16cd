package io.ficmirror.corpus.format;

import io.ficmirror.corpus.prose.ProseWriter;

/** Escaping for generated pages; emphasis marks become {@code <em>} (punctuation placeholders stay until encoding). */
final class Html {
    private Html() {
    }

    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        escape(b, text);
        return b.toString();
    }

    static void escape(StringBuilder b, String text) {
        int run = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case ProseWriter.EMPHASIS_START -> "<em>";
                case ProseWriter.EMPHASIS_END -> "</em>";
                default -> null;
            };
            if (replacement != null) {
                b.append(text, run, i).append(replacement);
                run = i + 1;
            }
        }
        b.append(text, run, text.length());
    }

    /** A lower-case slug for URLs and file names ("The Salt Road" → "the-salt-road"). */
    static String slug(String text, char separator) {
        String folded = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = Character.toLowerCase(folded.charAt(i));
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                b.append(c);
            } else if ((c == ' ' || c == '-' || c == '_') && b.length() > 0 && b.charAt(b.length() - 1) != separator) {
                b.append(separator);
            }
        }
        int end = Math.min(b.length(), 40);
        while (end > 0 && b.charAt(end - 1) == separator) {
            end--;
        }
        return end == 0 ? "untitled" : b.substring(0, end);
    }
}
