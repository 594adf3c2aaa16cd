package io.ficmirror.efiction;

import java.io.Closeable;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where chapters' texts are kept until their story is assembled: texts stored in the dump (chapters, and stories'
 * summaries and notes) are spilled to a temporary file (a dump's text can be far larger than memory), texts an archive kept as files
 * ({@code STORIES_DIR/<author uid>/<chapter id>.txt}, eFiction's "store in files" setting) are read when needed.
 */
final class ChapterTexts implements Closeable {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final long MAX_FILE_BYTES = 32L << 20;

    /** Where one chapter's text was spilled: its offset and length in bytes. */
    record Spilled(long offset, int length) {
    }

    private final Path storiesDir;
    private Path spillFile;
    private RandomAccessFile spill;

    ChapterTexts(Path storiesDir) {
        this.storiesDir = storiesDir;
    }

    Spilled spill(String text) throws IOException {
        if (spill == null) {
            spillFile = Files.createTempFile("ficmirror-efiction-", ".chapters");
            spill = new RandomAccessFile(spillFile.toFile(), "rw");
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        long offset = spill.length();
        spill.seek(offset);
        spill.write(bytes);
        return new Spilled(offset, bytes.length);
    }

    /** The spilled text; null for null. */
    String read(Spilled spilled) throws IOException {
        if (spilled == null) {
            return null;
        }
        byte[] bytes = new byte[spilled.length()];
        spill.seek(spilled.offset());
        spill.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The chapter's file under the stories folder, or null when there is no folder. */
    Path fileOf(long authorUid, long chapterId) {
        return storiesDir == null ? null : storiesDir.resolve(Long.toString(authorUid)).resolve(chapterId + ".txt");
    }

    /**
     * A chapter file's text: UTF-8 when it is valid UTF-8 (its byte-order mark dropped), else Windows-1252, which is
     * what such archives' latin1 text really is. Null when the file is missing.
     */
    String readFile(Path file) throws IOException {
        if (file == null || !Files.isRegularFile(file)) {
            return null;
        }
        if (Files.size(file) > MAX_FILE_BYTES) {
            throw new IOException(file + " has more than " + MAX_FILE_BYTES + " bytes; not a chapter");
        }
        return decode(Files.readAllBytes(file));
    }

    static String decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    @Override
    public void close() throws IOException {
        if (spill != null) {
            spill.close();
            Files.deleteIfExists(spillFile);
        }
    }
}
