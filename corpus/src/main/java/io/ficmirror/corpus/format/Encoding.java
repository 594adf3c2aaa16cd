package io.ficmirror.corpus.format;

import io.ficmirror.corpus.prose.ProseWriter;
import io.ficmirror.corpus.prose.Punctuation;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A finished document's bytes. Documents are built as Latin-1 strings holding {@link Punctuation} placeholders
 * (fast to build); here the placeholders become the real curly quotes and dashes, in the document's charset.
 */
final class Encoding {
    private Encoding() {
    }

    static byte[] utf8(String text) {
        int size = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c > 0xFF || c == ProseWriter.EMPHASIS_START || c == ProseWriter.EMPHASIS_END) {
                return encode(text, StandardCharsets.UTF_8);
            }
            size += c >= 0x80 ? 2 : Punctuation.isPlaceholder(c) ? 3 : 1;
        }
        byte[] out = new byte[size];
        int at = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                out[at++] = (byte) (0xC0 | c >> 6);
                out[at++] = (byte) (0x80 | c & 0x3F);
            } else if (Punctuation.isPlaceholder(c)) {
                char t = Punctuation.typographic(c);
                out[at++] = (byte) (0xE0 | t >> 12);
                out[at++] = (byte) (0x80 | t >> 6 & 0x3F);
                out[at++] = (byte) (0x80 | t & 0x3F);
            } else {
                out[at++] = (byte) c;
            }
        }
        return out;
    }

    /** The text in {@code charset}; a character it cannot hold is a bug in the generator, not a "?" in the corpus. */
    static byte[] encode(String text, Charset charset) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ProseWriter.EMPHASIS_START || text.charAt(i) == ProseWriter.EMPHASIS_END) {
                throw new IllegalStateException("an emphasis mark was left in a document");
            }
        }
        try {
            ByteBuffer bytes = charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(Punctuation.typographic(text)));
            byte[] out = new byte[bytes.remaining()];
            bytes.get(out);
            return out;
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("generated text does not fit " + charset + ": " + e.getMessage(), e);
        }
    }
}
