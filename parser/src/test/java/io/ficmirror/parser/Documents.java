package io.ficmirror.parser;

import io.ficmirror.contract.ContentIds;
import io.ficmirror.contract.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Builds raw documents for tests the way `ficmirror parse` does for files. */
final class Documents {
    private Documents() {
    }

    static RawDocument of(Path file) throws IOException {
        return of(file.getFileName().toString(), Files.readAllBytes(file));
    }

    static RawDocument of(String name, byte[] content) {
        return of(name, name, content);
    }

    /** A document read from {@code file} as if it had been fetched from {@code uri}. */
    static RawDocument of(Path file, String uri) throws IOException {
        return of(file.getFileName().toString(), uri, Files.readAllBytes(file));
    }

    private static RawDocument of(String name, String uri, byte[] content) {
        Source source = new Source("test", uri, ContentIds.sha256Hex(content));
        return new RawDocument(ContentIds.documentId("test", uri), source, MediaTypes.forFileName(name), null, content);
    }
}
