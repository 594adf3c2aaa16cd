package io.ficmirror.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ficmirror.cli.stack.StackSettings;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Elasticsearch loading the very documents search-service indexed, with nothing in between: they are copied out of
 * the live index into a file of bulk lines, then sent into a scratch index with the same mapping in the settings
 * bulk loads want (bulk requests of about {@value #BULK_BYTES} bytes, one sender per core, no replicas, refresh off
 * until a final refresh, which is timed too).
 */
final class ElasticsearchLimit {
    static final int BULK_BYTES = 5 << 20;
    private static final String INDEX = "bench-limit";

    private final StackSettings settings;
    private final Path workDir;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    ElasticsearchLimit(StackSettings settings, Path workDir) {
        this.settings = settings;
        this.workDir = workDir;
    }

    Throughput measure(long documentBytes, long documents) throws IOException, InterruptedException, ExecutionException {
        JsonNode live = call("GET", "/works", null).fields().next().getValue();
        Path bulkFile = workDir.resolve("bulk.ndjson");
        long copied = dumpIndex(bulkFile);
        call("DELETE", "/" + INDEX + "?ignore_unavailable=true", null);
        ObjectNode create = json.createObjectNode();
        create.set("mappings", live.path("mappings"));
        ObjectNode index = create.putObject("settings").putObject("index");
        index.put("number_of_shards", live.path("settings").path("index").path("number_of_shards").asInt(1));
        index.put("number_of_replicas", 0);
        index.put("refresh_interval", "-1");
        if (live.path("settings").path("index").has("analysis")) {
            index.set("analysis", live.path("settings").path("index").path("analysis"));
        }
        call("PUT", "/" + INDEX, json.writeValueAsBytes(create));

        int senders = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        long start = System.nanoTime();
        List<Future<?>> sent = new ArrayList<>();
        try (BufferedReader lines = Files.newBufferedReader(bulkFile, StandardCharsets.UTF_8)) {
            ByteArrayOutputStream chunk = new ByteArrayOutputStream(BULK_BYTES + (1 << 20));
            for (String action = lines.readLine(); action != null; action = lines.readLine()) {
                chunk.write((action + "\n" + lines.readLine() + "\n").getBytes(StandardCharsets.UTF_8));
                if (chunk.size() >= BULK_BYTES) {
                    byte[] body = chunk.toByteArray();
                    sent.add(pool.submit(() -> bulk(body)));
                    chunk.reset();
                    while (sent.stream().filter(f -> !f.isDone()).count() > senders) {
                        Thread.sleep(2);
                    }
                }
            }
            if (chunk.size() > 0) {
                byte[] body = chunk.toByteArray();
                sent.add(pool.submit(() -> bulk(body)));
            }
            for (Future<?> future : sent) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        call("PUT", "/" + INDEX + "/_settings", "{\"index\":{\"refresh_interval\":null}}".getBytes(StandardCharsets.UTF_8));
        call("POST", "/" + INDEX + "/_refresh", null);
        double seconds = (System.nanoTime() - start) / 1e9;
        long counted = call("GET", "/" + INDEX + "/_count", null).path("count").asLong();
        call("DELETE", "/" + INDEX, null);
        Files.deleteIfExists(bulkFile);
        if (counted != copied) {
            throw new IOException("the scratch index holds " + counted + " documents, " + copied + " were sent");
        }
        // one index operation per work here; the pipeline makes one per document (a near-duplicate updates its work)
        return new Throughput("Elasticsearch bulk load, " + senders + " senders, " + (BULK_BYTES >> 20) + " MB requests",
                copied, documentBytes * copied / Math.max(1, documents), seconds);
    }

    private Void bulk(byte[] body) throws IOException, InterruptedException {
        JsonNode response = send("POST", "/" + INDEX + "/_bulk", body, "application/x-ndjson");
        if (response.path("errors").asBoolean()) {
            for (JsonNode item : response.path("items")) {
                JsonNode error = item.path("index").path("error");
                if (!error.isMissingNode()) {
                    throw new IOException("Elasticsearch refused a document of the bulk load: " + error);
                }
            }
        }
        return null;
    }

    /** Writes every document of the live index as a pair of bulk lines; returns how many. */
    private long dumpIndex(Path file) throws IOException, InterruptedException {
        long count = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            JsonNode page = call("POST", "/works/_search?scroll=2m",
                    "{\"size\":500,\"sort\":[\"_doc\"]}".getBytes(StandardCharsets.UTF_8));
            while (page.path("hits").path("hits").size() > 0) {
                for (JsonNode hit : page.path("hits").path("hits")) {
                    ObjectNode action = json.createObjectNode();
                    action.putObject("index").put("_id", hit.path("_id").asText());
                    out.write(json.writeValueAsBytes(action));
                    out.write('\n');
                    out.write(json.writeValueAsBytes(hit.path("_source")));
                    out.write('\n');
                    count++;
                }
                String scrollId = page.path("_scroll_id").asText();
                page = call("POST", "/_search/scroll", json.writeValueAsBytes(
                        json.createObjectNode().put("scroll", "2m").put("scroll_id", scrollId)));
            }
            call("DELETE", "/_search/scroll", json.writeValueAsBytes(
                    json.createObjectNode().put("scroll_id", page.path("_scroll_id").asText())));
        }
        return count;
    }

    private JsonNode call(String method, String path, byte[] body) throws IOException, InterruptedException {
        return send(method, path, body, "application/json");
    }

    private JsonNode send(String method, String path, byte[] body, String contentType) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.elasticsearchUrl() + path))
                .timeout(Duration.ofMinutes(5)).header("Content-Type", contentType)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("Elasticsearch answered " + response.statusCode() + " to " + method + " " + path + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
        return json.readTree(response.body());
    }
}
