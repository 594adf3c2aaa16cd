package io.ficmirror.ingest.mirror;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Walks a mirror (a folder, zip, tar, tar.gz, WARC, ARC or mbox, or one document) as a stream, handing every entry to the
 * handler: archives are never held in memory, only one document at a time, and never more than the size limit of it.
 */
public final class MirrorReader {
    private static final long BOMB_MIN_BYTES = 1L << 20;

    private final MirrorLimits limits;

    public MirrorReader(MirrorLimits limits) {
        this.limits = limits;
    }

    /** Reads the mirror at {@code path}; entry paths are relative to it (a single file is named by its file name). */
    public void read(Path path, EntryHandler handler) throws IOException {
        read(path, Files.isDirectory(path) ? "" : path.getFileName().toString(), 0, handler);
    }

    private void read(Path path, String name, int depth, EntryHandler handler) throws IOException {
        MirrorFormat format = MirrorFormat.of(path);
        if (depth > 0 && format == MirrorFormat.FOLDER) {
            throw new IllegalStateException("folders are only read at the top");
        }
        try {
            switch (format) {
                case FOLDER -> readFolder(path, handler, depth);
                case ZIP -> readZip(path, name, handler);
                case TAR -> readTar(new BufferedInputStream(Files.newInputStream(path)), name, handler);
                case TAR_GZIP -> readTar(new GzipCompressorInputStream(new BufferedInputStream(Files.newInputStream(path)), true),
                        name, handler);
                case WARC -> readWarc(path, name, handler);
                case ARC -> readArc(new BufferedInputStream(Files.newInputStream(path)), name, handler);
                case ARC_GZIP -> readArc(new BufferedInputStream(new java.util.zip.GZIPInputStream(
                        new BufferedInputStream(Files.newInputStream(path)))), name, handler);
                case MBOX -> readMbox(path, name, handler);
                case SINGLE_DOCUMENT -> readFile(path, name, handler);
            }
        } catch (CorruptArchive e) {
            handler.accept(new MirrorEntry.Unreadable(e.where, "corrupt-archive", e.getMessage()));
        }
    }

