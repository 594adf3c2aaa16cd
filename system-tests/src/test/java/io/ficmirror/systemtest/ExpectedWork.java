package io.ficmirror.systemtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ficmirror.contract.ContentIds;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** What the catalogue and the index must hold for one imported document. */
record ExpectedWork(String archive, String path, String title, List<String> authors, String phrase) {
    private static final ObjectMapper JSON = new ObjectMapper();

    String documentId() {
        return ContentIds.documentId(archive, path);
    }

    /** The project's sample mirror, from the expectations written beside these tests. */
    static List<ExpectedWork> sampleMirror() throws IOException {
        List<ExpectedWork> expected = new ArrayList<>();
        try (InputStream in = ExpectedWork.class.getResourceAsStream("/sample-mirror-expected.json")) {
            for (JsonNode work : JSON.readTree(in)) {
                expected.add(new ExpectedWork("sample-mirror", work.get("path").asText(), text(work.get("title")),
                        strings(work.get("authors")), work.get("phrase").asText()));
            }
        }
        return expected;
    }

    /** The user's seeds, from their expected/ files: title, authors, and the opening words of the story. */
    static List<ExpectedWork> seeds(Path seeds) throws IOException {
        List<ExpectedWork> expected = new ArrayList<>();
        try (Stream<Path> files = Files.list(seeds.resolve("expected"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode work = JSON.readTree(file.toFile());
                String name = file.getFileName().toString().replaceFirst("\\.json$", ".txt");
                expected.add(new ExpectedWork(seeds.getFileName().toString(), name, text(work.get("title")),
                        strings(work.get("authors")), openingWords(work.get("bodyStartsWith").asText(), 6)));
            }
        }
        return expected;
    }

    private static String openingWords(String text, int count) {
        String plain = text.replaceAll("[*_]", " ").strip();
        return Arrays.stream(plain.split("\\s+")).limit(count).collect(Collectors.joining(" "));
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    private static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node != null) {
            node.forEach(v -> values.add(v.asText()));
        }
        return values;
    }
}
