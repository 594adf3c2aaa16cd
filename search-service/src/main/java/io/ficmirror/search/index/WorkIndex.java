package io.ficmirror.search.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.indices.CreateIndexRequest;
import io.ficmirror.contract.Work;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The works index. Searches and writes go through the alias {@value #ALIAS}, so a rebuilt index can replace the
 * current one without clients noticing. Documents use the work id as {@code _id}: indexing a work again replaces it.
 */
@ApplicationScoped
public class WorkIndex {
    public static final String ALIAS = "works";
    static final String FIRST_INDEX = "works-v1";
    private static final Logger LOG = Logger.getLogger(WorkIndex.class);

    @Inject
    ElasticsearchClient client;

    private volatile boolean ready;

    void createAtStartup(@Observes StartupEvent startup) {
        try {
            ensureExists();
        } catch (IOException | ElasticsearchException e) {
            LOG.warnf("Elasticsearch is not available yet (%s); the index is created on first use", e.getMessage());
        }
    }

    public synchronized void ensureExists() throws IOException {
        if (ready) {
            return;
        }
        if (!client.indices().existsAlias(a -> a.name(ALIAS)).value()) {
            try (InputStream mapping = WorkIndex.class.getResourceAsStream("/works-index.json")) {
                client.indices().create(CreateIndexRequest.of(c -> c.index(FIRST_INDEX).withJson(mapping)
                        .aliases(ALIAS, a -> a.isWriteIndex(true))));
                LOG.infof("Created index %s behind alias %s", FIRST_INDEX, ALIAS);
            } catch (ElasticsearchException e) {
                if (!"resource_already_exists_exception".equals(e.error().type())) {
                    throw e;
                }
            }
        }
        ready = true;
    }

    public void index(Work work) throws IOException {
        ensureExists();
        client.index(i -> i.index(ALIAS).id(work.workId()).document(WorkDocument.of(work)));
    }

    /**
     * Full-text search in the user's own syntax: words, "quoted phrases", -exclusions and OR. Elasticsearch's
     * simple query string never fails on malformed input, so no user text can break or escape the query.
     */
    public SearchResult search(String query, int size) throws IOException {
        ensureExists();
        SearchResponse<WorkDocument> response = client.search(s -> s.index(ALIAS).size(size)
                .query(q -> q.simpleQueryString(sq -> sq.query(query).defaultOperator(Operator.And)
                        .fields("title^4", "authors^3", "fandoms^2", "relationships^2", "characters^2", "tags^2",
                                "summary^2", "body")))
                .source(src -> src.filter(f -> f.excludes("body")))
                .highlight(h -> h.encoder(HighlighterEncoder.Html).preTags("<mark>").postTags("</mark>")
                        .fields("body", f -> f.fragmentSize(160).numberOfFragments(1).noMatchSize(160))
                        .fields("summary", f -> f.fragmentSize(160).numberOfFragments(1))
                        .fields("title", f -> f.numberOfFragments(0))),
                WorkDocument.class);
        List<SearchHit> hits = new ArrayList<>();
        for (Hit<WorkDocument> hit : response.hits().hits()) {
            WorkDocument work = hit.source();
            hits.add(new SearchHit(work.workId(), work.documentId(), work.title(), work.authors(), work.fandoms(),
                    work.rating(), work.wordCount(), snippet(hit), hit.score()));
        }
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        return new SearchResult(query, total, hits);
    }

    private static String snippet(Hit<WorkDocument> hit) {
        for (String field : List.of("body", "summary")) {
            List<String> fragments = hit.highlight().get(field);
            if (fragments != null && !fragments.isEmpty()) {
                return fragments.get(0);
            }
        }
        return null;
    }

    /**
     * Which of these documents have a work in the index (searchable after the next refresh, within a second), with
     * the SHA-256 of the version indexed.
     */
    public List<IndexedDocument> indexedDocuments(List<String> documentIds) throws IOException {
        ensureExists();
        List<FieldValue> values = documentIds.stream().map(FieldValue::of).toList();
        SearchResponse<WorkDocument> response = client.search(s -> s.index(ALIAS).size(documentIds.size())
                .query(q -> q.terms(t -> t.field("documentId").terms(v -> v.value(values))))
                .source(src -> src.filter(f -> f.includes("documentId", "workId", "sourceSha256"))), WorkDocument.class);
        return response.hits().hits().stream()
                .map(hit -> new IndexedDocument(hit.source().documentId(), hit.source().workId(), hit.source().sourceSha256()))
                .toList();
    }

    public long count() throws IOException {
        ensureExists();
        return client.count(c -> c.index(ALIAS)).count();
    }

}
