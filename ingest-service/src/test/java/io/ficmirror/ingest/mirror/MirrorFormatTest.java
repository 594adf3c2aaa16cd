package io.ficmirror.ingest.mirror;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MirrorFormatTest {

    @Test
    void aStoryWithUstarWhereTarKeepsItsMagicIsStillAStory(@TempDir Path dir) throws Exception {
        // "Mustard" puts "ustar" at offset 257, where a tar header keeps its magic
        String opening = "x".repeat(256) + "Mustard and its characters belong to their owners.\n\n";
        Path story = dir.resolve("story.txt");
        Files.writeString(story, opening + "It was a cold morning in the harbour.\n".repeat(40), StandardCharsets.UTF_8);
        assertEquals("ustar", Files.readString(story).substring(257, 262));
        assertEquals(MirrorFormat.SINGLE_DOCUMENT, MirrorFormat.of(story));
    }

    @Test
    void aRealTarIsATarWhateverItsName(@TempDir Path dir) throws Exception {
        Path tar = dir.resolve("mirror.bin");
        try (TarArchiveOutputStream out = new TarArchiveOutputStream(Files.newOutputStream(tar))) {
            byte[] content = "Title: A Story\n\nIt was a cold morning.\n".getBytes(StandardCharsets.UTF_8);
            TarArchiveEntry entry = new TarArchiveEntry("story.txt");
            entry.setSize(content.length);
            out.putArchiveEntry(entry);
            out.write(content);
            out.closeArchiveEntry();
        }
        assertEquals(MirrorFormat.TAR, MirrorFormat.of(tar));
    }
}
