package io.ficmirror.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ficmirror.contract.ContentIds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same seed and size give the same corpus, byte for byte, in memory and on disk (whatever the number of threads
 * writing it); another seed another corpus.
 */
class DeterminismTest {

    @Test
    void theSameSeedGivesTheSameDocumentsAndAnotherSeedOthers() throws NoSuchAlgorithmException {
        String first = digest(new CorpusGenerator(7L, 300));
        assertEquals(first, digest(new CorpusGenerator(7L, 300)));
        assertNotEquals(first, digest(new CorpusGenerator(8L, 300)));
    }

    @Test
    void aWorkDoesNotDependOnTheWorksBeforeIt() {
        List<GeneratedDocument> alone = new CorpusGenerator(7L, 300).documents(250);
        List<GeneratedDocument> again = new CorpusGenerator(7L, 300).documents(250);
        assertEquals(alone.size(), again.size());
        for (int i = 0; i < alone.size(); i++) {
            assertEquals(alone.get(i).path(), again.get(i).path());
            assertEquals(ContentIds.sha256Hex(alone.get(i).content()), ContentIds.sha256Hex(again.get(i).content()));
        }
    }

    @Test
    void aWrittenCorpusIsTheSameEveryTimeAndLaidOutForParseEval(@TempDir Path dir) throws IOException {
        CorpusSummary summary = new CorpusWriter(dir.resolve("a"), 1).write(new CorpusGenerator(5L, 80), ProgressListener.NONE);
        new CorpusWriter(dir.resolve("b"), 3).write(new CorpusGenerator(5L, 80), ProgressListener.NONE);
        Map<String, String> a = files(dir.resolve("a"));
        assertEquals(a, files(dir.resolve("b")));

        List<String> manifest = Files.readAllLines(dir.resolve("a/manifest.jsonl"));
        assertEquals(summary.documents(), manifest.size());
        assertTrue(Files.readString(dir.resolve("a/corpus.json")).contains("\"documents\": " + summary.documents()));
        long documents = a.keySet().stream().filter(p -> !p.endsWith(".json") && !p.endsWith(".jsonl")).count();
        assertEquals(summary.documents(), documents);
        for (String path : a.keySet()) {
            if (path.endsWith(".json") || path.endsWith(".jsonl")) {
                continue;
            }
            String site = path.substring(0, path.indexOf('/'));
            String name = path.substring(site.length() + 1);
            assertTrue(!name.contains("/"), "documents sit directly in their site's folder: " + path);
            String expected = site + "/expected/" + name.substring(0, name.lastIndexOf('.')) + ".json";
            assertTrue(a.containsKey(expected), "every document has its expected fields: " + expected);
        }
    }

    @Test
    void theWriterRefusesAFolderHoldingSomethingElse(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("old.txt"), "an older corpus");
        assertThrows(IOException.class, () -> new CorpusWriter(dir).write(new CorpusGenerator(1L, 2), ProgressListener.NONE));
    }

    private static String digest(CorpusGenerator generator) throws NoSuchAlgorithmException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        generator.generate(d -> {
            sha.update(d.path().getBytes(StandardCharsets.UTF_8));
            sha.update(d.content());
            sha.update(d.expected().toJson().getBytes(StandardCharsets.UTF_8));
        });
        return java.util.HexFormat.of().formatHex(sha.digest());
    }

    /** Every file under {@code root} by relative path, with the SHA-256 of its bytes. */
    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString().replace('\\', '/'), ContentIds.sha256Hex(Files.readAllBytes(p)));
            }
        }
        return out;
    }
}
