package io.ficmirror.cli.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Searches at a fixed rate from a bounded pool of clients, while something else (the import) runs. Open loop: a
 * search is due at its moment whether or not the ones before it have answered, and its latency counts from when it
 * was due, so a slow service shows as growing latency rather than as fewer searches (no coordinated omission).
 * When every client is busy and {@link #MAX_WAITING_PER_CLIENT} searches per client wait, further ones are counted
 * as not sent: the generator never queues without bound.
 */
final class SearchLoad implements AutoCloseable {
    static final int MAX_WAITING_PER_CLIENT = 50;
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** One search: when it was due (seconds since the run began), how long it took, and the HTTP status (0: no answer, -1: not sent). */
    record Search(double dueSeconds, double millis, int status, SearchQueries.Kind kind) {
        boolean ok() {
            return status / 100 == 2;
        }
    }

    private final String baseUrl;
    private final String apiKey;
    private final List<SearchQueries.Query> queries;
    private final double perSecond;
    private final int clients;
    private final long startNanos;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();
    private final ExecutorService pool;
    private final Thread dispatcher;
    private final AtomicInteger waiting = new AtomicInteger();
    private final List<Search> searches = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean stopping;

    /**
     * @param startNanos the run's start ({@link System#nanoTime()}), which due times are counted from
     */
    SearchLoad(String baseUrl, String apiKey, List<SearchQueries.Query> queries, double perSecond, int clients,
            long startNanos) {
        if (perSecond <= 0 || clients <= 0 || queries.isEmpty()) {
            throw new IllegalArgumentException("a search load needs a rate, clients and queries");
        }
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
        this.queries = List.copyOf(queries);
        this.perSecond = perSecond;
        this.clients = clients;
        this.startNanos = startNanos;
        this.pool = Executors.newFixedThreadPool(clients, r -> {
            Thread thread = new Thread(r, "search-load");
            thread.setDaemon(true);
            return thread;
        });
        this.dispatcher = new Thread(this::dispatch, "search-load-dispatcher");
        this.dispatcher.setDaemon(true);
    }

    double perSecond() {
        return perSecond;
    }

    int clients() {
        return clients;
    }

    SearchLoad start() {
        dispatcher.start();
        return this;
    }

    private void dispatch() {
        long interval = (long) (1e9 / perSecond);
        long due = System.nanoTime();
        for (long n = 0; !stopping; n++) {
            long wait = due - System.nanoTime();
            if (wait > 0) {
                try {
                    TimeUnit.NANOSECONDS.sleep(wait);
                } catch (InterruptedException e) {
                    return;
                }
            }
            SearchQueries.Query query = queries.get((int) (n % queries.size()));
            long dueAt = due;
            if (waiting.get() >= clients * MAX_WAITING_PER_CLIENT) {
                searches.add(new Search(seconds(dueAt), 0, -1, query.kind()));
            } else {
                waiting.incrementAndGet();
                pool.execute(() -> {
                    try {
                        searches.add(send(query, dueAt));
                    } finally {
                        waiting.decrementAndGet();
                    }
                });
            }
            due += interval;
        }
    }

    private Search send(SearchQueries.Query query, long dueAt) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + query.pathAndQuery())).timeout(TIMEOUT).GET();
        if (apiKey != null) {
            request.header("X-Api-Key", apiKey);
        }
        int status;
        try {
            status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            status = 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = 0;
        }
        return new Search(seconds(dueAt), (System.nanoTime() - dueAt) / 1e6, status, query.kind());
    }

    private double seconds(long nanos) {
        return (nanos - startNanos) / 1e9;
    }

    /** Stops sending, waits for the searches under way and returns every search in order of when it was due. */
    List<Search> stop() {
        stopping = true;
        dispatcher.interrupt();
        try {
            dispatcher.join(TIMEOUT.toMillis());
            pool.shutdown();
            pool.awaitTermination(TIMEOUT.toMillis() * 2, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (searches) {
            List<Search> all = new ArrayList<>(searches);
            all.sort(java.util.Comparator.comparingDouble(Search::dueSeconds));
            return all;
        }
    }

    @Override
    public void close() {
        if (!stopping) {
            stop();
        }
        pool.shutdownNow();
    }
}
