package io.ficmirror.catalog.service;

import io.ficmirror.catalog.domain.InteractionEntity;
import io.ficmirror.contract.Interaction;
import io.ficmirror.contract.SchemaVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;

/** Readers' interactions as the export gives them: with the catalogue's canonical work of their document. */
@ApplicationScoped
public class InteractionQueries {

    @Inject
    EntityManager entityManager;

    /**
     * Interactions in id order after {@code after} (from the first when null), of one archive and one kind when they
     * are given. Each one's workId is the canonical work its document belongs to now, null while the document is not
     * in the catalogue (not parsed yet, or rejected).
     */
    @Transactional
    public List<Interaction> page(String archive, String kind, String after, int limit) {
        StringBuilder jpql = new StringBuilder("select i, w.id from InteractionEntity i"
                + " left join SourceEntity s on s.documentId = i.documentId left join s.work w"
                + " where i.interactionId > :after");
        if (archive != null) {
            jpql.append(" and i.archive = :archive");
        }
        if (kind != null) {
            jpql.append(" and i.kind = :kind");
        }
        TypedQuery<Object[]> query = entityManager.createQuery(jpql.append(" order by i.interactionId").toString(),
                Object[].class).setParameter("after", after == null ? "" : after).setMaxResults(limit);
        if (archive != null) {
            query.setParameter("archive", archive);
        }
        if (kind != null) {
            query.setParameter("kind", kind);
        }
        return query.getResultList().stream().map(row -> export((InteractionEntity) row[0], (String) row[1])).toList();
    }

    private static Interaction export(InteractionEntity stored, String canonicalWorkId) {
        return new Interaction(SchemaVersion.CURRENT, stored.interactionId, stored.archive, stored.readerId,
                stored.documentId, canonicalWorkId, stored.kind, stored.happenedAt);
    }
}
