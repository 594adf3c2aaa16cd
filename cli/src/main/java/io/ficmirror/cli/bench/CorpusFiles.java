package io.ficmirror.cli.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The documents of a generated corpus on disk, in a stable order, without its expected results and manifest. */
final class CorpusFiles {
    private CorpusFiles() {
    }

    static List<Path> documents(Path corpus) {
        try (Stream<Path> paths = Files.walk(corpus)) {
            return paths.filter(Files::isRegularFile)
                    .filter(p -> !corpus.relativize(p).toString().contains("expected/"))
                    .filter(p -> !p.toString().endsWith(".json") && !p.toString().endsWith(".jsonl"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long bytes(List<Path> documents) {
        long total = 0;
        for (Path document : documents) {
            try {
                total += Files.size(document);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return total;
    }
}
