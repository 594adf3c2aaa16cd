package io.ficmirror.cli.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnpackerTest {

    @Test
    void keepsTheExecutableBitOfScripts(@TempDir Path temp) throws IOException {
        Path zip = temp.resolve("dist.zip");
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(zip)) {
            add(out, "es/bin/elasticsearch", 0755, "#!/bin/sh");
            add(out, "es/config/jvm.options", 0644, "-Xmx1g");
        }

        Unpacker.unzip(zip, temp.resolve("out"));

        assertTrue(Files.isExecutable(temp.resolve("out/es/bin/elasticsearch")));
        assertFalse(Files.isExecutable(temp.resolve("out/es/config/jvm.options")));
        assertEquals("-Xmx1g", Files.readString(temp.resolve("out/es/config/jvm.options")));
    }

    @Test
    void refusesEntriesThatWouldLandOutsideTheTarget(@TempDir Path temp) throws IOException {
        Path zip = temp.resolve("evil.zip");
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(zip)) {
            add(out, "../escaped.txt", 0644, "gotcha");
        }

        IOException error = assertThrows(IOException.class, () -> Unpacker.unzip(zip, Files.createDirectory(temp.resolve("out"))));

        assertTrue(error.getMessage().contains("would land outside"), error.getMessage());
        assertFalse(Files.exists(temp.resolve("escaped.txt")));
    }

    private static void add(ZipArchiveOutputStream out, String name, int mode, String content) throws IOException {
        ZipArchiveEntry entry = new ZipArchiveEntry(name);
        entry.setUnixMode(mode);
        out.putArchiveEntry(entry);
        ((OutputStream) out).write(content.getBytes(StandardCharsets.UTF_8));
        out.closeArchiveEntry();
    }
}
