package io.ficmirror.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.ficmirror.cli.stack.Service;
import io.ficmirror.cli.stack.StackSettings;
import io.ficmirror.contract.Stats;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "search", description = "Searches the catalogue: words, \"quoted phrases\", -excluded words, OR, and "
        + "filters such as kudos>10, words:1000-5000, fandom:\"Star Wars\", NOT tag:angst, sort:kudos (see the README).")
class SearchCommand implements Callable<Integer> {
    /** The search API's sort keys (search-service's SearchRequest.SORTS). */
    static final List<String> SORTS =
            Stream.concat(Stream.of("relevance", "published", "updated", "words", "title"), Stats.COUNTERS.stream()).toList();

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "leave out to list every work")
    List<String> words = List.of();

    @Option(names = {"-n", "--limit"}, defaultValue = "10", description = "how many hits (default ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--sort", paramLabel = "KEY", description = "relevance, published, updated, words, title, kudos, hits, "
            + "bookmarks, comments, favourites, follows or reviews: newest, longest, most first (titles A to Z); works "
            + "without the value last")
    String sort;

    @Option(names = "--fandom", paramLabel = "NAME", description = "only works in this fandom (its exact name)")
    String fandom;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (sort != null && !SORTS.contains(sort)) {
            throw new ParameterException(spec.commandLine(), "--sort takes one of " + String.join(", ", SORTS)
                    + ", not \"" + sort + "\"");
        }
        StringBuilder path = new StringBuilder("/api/search?size=" + limit);
        parameter(path, "q", words.isEmpty() ? null : String.join(" ", words));
        parameter(path, "sort", sort);
        parameter(path, "fandom", fandom);
        ServiceClient client = new ServiceClient(StackSettings.fromEnvironment());
        print(client.get(Service.SEARCH, path.toString()), System.out, System.console() != null);
        return 0;
    }

    private static void parameter(StringBuilder path, String name, String value) {
        if (value != null) {
            path.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    static void print(JsonNode result, PrintStream out, boolean terminal) {
        String query = result.path("query").isTextual() ? result.path("query").asText() : "";
        out.printf("%d works%s%n", result.path("total").asLong(), query.isBlank() ? "" : " match \"" + query + "\"");
        int rank = 0;
        for (JsonNode hit : result.path("hits")) {
            out.printf("%n%2d. %s%n", ++rank, hit.path("title").isNull() ? "(untitled)" : hit.path("title").asText());
            out.printf("    by %s", joined(hit.path("authors"), "anonymous"));
            String fandoms = joined(hit.path("fandoms"), "");
            out.printf("%s · %d words · work %s%n", fandoms.isEmpty() ? "" : " · " + fandoms, hit.path("wordCount").asInt(),
                    hit.path("workId").asText());
            String counters = counters(hit.path("engagement"));
            if (!counters.isEmpty()) {
                out.println("    " + counters);
            }
            if (!hit.path("snippet").isNull() && !hit.path("snippet").isMissingNode()) {
                out.println("    " + snippet(hit.path("snippet").asText(), terminal));
            }
        }
    }

    /** The counters a hit has, in their usual order: "kudos 12 · hits 340". */
    static String counters(JsonNode engagement) {
        List<String> shown = new ArrayList<>();
        for (String counter : Stats.COUNTERS) {
            if (engagement.path(counter).isNumber()) {
                shown.add(counter + " " + engagement.path(counter).asInt());
            }
        }
        return String.join(" · ", shown);
    }

    /** Elasticsearch's snippet is HTML-escaped with matches in mark tags; show matches bold on a terminal. */
    static String snippet(String html, boolean terminal) {
        String marked = html.replaceAll("\\s+", " ")
                .replace("<mark>", terminal ? "\u001b[1m" : "[")
                .replace("</mark>", terminal ? "\u001b[0m" : "]");
        return marked.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#x27;", "'").replace("&#x2F;", "/").replace("&amp;", "&");
    }

    private static String joined(JsonNode array, String fallback) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values.isEmpty() ? fallback : String.join(", ", values);
    }
}
