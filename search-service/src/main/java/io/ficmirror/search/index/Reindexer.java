package io.ficmirror.search.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ficmirror.contract.WorkCatalogued;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Rebuilds the index from the catalogue while searches go on: a fresh index is filled from the catalogue's export
 * (refresh off while loading), the alias is moved to it in one atomic step, the works that changed meanwhile are
 * exported again into it, and the old index is deleted. Searches read the old index until the swap and the new one
 * after; the projection keeps writing through the alias throughout.
 */
@ApplicationScoped
public class Reindexer {
    private static final Logger LOG = Logger.getLogger(Reindexer.class);

    /** Where a rebuild stands; {@code state} is idle, running, done or failed. */
    public record Progress(String state, String newIndex, long works, Instant startedAt, Instant finishedAt, String error) {
    }

    @Inject
    ElasticsearchClient client;

    @Inject
    WorkIndex index;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "ficmirror.catalog.url", defaultValue = "http://localhost:19083")
    String catalogUrl;

    private final HttpClient http = HttpClient.newHttpClient();
    private final AtomicLong works = new AtomicLong();
    private volatile Progress progress = new Progress("idle", null, 0, null, null, null);

    public Progress progress() {
        Progress now = progress;
        return "running".equals(now.state()) ? new Progress(now.state(), now.newIndex(), works.get(), now.startedAt(), null, null) : now;
    }

    /** Starts a rebuild on a thread of its own; false when one is already running. */
    public synchronized boolean start() {
        if ("running".equals(progress.state())) {
            return false;
        }
        String target = WorkIndex.CURRENT_INDEX + "-" + System.currentTimeMillis();
        works.set(0);
        progress = new Progress("running", target, 0, Instant.now(), null, null);
        Thread worker = new Thread(() -> run(target), "reindex");
        worker.setDaemon(true);
        worker.start();
        return true;
    }

    private void run(String target) {
        Instant started = progress.startedAt();
        boolean swapped = false;
        try {
            index.ensureExists();
            Set<String> old = client.indices().getAlias(a -> a.name(WorkIndex.ALIAS)).result().keySet();
            index.create(target);
            // a bulk load goes fastest with no refreshes and no replicas to copy to; both come back before searches move
            String replicas = client.indices().getSettings(g -> g.index(target)).get(target).settings().index().numberOfReplicas();
            client.indices().putSettings(s -> s.index(target).settings(i -> i.refreshInterval(t -> t.time("-1")).numberOfReplicas("0")));
            copyFromCatalogue(target, Instant.EPOCH);
            long copied = works.get();
            client.indices().putSettings(s -> s.index(target).settings(i -> i.refreshInterval(t -> t.time("1s"))
                    .numberOfReplicas(replicas == null ? "0" : replicas)));
            client.indices().refresh(r -> r.index(target));
            client.indices().updateAliases(u -> {
                old.forEach(o -> u.actions(a -> a.remove(r -> r.index(o).alias(WorkIndex.ALIAS))));
                return u.actions(a -> a.add(add -> add.index(target).alias(WorkIndex.ALIAS).isWriteIndex(true)));
            });
            swapped = true;
            // what changed while the new index filled, less a margin for clocks, goes in again (versions keep it exact)
            copyFromCatalogue(target, started.minusSeconds(60));
            for (String o : old) {
                client.indices().delete(d -> d.index(o));
            }
            LOG.infof("Rebuilt the index: %d works in %s (then %d changed meanwhile copied again), which replaced %s",
                    copied, target, works.get() - copied, old);
            progress = new Progress("done", target, copied, started, Instant.now(), null);
        } catch (Exception e) {
            String where = swapped ? "after searches moved to it (it may lack works changed during the rebuild; run it again)"
                    : "before searches moved to it; they still use the old index";
            LOG.errorf(e, "The rebuild into %s failed %s", target, where);
            if (!swapped) {
                try {
                    client.indices().delete(d -> d.index(target).ignoreUnavailable(true));
                } catch (IOException | RuntimeException cleanup) {
                    LOG.warnf("Could not delete the unfinished index %s: %s", target, cleanup.getMessage());
                }
            }
            progress = new Progress("failed", target, works.get(), started, Instant.now(), e.getMessage() + " (" + where + ")");
        }
    }

    private void copyFromCatalogue(String target, Instant since) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(catalogUrl + "/api/export?since="
                + URLEncoder.encode(since.toString(), StandardCharsets.UTF_8))).GET().build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new IOException("the catalogue's export answered " + response.statusCode() + " at " + catalogUrl);
        }
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            List<BulkOperation> batch = new ArrayList<>();
            long batchBytes = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                WorkCatalogued work = json.readValue(line, WorkCatalogued.class);
                WorkDocument document = WorkDocument.of(work);
                batch.add(BulkOperation.of(op -> op.index(i -> i.index(target).id(work.workId()).version(work.version())
                        .versionType(VersionType.External).document(document))));
                batchBytes += line.length();
                if (batchBytes >= WorkIndex.BULK_BYTES) {
                    flush(batch);
                    batchBytes = 0;
                }
            }
            flush(batch);
        }
    }

    private void flush(List<BulkOperation> batch) throws IOException {
        if (batch.isEmpty()) {
            return;
        }
        var response = client.bulk(b -> b.operations(batch));
        for (var item : response.items()) {
            if (item.error() != null && item.status() != 409) {
                throw new IOException("Elasticsearch refused work " + item.id() + ": " + item.error().reason());
            }
        }
        works.addAndGet(batch.size());
        batch.clear();
    }
}
