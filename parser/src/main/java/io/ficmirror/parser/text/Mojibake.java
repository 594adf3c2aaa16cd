package io.ficmirror.parser.text;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Repairs UTF-8 that was once read as Windows-1252 or Latin-1 and saved again ("â€”" for an em dash, "Ã©" for é).
 * Works run by run: a run of characters that could be such bytes is re-encoded and kept only if it forms valid UTF-8,
 * so correctly written accents next to broken ones are left alone.
 */
public final class Mojibake {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** The characters above Latin-1 that Windows-1252 encodes in one byte (0x80-0x9F), and that byte. */
    private static final Map<Character, Integer> WINDOWS_1252_HIGH = windows1252High();
    /** "Ã", "Â", "â", "Å", "Ç": how the lead bytes of two- and three-byte UTF-8 sequences read in Windows-1252. */
    private static final char[] BROKEN_PAIR_LEADS = {'\u00C3', '\u00C2', '\u00E2', '\u00C5', '\u00C7'};

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

    /** A lead character of a broken pair followed by one that stood for a UTF-8 continuation byte. */
    private static boolean looksBroken(String text) {
        for (char lead : BROKEN_PAIR_LEADS) {
            for (int i = text.indexOf(lead); i >= 0 && i + 1 < text.length(); i = text.indexOf(lead, i + 1)) {
                int next = byteOf(text.charAt(i + 1));
                if (next >= 0x80 && next <= 0xBF) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The byte a character stands for when it came from Windows-1252 or Latin-1 decoding, or -1. */
    static int byteOf(char c) {
        if (c < 0x100) {
            return c;
        }
        return WINDOWS_1252_HIGH.getOrDefault(c, -1);
    }

    private static Map<Character, Integer> windows1252High() {
        Map<Character, Integer> map = new HashMap<>();
        for (int b = 0x80; b < 0x100; b++) {
            String s = new String(new byte[] {(byte) b}, WINDOWS_1252);
            char c = s.charAt(0);
            if (s.length() == 1 && c >= 0x100 && String.valueOf(c).getBytes(WINDOWS_1252)[0] == (byte) b) {
                map.put(c, b);
            }
        }
        return Map.copyOf(map);
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
