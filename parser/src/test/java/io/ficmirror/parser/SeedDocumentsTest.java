package io.ficmirror.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shared seed documents (../shared/seeds, not part of this repository), when present: every seed must yield
 * the fields of its expected/NAME.json. Skipped where the folder does not exist.
 */
class SeedDocumentsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everySeedYieldsItsExpectedFields() throws IOException {
        Path seeds = seedsDir();
        assumeTrue(seeds != null, "../shared/seeds not found; set -Dficmirror.root to the project root to run this");
        WorkParser parser = new WorkParser();
        List<String> misses = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.list(seeds.resolve("expected"))) {
            for (Path expectedFile : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                String stem = expectedFile.getFileName().toString().replaceFirst("\\.json$", "");
                Path document = findDocument(seeds, stem);
                if (document == null) {
                    misses.add(stem + ": document missing");
                    continue;
                }
                JsonNode expected = JSON.readTree(expectedFile.toFile());
                for (String miss : ExpectedFields.misses(expected, parser.parse(Documents.of(document)))) {
                    misses.add(stem + " " + miss);
                }
                checked++;
            }
        }
        assertTrue(checked > 0, "no seed documents with expectations in " + seeds);
        assertTrue(misses.isEmpty(), String.join("\n", misses));
    }

    private static Path findDocument(Path dir, String stem) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().startsWith(stem + "."))
                    .findFirst().orElse(null);
        }
    }

    /** ../shared/seeds relative to -Dficmirror.root, else to the working directory or any of its parents. */
    static Path seedsDir() {
        String root = System.getProperty("ficmirror.root");
        if (root != null && !root.isBlank()) {
            Path p = Path.of(root).toAbsolutePath().resolve("../shared/seeds").normalize();
            return Files.isDirectory(p.resolve("expected")) ? p : null;
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path p = dir.resolve("../shared/seeds").normalize();
            if (Files.isDirectory(p.resolve("expected"))) {
                return p;
            }
        }
        return null;
    }
}
