package io.ficmirror.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * What {@code ficmirror verify} compares: every work with its version and every document with where it ended up, in
 * byte order of their ids (collation "C", the order Elasticsearch and Java sort the same ids in), a page at a time.
 */
@ApplicationScoped
public class ConsistencyQueries {

    @Inject
    EntityManager entityManager;

    public record WorkVersion(String id, long version) {
    }

    /** A document version the catalogue holds: in a work, or rejected (workId null; sha256 null if it was unreadable). */
    public record DocumentPlace(String documentId, String sha256, String workId, boolean rejected) {
    }

    @Transactional
    public List<WorkVersion> works(String after, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select id, version from work where id collate \"C\" > ?1 "
                + "order by id collate \"C\" limit ?2").setParameter(1, after).setParameter(2, limit).getResultList();
        return rows.stream().map(r -> new WorkVersion((String) r[0], ((Number) r[1]).longValue())).toList();
    }

    @Transactional
    public List<DocumentPlace> documents(String after, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select document_id, sha256, work_id, rejected from ("
                        + "select document_id, sha256, work_id, false as rejected from source where document_id collate \"C\" > ?1 "
                        + "union all "
                        + "select document_id, source_sha256, null, true from rejected_document where document_id collate \"C\" > ?1"
                        + ") d order by document_id collate \"C\" limit ?2")
                .setParameter(1, after).setParameter(2, limit).getResultList();
        return rows.stream().map(r -> new DocumentPlace((String) r[0], (String) r[1], (String) r[2], (Boolean) r[3])).toList();
    }

    /**
     * Marks works as not yet published: the feed's sweep sends them on works.catalogued again within seconds, and
     * every projection (the index among them) takes them as it takes any change. Returns how many works there were.
     */
    @Transactional
    public int republish(List<String> workIds) {
        return entityManager.createNativeQuery("update work set published_version = 0 where id in (?1)")
                .setParameter(1, workIds).executeUpdate();
    }
}
