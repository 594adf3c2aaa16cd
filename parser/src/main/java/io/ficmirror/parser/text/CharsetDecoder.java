package io.ficmirror.parser.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns bytes into text. Order of evidence: a byte-order mark, then the declared charset (upload or archive), then a
 * charset named in the document itself (HTML meta, XML declaration), then "is it valid UTF-8?", else Windows-1252
 * (a superset of ISO-8859-1 for every printable character, and what old Western archives actually wrote).
 */
public final class CharsetDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]{1,40})|<\\?xml[^>]{0,100}?encoding\\s*=\\s*[\"']([A-Za-z0-9_.:-]{1,40})");
    private static final int SNIFF_BYTES = 4096;

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
        return new Decoded(new String(bytes, WINDOWS_1252), "windows-1252");
    }

    private static boolean isSingleByteLatin(Charset c) {
        String n = c.name().toLowerCase(Locale.ROOT);
        return n.equals("iso-8859-1") || n.equals("windows-1252") || n.equals("us-ascii") || n.equals("iso-8859-15");
    }

    private static Charset sniffDeclaration(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (m.find()) {
            return charsetOrNull(m.group(1) != null ? m.group(1) : m.group(2));
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
