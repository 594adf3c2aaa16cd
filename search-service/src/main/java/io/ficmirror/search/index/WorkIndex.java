package io.ficmirror.search.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.indices.CreateIndexRequest;
import io.ficmirror.contract.WorkCatalogued;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The works index. Searches and writes go through the alias {@value #ALIAS}, so a rebuilt index can replace the
 * current one without clients noticing. Documents use the canonical work id as {@code _id} and the work's version as
 * an external version, so Elasticsearch itself refuses an older or repeated version: replays change nothing.
 */
@ApplicationScoped
public class WorkIndex {
    public static final String ALIAS = "works";
    /** Raised whenever works-index.json changes; an index of an older version is replaced at startup. */
    static final String CURRENT_INDEX = "works-v3";
    private static final Logger LOG = Logger.getLogger(WorkIndex.class);
    static final int BULK_BYTES = 5 << 20;

    /** A work to index, or (work null) one to remove, at {@code removalVersion} when the tombstone gives one. */
    public record Change(String workId, WorkCatalogued work, Long removalVersion) {
    }

    /** A change Elasticsearch did not take; 429 and 5xx are worth another try. */
    public record Failure(Change change, int status, String reason) {
        public boolean retryable() {
            return status == 429 || status >= 500;
        }
    }

    @Inject
    ElasticsearchClient client;

    @ConfigProperty(name = "ficmirror.search.index.shards", defaultValue = "1")
    int shards;

    @ConfigProperty(name = "ficmirror.search.index.replicas", defaultValue = "0")
    int replicas;

    private volatile boolean ready;

    void createAtStartup(@Observes StartupEvent startup) {
        try {
            ensureExists();
        } catch (IOException | ElasticsearchException e) {
            LOG.warnf("Elasticsearch is not available yet (%s); the index is created on first use", e.getMessage());
        }
    }

    /**
     * Creates the current index behind the alias. An index of an earlier mapping is dropped: the projection's consumer
     * group changes with the index version, so the new index fills again from works.catalogued.
     */
    public synchronized void ensureExists() throws IOException {
        if (ready) {
            return;
        }
        Set<String> current = client.indices().existsAlias(a -> a.name(ALIAS)).value()
                ? client.indices().getAlias(a -> a.name(ALIAS)).result().keySet() : Set.of();
        if (current.stream().noneMatch(WorkIndex::isCurrent)) {
            try {
                create(CURRENT_INDEX);
            } catch (ElasticsearchException e) {
                if (!"resource_already_exists_exception".equals(e.error().type())) {
                    throw e;
                }
            }
            client.indices().updateAliases(u -> {
                current.forEach(old -> u.actions(a -> a.remove(r -> r.index(old).alias(ALIAS))));
                return u.actions(a -> a.add(add -> add.index(CURRENT_INDEX).alias(ALIAS).isWriteIndex(true)));
            });
            for (String old : current) {
                client.indices().delete(d -> d.index(old));
                LOG.infof("Replaced index %s by %s (the mapping changed); it fills again from works.catalogued", old, CURRENT_INDEX);
            }
            LOG.infof("Index %s is behind alias %s", CURRENT_INDEX, ALIAS);
        }
        ready = true;
    }

    /**
     * Creates an index of works-index.json's mapping with the configured shards and replicas (one shard and no
     * replica suit one machine; a cluster sizes them to its data, see deploy/kubernetes/README.md).
     */
    void create(String name) throws IOException {
        try (InputStream mapping = WorkIndex.class.getResourceAsStream("/works-index.json")) {
            client.indices().create(CreateIndexRequest.of(c -> c.index(name).withJson(mapping)
                    .settings(i -> i.numberOfShards(Integer.toString(shards)).numberOfReplicas(Integer.toString(replicas)))));
        }
    }

    /** An index of this mapping version: the first one, or one a rebuild made ({@code works-v3-<millis>}). */
    static boolean isCurrent(String indexName) {
        return indexName.equals(CURRENT_INDEX) || indexName.startsWith(CURRENT_INDEX + "-");
    }

    /**
     * Applies the changes in bulk requests of about {@value #BULK_BYTES} bytes (Elasticsearch's advice for bulk
     * sizes is a few MB: larger requests only add memory pressure on both sides); returns the changes it did not take.
     */
    public List<Failure> apply(List<Change> changes) throws IOException {
        ensureExists();
        List<Failure> failures = new ArrayList<>();
        List<Change> chunk = new ArrayList<>();
        long chunkBytes = 0;
        for (Change change : changes) {
            chunk.add(change);
            chunkBytes += estimatedBytes(change);
            if (chunkBytes >= BULK_BYTES) {
                failures.addAll(bulk(chunk));
                chunk = new ArrayList<>();
                chunkBytes = 0;
            }
        }
        if (!chunk.isEmpty()) {
            failures.addAll(bulk(chunk));
        }
        return failures;
    }

    /** The story text is nearly all of a work's size; the rest is a few KB of metadata. */
    private static long estimatedBytes(Change change) {
        WorkCatalogued work = change.work();
        return 2048 + (work == null || work.body() == null ? 0 : work.body().length());
    }

    private List<Failure> bulk(List<Change> changes) throws IOException {
        List<BulkOperation> operations = new ArrayList<>();
        for (Change change : changes) {
            if (change.work() == null) {
                operations.add(BulkOperation.of(op -> op.delete(d -> {
                    d.index(ALIAS).id(change.workId());
                    return change.removalVersion() == null ? d : d.version(change.removalVersion()).versionType(VersionType.External);
                })));
            } else {
                WorkDocument document = WorkDocument.of(change.work());
                operations.add(BulkOperation.of(op -> op.index(i -> i.index(ALIAS).id(change.workId())
                        .version(change.work().version()).versionType(VersionType.External).document(document))));
            }
        }
        BulkResponse response = client.bulk(b -> b.operations(operations));
        List<Failure> failures = new ArrayList<>();
        if (response.errors()) {
            for (int i = 0; i < response.items().size(); i++) {
                BulkResponseItem item = response.items().get(i);
                boolean alreadyNewer = item.status() == 409; // this version or a later one is indexed
                boolean alreadyGone = item.status() == 404 && changes.get(i).work() == null;
                if (item.error() != null && !alreadyNewer && !alreadyGone) {
                    failures.add(new Failure(changes.get(i), item.status(), item.error().type() + ": " + item.error().reason()));
                }
            }
        }
        return failures;
    }

    /**
     * Which of these documents have their work in the index (searchable after the next refresh, within a second),
     * with the SHA-256 of the document version the indexed work holds.
     */
    public List<IndexedDocument> indexedDocuments(List<String> documentIds) throws IOException {
        ensureExists();
        List<FieldValue> values = documentIds.stream().map(FieldValue::of).toList();
        SearchResponse<WorkDocument> response = client.search(s -> s.index(ALIAS).size(documentIds.size())
                .query(q -> q.terms(t -> t.field("documentIds").terms(v -> v.value(values))))
                .source(src -> src.filter(f -> f.includes("workId", "sources"))), WorkDocument.class);
        List<IndexedDocument> indexed = new ArrayList<>();
        for (Hit<WorkDocument> hit : response.hits().hits()) {
            for (WorkCatalogued.CataloguedSource source : hit.source().sources()) {
                if (documentIds.contains(source.documentId())) {
                    indexed.add(new IndexedDocument(source.documentId(), hit.source().workId(), source.sha256()));
                }
            }
        }
        return indexed;
    }

    /** The indexed work with its text, for the work page; empty when it is not in the index. */
    public java.util.Optional<WorkDocument> work(String workId) throws IOException {
        ensureExists();
        var response = client.get(g -> g.index(ALIAS).id(workId), WorkDocument.class);
        return response.found() ? java.util.Optional.ofNullable(response.source()) : java.util.Optional.empty();
    }

    /** An indexed work's id and the catalogue version it holds. */
    public record WorkVersion(String id, long version) {
    }

    /** Indexed works in byte order of id after the given one, a page at a time: what {@code ficmirror verify} compares. */
    public List<WorkVersion> versions(String after, int limit) throws IOException {
        ensureExists();
        SearchResponse<Void> response = client.search(s -> {
            s.index(ALIAS).size(limit).version(true).source(src -> src.fetch(false)).trackTotalHits(t -> t.enabled(false))
                    .sort(o -> o.field(f -> f.field("workId").order(SortOrder.Asc)));
            return after.isEmpty() ? s : s.searchAfter(FieldValue.of(after));
        }, Void.class);
        return response.hits().hits().stream().map(hit -> new WorkVersion(hit.id(), hit.version())).toList();
    }

    /** Removes works from the index whatever version they hold; returns how many were there. */
    public int remove(List<String> workIds) throws IOException {
        ensureExists();
        List<BulkOperation> operations = workIds.stream()
                .map(id -> BulkOperation.of(op -> op.delete(d -> d.index(ALIAS).id(id)))).toList();
        BulkResponse response = client.bulk(b -> b.operations(operations).refresh(co.elastic.clients.elasticsearch._types.Refresh.True));
        return (int) response.items().stream().filter(item -> item.status() == 200).count();
    }

    public long count() throws IOException {
        ensureExists();
        return client.count(c -> c.index(ALIAS)).count();
    }
}
