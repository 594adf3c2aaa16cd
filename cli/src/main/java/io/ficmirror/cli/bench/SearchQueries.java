package io.ficmirror.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The searches a reader would make of a generated corpus, drawn from its expected fields: words of a title, a phrase
 * of a summary, a fandom's newest works, a tag's longest works, a character at a rating, and the tag suggestions the
 * search page asks for as one types. Each is a path and query string of search-service's API.
 */
final class SearchQueries {
    enum Kind { WORDS, PHRASE, FANDOM, TAG, CHARACTER_RATING, SUGGEST }

    record Query(Kind kind, String pathAndQuery) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private SearchQueries() {
    }

    /** Up to {@code count} queries, the same for the same corpus and seed, every kind in turn. */
    static List<Query> from(Path corpus, int count, long seed) {
        List<JsonNode> works = expectedFields(corpus);
        if (works.isEmpty()) {
            throw new IllegalArgumentException("no expected fields under " + corpus + "; is it a generated corpus?");
        }
        Random random = new Random(seed);
        List<Query> queries = new ArrayList<>(count);
        Kind[] kinds = Kind.values();
        for (int attempt = 0; queries.size() < count && attempt < count * 4; attempt++) {
            JsonNode work = works.get(random.nextInt(works.size()));
            Query query = query(kinds[attempt % kinds.length], work, random);
            if (query != null) {
                queries.add(query);
            }
        }
        return queries;
    }

    private static Query query(Kind kind, JsonNode work, Random random) {
        return switch (kind) {
            case WORDS -> {
                List<String> words = words(work.path("title").asText(""));
                yield words.isEmpty() ? null : search(kind, "q=" + encode(String.join(" ",
                        words.subList(0, Math.min(2, words.size())))));
            }
            case PHRASE -> {
                List<String> words = words(work.path("summary").asText(""));
                if (words.size() < 3) {
                    yield null;
                }
                int from = random.nextInt(words.size() - 2);
                yield search(kind, "q=" + encode("\"" + String.join(" ", words.subList(from, from + 3)) + "\""));
            }
            case FANDOM -> {
                String fandom = pick(work.path("fandomsInclude"), random);
                yield fandom == null ? null : search(kind, "fandom=" + encode(fandom) + "&sort=updated");
            }
            case TAG -> {
                String tag = pick(work.path("tagsInclude"), random);
                yield tag == null ? null : search(kind, "tag=" + encode(tag) + "&sort=words&size=25");
            }
            case CHARACTER_RATING -> {
                String character = pick(work.path("charactersInclude"), random);
                yield character == null || !work.hasNonNull("rating") ? null
                        : search(kind, "character=" + encode(character) + "&rating=" + encode(work.path("rating").asText()));
            }
            case SUGGEST -> {
                String tag = pick(work.path("tagsInclude"), random);
                yield tag == null || tag.length() < 3 ? null : new Query(kind,
                        "/api/tags/suggest?prefix=" + encode(tag.substring(0, 3).toLowerCase(Locale.ROOT)));
            }
        };
    }

    private static Query search(Kind kind, String query) {
        return new Query(kind, "/api/search?" + query);
    }

    private static String pick(JsonNode values, Random random) {
        return values.isArray() && !values.isEmpty() ? values.get(random.nextInt(values.size())).asText() : null;
    }

    private static List<String> words(String text) {
        return Stream.of(text.split("[^\\p{L}\\p{N}']+")).filter(w -> w.length() > 2).toList();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static List<JsonNode> expectedFields(Path corpus) {
        try (Stream<Path> paths = Files.walk(corpus)) {
            List<Path> files = paths.filter(p -> p.getParent() != null && p.getParent().getFileName().toString().equals("expected"))
                    .filter(p -> p.toString().endsWith(".json")).sorted().toList();
            List<JsonNode> works = new ArrayList<>(files.size());
            for (Path file : files) {
                JsonNode fields = JSON.readTree(file.toFile());
                if (!fields.path("rejected").asBoolean(false)) {
                    works.add(fields);
                }
            }
            return works;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
