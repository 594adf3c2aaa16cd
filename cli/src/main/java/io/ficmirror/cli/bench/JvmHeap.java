package io.ficmirror.cli.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A service's heap as its Prometheus endpoint reports it: bytes in use now (garbage included) and the live data
 * left after the last full collection, the figure that shows whether a heap grows.
 */
record JvmHeap(long usedBytes, long liveBytes) {
    static final JvmHeap UNKNOWN = new JvmHeap(0, 0);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    static JvmHeap of(String serviceUrl) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(serviceUrl + "/q/metrics"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? parse(response.body()) : UNKNOWN;
        } catch (java.io.IOException e) {
            return UNKNOWN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return UNKNOWN;
        }
    }

    static JvmHeap parse(String prometheusText) {
        double used = 0;
        double live = 0;
        for (String line : prometheusText.split("\n")) {
            if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                used += value(line);
            } else if (line.startsWith("jvm_gc_live_data_size_bytes")) {
                live = value(line);
            }
        }
        return new JvmHeap((long) used, (long) live);
    }

    private static double value(String line) {
        String[] parts = line.trim().split(" ");
        return Double.parseDouble(parts[parts.length - 1]);
    }
}
