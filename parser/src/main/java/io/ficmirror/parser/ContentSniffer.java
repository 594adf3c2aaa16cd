package io.ficmirror.parser;

import java.util.Locale;
import java.util.Set;

/** Decides from the declared media type and the first bytes whether a document can be a story at all. */
final class ContentSniffer {
    private static final Set<String> TEXT_TYPES = Set.of("text/html", "text/plain", "application/xhtml+xml",
            "message/rfc822", "text/enriched", "text/x-mail", "application/xml", "text/xml");
    private static final int SNIFF = 8192;

    private ContentSniffer() {
    }

    /** The reason a media type is not a readable document, or null. */
    static String unsupportedMediaType(String mediaType) {
        if (mediaType == null || mediaType.isBlank()) {
            return null;
        }
        int parameters = mediaType.indexOf(';');
        String type = (parameters < 0 ? mediaType : mediaType.substring(0, parameters)).strip().toLowerCase(Locale.ROOT);
        if (TEXT_TYPES.contains(type) || type.equals(MediaTypes.OCTET_STREAM)) {
            return null;
        }
        return "media type " + type + " is not a story document (expected text/html or text/plain)";
    }

    /** True when the bytes are not text: NUL bytes (outside UTF-16 with a BOM), or many control characters. */
    static boolean isBinary(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF);
        if (n >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            return false;
        }
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
                control++;
            }
        }
        return n > 0 && control * 20 > n;
    }

    static boolean looksLikeHtml(String mediaType, String text) {
        String head = text.length() > 2048 ? text.substring(0, 2048) : text;
        String lower = head.toLowerCase(Locale.ROOT);
        if (mediaType != null && (mediaType.startsWith("text/html") || mediaType.startsWith("application/xhtml"))) {
            return lower.contains("<") ;
        }
        return lower.contains("<html") || lower.contains("<!doctype html") || lower.contains("<body")
                || lower.contains("<head") || (lower.contains("<p>") && lower.contains("</p>")) || hasBreakTag(lower);
    }

    /** A {@code <br>}, {@code <br/>} or {@code <br class=...>} tag; not "<brian@example.org>" in a mail header. */
    private static boolean hasBreakTag(String lower) {
        for (int at = lower.indexOf("<br"); at >= 0; at = lower.indexOf("<br", at + 3)) {
            char next = at + 3 < lower.length() ? lower.charAt(at + 3) : '>';
            if (next == '>' || next == '/' || Character.isWhitespace(next)) {
                return true;
            }
        }
        return false;
    }
}
