package io.ficmirror.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The generator against a loopback HTTP server that answers one request at a time, slower than it is asked. */
class SearchLoadTest {
    private HttpServer server;
    private final AtomicInteger served = new AtomicInteger();

    private String serveOneAtATime(long millisEach) throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newSingleThreadExecutor());
        server.createContext("/", exchange -> {
            try {
                Thread.sleep(millisEach);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            served.incrementAndGet();
            int status = exchange.getRequestURI().getQuery().contains("broken") ? 500 : 200;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void latencyCountsFromWhenASearchWasDueSoAnOverloadedServiceShowsAsGrowingLatency() throws Exception {
        String url = serveOneAtATime(100);
        List<SearchQueries.Query> queries = List.of(new SearchQueries.Query(SearchQueries.Kind.WORDS, "/api/search?q=tea"));
        SearchLoad load = new SearchLoad(url, null, queries, 40, 4, System.nanoTime()).start();
        Thread.sleep(1000);
        List<SearchLoad.Search> searches = load.stop();
        load.close();

        // about 40 were due in that second; the server answers 10 a second, so each waited behind the ones before
        assertTrue(searches.size() >= 30 && searches.size() <= 45, "searches: " + searches.size());
        assertTrue(searches.stream().allMatch(SearchLoad.Search::ok), searches::toString);
        assertEquals(searches.size(), served.get());
        SearchLoad.Search last = searches.get(searches.size() - 1);
        // closed-loop timing would show at most 4 clients x 100 ms; from when it was due, the last one waited for
        // the ~30 before it
        assertTrue(last.millis() > 1500, "the last search took " + last.millis() + " ms");
        assertTrue(last.millis() > searches.get(0).millis() * 5, searches::toString);
    }

    @Test
    void searchesBeyondTheWaitingBoundAreCountedNotQueuedAndFailuresKeepTheirStatus() throws Exception {
        String url = serveOneAtATime(20);
        List<SearchQueries.Query> queries = List.of(
                new SearchQueries.Query(SearchQueries.Kind.WORDS, "/api/search?q=tea"),
                new SearchQueries.Query(SearchQueries.Kind.TAG, "/api/search?q=broken"));
        SearchLoad load = new SearchLoad(url, null, queries, 400, 1, System.nanoTime()).start();
        Thread.sleep(500);
        List<SearchLoad.Search> searches = load.stop();
        load.close();

        long notSent = searches.stream().filter(s -> s.status() == -1).count();
        long sent = searches.size() - notSent;
        assertTrue(notSent > 0, "with one client and " + SearchLoad.MAX_WAITING_PER_CLIENT + " waiting, some were not sent");
        assertEquals(sent, served.get(), "every search sent was answered and recorded");
        assertTrue(searches.stream().anyMatch(s -> s.status() == 500 && s.kind() == SearchQueries.Kind.TAG), "failures kept");
    }
}
