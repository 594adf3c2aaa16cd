package io.ficmirror.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.ficmirror.cli.stack.Service;
import io.ficmirror.cli.stack.StackSettings;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", description = "Searches the catalogue: words, \"quoted phrases\", -excluded words, OR.")
class SearchCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "QUERY")
    List<String> words;

    @Option(names = {"-n", "--limit"}, defaultValue = "10", description = "how many hits (default ${DEFAULT-VALUE})")
    int limit;

    @Override
    public Integer call() throws Exception {
        String query = String.join(" ", words);
        ServiceClient client = new ServiceClient(StackSettings.fromEnvironment());
        JsonNode result = client.get(Service.SEARCH, "/api/search?size=" + limit + "&q="
                + URLEncoder.encode(query, StandardCharsets.UTF_8));
        print(result, System.out, System.console() != null);
        return 0;
    }

    static void print(JsonNode result, PrintStream out, boolean terminal) {
        out.printf("%d works match \"%s\"%n", result.path("total").asLong(), result.path("query").asText());
        int rank = 0;
        for (JsonNode hit : result.path("hits")) {
            out.printf("%n%2d. %s%n", ++rank, hit.path("title").isNull() ? "(untitled)" : hit.path("title").asText());
            out.printf("    by %s", joined(hit.path("authors"), "anonymous"));
            String fandoms = joined(hit.path("fandoms"), "");
            out.printf("%s · %d words · work %s%n", fandoms.isEmpty() ? "" : " · " + fandoms, hit.path("wordCount").asInt(),
                    hit.path("workId").asText());
            if (!hit.path("snippet").isNull() && !hit.path("snippet").isMissingNode()) {
                out.println("    " + snippet(hit.path("snippet").asText(), terminal));
            }
        }
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
