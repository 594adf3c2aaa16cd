package io.ficmirror.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Table-driven over the project's own fixture documents (src/test/resources/fixtures): each NAME.ext has a NAME.json
 * with the fields it must yield, checked with the rules of shared/seeds/README.md. Project-only fields: "partOf" (null,
 * or key, number, total and title exactly), "sourceUri" (the URI the document is given; its file name otherwise).
 */
class FixtureDocumentsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final WorkParser parser = new WorkParser();

    static Stream<Path> fixtures() throws IOException, URISyntaxException {
        Path dir = Path.of(FixtureDocumentsTest.class.getResource("/fixtures").toURI());
        List<Path> docs;
        try (Stream<Path> files = Files.list(dir)) {
            docs = files.filter(p -> !p.toString().endsWith(".json")).sorted().toList();
        }
        return docs.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void fixtureYieldsItsExpectedFields(Path document) throws IOException {
        String name = document.getFileName().toString();
        Path expectedFile = document.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".json");
        assertTrue(Files.exists(expectedFile), "every fixture needs its expected JSON: " + expectedFile);
        JsonNode expected = JSON.readTree(expectedFile.toFile());
        String uri = expected.path("sourceUri").asText(name);
        List<String> misses = ExpectedFields.misses(expected, parser.parse(Documents.of(document, uri)));
        assertTrue(misses.isEmpty(), name + " misses:\n" + String.join("\n", misses));
    }
}
