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
        Source source = new Source("test", name, ContentIds.sha256Hex(content));
        return new RawDocument(ContentIds.documentId("test", name), source, MediaTypes.forFileName(name), null, content);
    }
}
