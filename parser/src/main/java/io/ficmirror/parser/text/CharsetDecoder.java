package io.ficmirror.parser.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns bytes into text. Order of evidence: a byte-order mark, then the declared charset (upload or archive), then a
 * charset named in the document itself (HTML meta, XML declaration), then "is it valid UTF-8?", then Mozilla's
 * statistical detector (juniversalchardet) for other scripts' legacy encodings (Shift_JIS, GB18030, Big5, EUC-KR,
 * Windows-1251, KOI8-R...), else Windows-1252 (a superset of ISO-8859-1 for every printable character, and what old
 * Western archives actually wrote).
 */
public final class CharsetDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]{1,40})|<\\?xml[^>]{0,100}?encoding\\s*=\\s*[\"']([A-Za-z0-9_.:-]{1,40})");
    private static final int SNIFF_BYTES = 4096;
    private static final int DETECT_BYTES = 64 * 1024;

    private CharsetDecoder() {
    }

    public record Decoded(String text, String charset) {
    }

    public static Decoded decode(byte[] bytes, String declared) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), "UTF-8");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        Charset named = charsetOrNull(declared);
        if (named == null) {
            named = sniffDeclaration(bytes);
        }
        // A declaration of UTF-8 on bytes that are not UTF-8 is the commonest lie in old archives; check it.
        if (named != null && !named.equals(StandardCharsets.UTF_8) && !isSingleByteLatin(named)) {
            return new Decoded(new String(bytes, named), named.name());
        }
        String utf8 = strictUtf8(bytes);
        if (utf8 != null) {
            return new Decoded(utf8, "UTF-8");
        }
        Charset guessed = detected(bytes);
        if (guessed != null) {
            String text = new String(bytes, guessed);
            if (plausible(text, guessed)) {
                return new Decoded(text, guessed.name());
            }
        }
        return new Decoded(new String(bytes, WINDOWS_1252), "windows-1252");
    }

    /** What the statistical detector makes of the opening bytes, unless it is UTF-8 or a Western single-byte set. */
    private static Charset detected(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, Math.min(bytes.length, DETECT_BYTES));
        detector.dataEnd();
        Charset c = charsetOrNull(detector.getDetectedCharset());
        if (c == null || c.equals(StandardCharsets.UTF_8) || isSingleByteLatin(c)) {
            return null;
        }
        return c;
    }

    /**
     * A single-byte guess for another script is wrong when its letters turn up inside Latin words (Western text with
     * a few accents read as Cyrillic, say): real Cyrillic or Greek words are written in their own script throughout.
     */
    private static boolean plausible(String text, Charset guessed) {
        if (guessed.newEncoder().maxBytesPerChar() > 1.0f) {
            return true;
        }
        int mixed = 0;
        int foreign = 0;
        boolean latin = false;
        boolean other = false;
        int limit = Math.min(text.length(), DETECT_BYTES);
        for (int i = 0; i <= limit; i++) {
            char c = i < limit ? text.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                if (c < 0x250) {
                    latin = true;
                } else {
                    other = true;
                }
                continue;
            }
            if (other) {
                foreign++;
                if (latin) {
                    mixed++;
                }
            }
            latin = false;
            other = false;
        }
        return foreign > 0 && mixed * 5 < foreign;
    }

    private static boolean isSingleByteLatin(Charset c) {
        String n = c.name().toLowerCase(Locale.ROOT);
        return n.equals("iso-8859-1") || n.equals("windows-1252") || n.equals("us-ascii") || n.equals("iso-8859-15");
    }

    private static Charset sniffDeclaration(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        // only where a tag opens: the case-insensitive alternation is not tried at every character
        Matcher m = META_CHARSET.matcher(head);
        for (int lt = head.indexOf('<'); lt >= 0; lt = head.indexOf('<', lt + 1)) {
            if (head.regionMatches(true, lt + 1, "meta", 0, 4) || head.startsWith("?xml", lt + 1)) {
                m.region(lt, head.length());
                if (m.lookingAt()) {
                    return charsetOrNull(m.group(1) != null ? m.group(1) : m.group(2));
                }
            }
        }
        return null;
    }

    private static Charset charsetOrNull(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(name.strip());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String strictUtf8(byte[] bytes) {
        // The JDK's replacing decoder is much faster than a reporting one; a result without U+FFFD was valid UTF-8.
        String fast = new String(bytes, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return fast;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
