package io.ficmirror.parser.text;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Repairs UTF-8 that was once read as Windows-1252 or Latin-1 and saved again ("â€”" for an em dash, "Ã©" for é).
 * Works run by run: a run of characters that could be such bytes is re-encoded and kept only if it forms valid UTF-8,
 * so correctly written accents next to broken ones are left alone.
 */
public final class Mojibake {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Mojibake() {
    }

    public static String repair(String text) {
        if (!looksBroken(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c >= 0xC2 && c <= 0xEF) {
                int end = i + 1;
                while (end < text.length() && end - i < 64 && byteOf(text.charAt(end)) >= 0x80) {
                    end++;
                }
                String fixed = tryDecode(text, i, end);
                if (fixed != null) {
                    out.append(fixed);
                    i = end;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static boolean looksBroken(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '\u00C3' || c == '\u00C2' || c == '\u00E2' || c == '\u00C5' || c == '\u00C7')
                    && byteOf(text.charAt(i + 1)) >= 0x80 && byteOf(text.charAt(i + 1)) <= 0xBF) {
                return true;
            }
        }
        return false;
    }

    /** The byte a character stands for when it came from Windows-1252 or Latin-1 decoding, or -1. */
    private static int byteOf(char c) {
        if (c < 0x100) {
            return c;
        }
        byte[] b = String.valueOf(c).getBytes(WINDOWS_1252);
        return b.length == 1 && b[0] != '?' ? b[0] & 0xFF : -1;
    }

    private static String tryDecode(String text, int start, int end) {
        byte[] bytes = new byte[end - start];
        for (int k = start; k < end; k++) {
            int b = byteOf(text.charAt(k));
            if (b < 0) {
                return null;
            }
            bytes[k - start] = (byte) b;
        }
        // Decode the longest valid UTF-8 prefix that covers the whole run.
        java.nio.charset.CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder();
        try {
            String s = dec.decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return s.chars().allMatch(ch -> ch >= 0x80 || ch == ' ') ? s : null;
        } catch (java.nio.charset.CharacterCodingException e) {
            return null;
        }
    }
}