    private void readFolder(Path folder, EntryHandler handler, int depth) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).filter(file -> !hidden(folder.relativize(file))).sorted().toList();
        }
        for (Path file : files) {
            String relative = folder.relativize(file).toString().replace('\\', '/');
            if (!Files.isReadable(file)) {
                handler.accept(new MirrorEntry.Unreadable(relative, "unreadable", "the file cannot be read (permissions)"));
                continue;
            }
            MirrorFormat format = MirrorFormat.of(file);
            if (format != MirrorFormat.SINGLE_DOCUMENT && depth < limits.maxNesting()) {
                read(file, relative, depth + 1, handler);
            } else {
                readFile(file, relative, handler);
            }
        }
    }

    private void readFile(Path file, String path, EntryHandler handler) throws IOException {
        long size = Files.size(file);
        String mediaType = DocumentKinds.mediaTypeOf(path, null);
        String notADocument = DocumentKinds.whyNotADocument(mediaType);
        if (notADocument != null) {
            handler.accept(new MirrorEntry.Skipped(path, notADocument));
        } else if (size > limits.maxDocumentBytes()) {
            handler.accept(tooLarge(path, size));
        } else {
            handler.accept(new MirrorEntry.Document(path, mediaType, null, Files.readAllBytes(file)));
        }
    }

    private void readZip(Path zip, String name, EntryHandler handler) throws IOException {
        long expanded = 0;
        ZipFile opened;
        try {
            opened = ZipFile.builder().setPath(zip).get();
        } catch (IOException e) {
            throw new CorruptArchive(name, "not a readable zip archive: " + e.getMessage());
        }
        try (ZipFile archive = opened) {
            Enumeration<ZipArchiveEntry> entries = archive.getEntriesInPhysicalOrder();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry entry = entries.nextElement();
                if (entry.isDirectory()) {
                    continue;
                }
                String path = name + "!/" + entry.getName();
                if (unsafe(entry.getName())) {
                    handler.accept(unsafePath(path));
                    continue;
                }
                long size = entry.getSize();
                long compressed = entry.getCompressedSize();
                if (size > BOMB_MIN_BYTES && compressed > 0 && size / compressed > limits.maxCompressionRatio()) {
                    handler.accept(new MirrorEntry.Unreadable(path, "zip-bomb", "compressed %d:1 (%d bytes from %d), beyond the limit of %d:1"
                            .formatted(size / compressed, size, compressed, limits.maxCompressionRatio())));
                    continue;
                }
                try (InputStream in = archive.getInputStream(entry)) {
                    expanded += emit(path, size, in, handler);
                } catch (IOException e) {
                    handler.accept(new MirrorEntry.Unreadable(path, "corrupt-archive", "this entry cannot be read: " + e.getMessage()));
                }
                if (expanded > limits.maxExpandedBytes()) {
                    throw new CorruptArchive(name, "the archive expands beyond " + limits.maxExpandedBytes()
                            + " bytes; the rest of it was not read");
                }
            }
        }
    }

    private void readTar(InputStream raw, String name, EntryHandler handler) throws IOException {
        long expanded = 0;
        try (TarArchiveInputStream tar = new TarArchiveInputStream(raw)) {
            ArchiveEntry entry;
            while ((entry = nextTarEntry(tar, name)) != null) {
                if (entry.isDirectory() || !tar.canReadEntryData(entry)) {
                    continue;
                }
                String path = name + "!/" + entry.getName();
                if (unsafe(entry.getName())) {
                    handler.accept(unsafePath(path));
                    continue;
                }
                try {
                    expanded += emit(path, entry.getSize(), tar, handler);
                } catch (IOException e) {
                    throw new CorruptArchive(path, "the archive is damaged here and cannot be read further: " + e.getMessage());
                }
                if (expanded > limits.maxExpandedBytes()) {
                    throw new CorruptArchive(name, "the archive expands beyond " + limits.maxExpandedBytes()
                            + " bytes; the rest of it was not read");
                }
            }
        }
    }

    private static ArchiveEntry nextTarEntry(TarArchiveInputStream tar, String name) {
        try {
            return tar.getNextEntry();
        } catch (IOException e) {
            throw new CorruptArchive(name, "the tar archive is damaged and cannot be read further: " + e.getMessage());
        }
    }

    /** Hands over one entry's bytes (or why it has none) and returns how many bytes were read. */
    private long emit(String path, long declaredSize, InputStream in, EntryHandler handler) throws IOException {
        String mediaType = DocumentKinds.mediaTypeOf(path, null);
        String notADocument = DocumentKinds.whyNotADocument(mediaType);
        if (notADocument != null) {
            handler.accept(new MirrorEntry.Skipped(path, notADocument));
            return 0;
        }
        if (declaredSize > limits.maxDocumentBytes()) {
            handler.accept(tooLarge(path, declaredSize));
            return 0;
        }
        byte[] content = readAtMost(in, limits.maxDocumentBytes());
        if (content == null) {
            handler.accept(tooLarge(path, -1));
            return limits.maxDocumentBytes();
        }
        handler.accept(new MirrorEntry.Document(path, mediaType, null, content));
        return content.length;
    }

    private void readWarc(Path file, String name, EntryHandler handler) throws IOException {
        try (WarcReader warc = new WarcReader(file)) {
            for (WarcRecord record : warc) {
                if (record instanceof WarcResponse response) {
                    String uri = response.target();
                    HttpResponse http;
                    try {
                        http = response.http();
                    } catch (IOException e) {
                        handler.accept(new MirrorEntry.Unreadable(uri, "corrupt-archive", "the HTTP response cannot be read: " + e.getMessage()));
                        continue;
                    }
                    if (http.status() < 200 || http.status() > 299) {
                        handler.accept(new MirrorEntry.Skipped(uri, "HTTP status " + http.status() + ", not a page"));
                        continue;
                    }
                    warcPayload(uri, http.contentType(), http.body(), handler);
                } else if (record instanceof WarcResource resource) {
                    warcPayload(resource.target(), resource.contentType(), resource.body(), handler);
                } else {
                    handler.accept(new MirrorEntry.Skipped(name + "#" + record.id(), "WARC " + record.type() + " record"));
                }
            }
        } catch (org.netpreserve.jwarc.ParsingException | java.io.UncheckedIOException e) {
            throw new CorruptArchive(name, "the WARC file is damaged and cannot be read further: " + e.getMessage());
        }
    }

    private void warcPayload(String uri, MediaType type, MessageBody body, EntryHandler handler) throws IOException {
        String mediaType = type == null ? null : type.type() + "/" + type.subtype();
        String charset = type == null ? null : type.parameters().get("charset");
        mediaType = DocumentKinds.mediaTypeOf(uri, "application/octet-stream".equals(mediaType) ? null : mediaType);
        String notADocument = DocumentKinds.whyNotADocument(mediaType);
        if (notADocument != null) {
            handler.accept(new MirrorEntry.Skipped(uri, notADocument));
            return;
        }
        byte[] content = readAtMost(body.stream(), limits.maxDocumentBytes());
        handler.accept(content == null ? tooLarge(uri, -1) : new MirrorEntry.Document(uri, mediaType, charset, content));
    }

    private void readArc(InputStream raw, String name, EntryHandler handler) throws IOException {
        try (InputStream in = raw) {
            ArcReader arc = new ArcReader(in, limits.maxDocumentBytes());
            while (true) {
                ArcReader.Capture capture;
                try {
                    capture = arc.next();
                } catch (IOException e) {
                    throw new CorruptArchive(name, "the ARC file is damaged and cannot be read further: " + e.getMessage());
                }
                if (capture == null) {
                    return;
                }
                String mediaType = DocumentKinds.mediaTypeOf(capture.uri(), baseType(capture.contentType()));
                String notADocument = DocumentKinds.whyNotADocument(mediaType);
                if (capture.status() != 0 && (capture.status() < 200 || capture.status() > 299)) {
                    handler.accept(new MirrorEntry.Skipped(capture.uri(), "HTTP status " + capture.status() + ", not a page"));
                } else if (notADocument != null) {
                    handler.accept(new MirrorEntry.Skipped(capture.uri(), notADocument));
                } else if (capture.tooLarge()) {
                    handler.accept(tooLarge(capture.uri(), -1));
                } else {
                    handler.accept(new MirrorEntry.Document(capture.uri(), mediaType, charsetOf(capture.contentType()), capture.body()));
                }
            }
        }
    }

    private static String baseType(String contentType) {
        if (contentType == null || contentType.isBlank() || contentType.equals("-")) {
            return null;
        }
        String base = contentType.split(";")[0].strip().toLowerCase(java.util.Locale.ROOT);
        return base.equals("application/octet-stream") || base.equals("unk") ? null : base;
    }

    private static String charsetOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.split("=", 2);
            if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
                return pair[1].strip().replace("\"", "");
            }
        }
        return null;
    }

    /** An mbox holds messages one after another, each starting at a line "From ..."; each message is a document. */
    private void readMbox(Path file, String name, EntryHandler handler) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            MboxSplitter splitter = new MboxSplitter(in, limits.maxDocumentBytes());
            int number = 0;
            MboxSplitter.Message message;
            while ((message = splitter.next()) != null) {
                String path = name + "#" + (++number);
                handler.accept(message.truncated() ? tooLarge(path, -1)
                        : new MirrorEntry.Document(path, "message/rfc822", null, message.content()));
            }
        }
    }

    private MirrorEntry tooLarge(String path, long size) {
        String reason = size >= 0
                ? "the document has %d bytes, more than the limit of %d".formatted(size, limits.maxDocumentBytes())
                : "the document is larger than the limit of %d bytes".formatted(limits.maxDocumentBytes());
        return new MirrorEntry.Unreadable(path, "too-large", reason);
    }

    private static MirrorEntry unsafePath(String path) {
        return new MirrorEntry.Unreadable(path, "unsafe-path", "the entry's path leaves the archive (absolute or with ..); not read");
    }

    /** Null when the stream holds more than {@code limit} bytes; never reads more than that into memory. */
    public static byte[] readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) != -1) {
            total += read;
            if (total > limit) {
                return null;
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    static boolean unsafe(String entryName) {
        String name = entryName.replace('\\', '/');
        if (name.startsWith("/") || name.matches("^[A-Za-z]:.*")) {
            return true;
        }
        List<String> parts = new ArrayList<>(List.of(name.split("/")));
        return parts.contains("..");
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** The rest of an archive cannot be read; reported as one entry for the archive, and the import goes on. */
    private static final class CorruptArchive extends RuntimeException {
        final String where;

        CorruptArchive(String where, String message) {
            super(message);
            this.where = where;
        }
    }
}
