package io.ficmirror.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MirrorFilesTest {

    @Test
    void aFolderIsTheArchiveAndPathsAreRelativeToItInNameOrder(@TempDir Path temp) throws IOException {
        Path mirror = Files.createDirectories(temp.resolve("sv-flashfic"));
        Files.createDirectories(mirror.resolve("stories/2004"));
        Files.writeString(mirror.resolve("stories/2004/b.txt"), "b");
        Files.writeString(mirror.resolve("a.html"), "a");
        Files.writeString(mirror.resolve(".DS_Store"), "x");
        Files.createDirectories(mirror.resolve(".git"));
        Files.writeString(mirror.resolve(".git/config"), "x");

        List<MirrorFiles.MirrorFile> files = MirrorFiles.collect(List.of(mirror));

        assertEquals(List.of("a.html", "stories/2004/b.txt"), files.stream().map(MirrorFiles.MirrorFile::path).toList());
        assertEquals(List.of("sv-flashfic", "sv-flashfic"), files.stream().map(MirrorFiles.MirrorFile::archive).toList());
    }

    @Test
    void aSingleFileBelongsToTheFolderItIsIn(@TempDir Path temp) throws IOException {
        Path file = Files.writeString(Files.createDirectories(temp.resolve("lists")).resolve("post.txt"), "x");

        MirrorFiles.MirrorFile only = MirrorFiles.collect(List.of(file)).get(0);

        assertEquals("lists", only.archive());
        assertEquals("post.txt", only.path());
    }

    @Test
    void aMissingPathIsAnError(@TempDir Path temp) {
        IOException error = assertThrows(IOException.class, () -> MirrorFiles.collect(List.of(temp.resolve("nope"))));
        assertEquals(temp.resolve("nope") + " is neither a file nor a folder", error.getMessage());
    }
}
