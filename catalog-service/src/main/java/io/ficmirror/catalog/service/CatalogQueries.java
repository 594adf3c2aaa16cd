package io.ficmirror.catalog.service;

import io.ficmirror.catalog.domain.CreatorEntity;
import io.ficmirror.catalog.domain.RejectedDocumentEntity;
import io.ficmirror.catalog.domain.SourceEntity;
import io.ficmirror.catalog.domain.WorkEntity;
import io.ficmirror.catalog.domain.WorkTextEntity;
import io.ficmirror.contract.WorkCatalogued;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The catalogue's reads. Lists page by keyset (never OFFSET), so the millionth page costs what the first does. */
@ApplicationScoped
public class CatalogQueries {

    @Inject
    EntityManager entityManager;

    public record WorkSummary(String id, String title, List<String> creators, List<String> fandoms,
            List<String> relationships, String rating, List<String> warnings, String language, int wordCount,
            int chapterCount, int sourceCount, java.time.LocalDate publishedAt, java.time.LocalDate updatedAt,
            String summary, Boolean complete, io.ficmirror.contract.Stats engagement) {
    }

    /** One page of works; {@code next} is the cursor of the following page, null on the last. */
    public record WorkPage(List<WorkSummary> works, String next) {
    }

    public record CreatorView(long id, String name, int workCount) {
    }

    public record TagView(String type, String name, int workCount, List<String> synonyms) {
    }

    public record Count(String name, long works) {
    }

    public record Stats(long works, long sources, long rejectedDocuments, long creators, long tags,
            List<Count> worksPerFandom, List<Count> worksPerYear, List<Count> worksPerArchive,
            Map<String, Long> interactionsPerKind) {
    }

    @Transactional
    public Optional<WorkCatalogued> work(String workId, boolean withBody) {
        return WorkEntity.<WorkEntity>findByIdOptional(workId).map(w -> FeedRecords.of(w, withBody));
    }

    @Transactional
    public Optional<String> text(String workId) {
        return WorkTextEntity.<WorkTextEntity>findByIdOptional(workId).map(t -> t.body);
    }

    @Transactional
    public WorkPage works(WorkFilter filter, String after, int limit) {
        StringBuilder sql = new StringBuilder("select w.id from work w where true");
        Map<String, Object> parameters = new LinkedHashMap<>();
        int n = 0;
        for (String fandom : filter.fandoms()) {
            sql.append(" and exists (select 1 from work_tag wt where wt.work_id = w.id and wt.tag_id in (:t").append(n).append("))");
            parameters.put("t" + n++, tagIds(TagType.FANDOM, fandom));
        }
        for (String tag : filter.tags()) {
            sql.append(" and exists (select 1 from work_tag wt where wt.work_id = w.id and wt.tag_id in (:t").append(n).append("))");
            parameters.put("t" + n++, tagIds(null, tag));
        }
        for (String creator : filter.creators()) {
            sql.append(" and exists (select 1 from work_creator wc join creator c on c.id = wc.creator_id"
                    + " where wc.work_id = w.id and lower(c.name) = :c").append(n).append(")");
            parameters.put("c" + n++, creator.toLowerCase(Locale.ROOT));
        }
        if (filter.rating() != null) {
            sql.append(" and w.rating in (select name from tag where id in (:rating))");
            parameters.put("rating", tagIds(TagType.RATING, filter.rating()));
        }
        if (filter.language() != null) {
            sql.append(" and w.language = :language");
            parameters.put("language", filter.language());
        }
        if (filter.minWords() != null) {
            sql.append(" and w.word_count >= :minWords");
            parameters.put("minWords", filter.minWords());
        }
        if (filter.maxWords() != null) {
            sql.append(" and w.word_count <= :maxWords");
            parameters.put("maxWords", filter.maxWords());
        }
        Keyset position = Keyset.parse(after);
        if (position != null) {
            sql.append(" and (w.catalogued_at, w.id) < (:afterTime, :afterId)");
            parameters.put("afterTime", Timestamp.from(position.time()));
            parameters.put("afterId", position.id());
        }
        sql.append(" order by w.catalogued_at desc, w.id desc limit ").append(limit + 1);
        Query query = entityManager.createNativeQuery(sql.toString());
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<String> ids = query.getResultList();
        List<WorkEntity> works = inOrder(ids.subList(0, Math.min(limit, ids.size())));
        String next = ids.size() > limit && !works.isEmpty()
                ? new Keyset(works.get(works.size() - 1).cataloguedAt, works.get(works.size() - 1).id).toString() : null;
        return new WorkPage(works.stream().map(CatalogQueries::summary).toList(), next);
    }

    @Transactional
    public List<CreatorView> creators(String prefix, String after, int limit) {
        String like = (prefix == null ? "" : escapeLike(prefix.toLowerCase(Locale.ROOT))) + "%";
        return CreatorEntity.<CreatorEntity>find("lower(name) like ?1 and name > ?2 order by name", like, after == null ? "" : after)
                .page(0, limit).list().stream().map(c -> new CreatorView(c.id, c.name, c.workCount)).toList();
    }

    @Transactional
    public Optional<CreatorView> creator(long id) {
        return CreatorEntity.<CreatorEntity>findByIdOptional(id).map(c -> new CreatorView(c.id, c.name, c.workCount));
    }

    /** Tags by number of works, most first; with a prefix, those whose name or a synonym starts with it. */
    @Transactional
    public List<TagView> tags(TagType type, String prefix, int limit) {
        StringBuilder sql = new StringBuilder("select t.id, t.type, t.name, t.work_count from tag t where t.work_count > 0");
        if (type != null) {
            sql.append(" and t.type = :type");
        }
        if (prefix != null && !prefix.isBlank()) {
            sql.append(" and (lower(t.name) like :prefix or t.id in (select s.tag_id from tag_synonym s where lower(s.name) like :prefix))");
        }
        sql.append(" order by t.work_count desc, t.name limit ").append(limit);
        Query query = entityManager.createNativeQuery(sql.toString());
        if (type != null) {
            query.setParameter("type", type.id());
        }
        if (prefix != null && !prefix.isBlank()) {
            query.setParameter("prefix", escapeLike(prefix.strip().toLowerCase(Locale.ROOT)) + "%");
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<Long, List<String>> synonyms = synonymsOf(rows.stream().map(r -> ((Number) r[0]).longValue()).toList());
        return rows.stream().map(r -> new TagView((String) r[1], (String) r[2], ((Number) r[3]).intValue(),
                synonyms.getOrDefault(((Number) r[0]).longValue(), List.of()))).toList();
    }

    @Transactional
    public Stats stats() {
        return new Stats(WorkEntity.count(), SourceEntity.count(), RejectedDocumentEntity.count(), CreatorEntity.count(),
                count("select count(*) from tag where work_count > 0"),
                counts("select t.name, t.work_count from tag t where t.type = 'fandom' and t.work_count > 0 "
                        + "order by t.work_count desc, t.name limit 100"),
                counts("select coalesce(cast(extract(year from published_at) as integer) || '', 'unknown'), count(*) "
                        + "from work group by 1 order by 1"),
                counts("select archive, count(distinct work_id) from source group by archive order by 2 desc, 1"),
                counts("select kind, count(*) from interaction group by kind order by kind").stream()
                        .collect(Collectors.toMap(Count::name, Count::works, (a, b) -> a, LinkedHashMap::new)));
    }

    @Transactional
    public List<DocumentStatus> statusOf(List<String> documentIds) {
        Map<String, DocumentStatus> byId = new LinkedHashMap<>();
        documentIds.forEach(id -> byId.put(id, DocumentStatus.unknown(id)));
        for (RejectedDocumentEntity rejected : RejectedDocumentEntity.findByDocumentIds(documentIds)) {
            byId.put(rejected.documentId, new DocumentStatus(rejected.documentId, "rejected", rejected.sourceSha256, null,
                    null, rejected.stage, rejected.kind, rejected.reason));
        }
        for (SourceEntity source : SourceEntity.withWorks(documentIds)) {
            byId.put(source.documentId, new DocumentStatus(source.documentId, "catalogued", source.sha256,
                    source.work.id, source.work.title, null, null, null));
        }
        return List.copyOf(byId.values());
    }

    /** Works changed at or after {@code since}, oldest change first, from {@code after} on. */
    @Transactional
    public List<WorkCatalogued> changedSince(Instant since, Keyset after, int limit, boolean withBody) {
        List<WorkEntity> works = after == null
                ? WorkEntity.find("changedAt >= ?1 order by changedAt, id", since).page(0, limit).list()
                : WorkEntity.find("changedAt >= ?1 and (changedAt > ?2 or (changedAt = ?2 and id > ?3)) order by changedAt, id",
                        since, after.time(), after.id()).page(0, limit).list();
        return FeedRecords.of(works, withBody);
    }

    private List<Long> tagIds(TagType type, String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT);
        Query query = entityManager.createNativeQuery("select id from tag where lower(name) = :name"
                + (type == null ? "" : " and type = :type")
                + " union select tag_id from tag_synonym where lower(name) = :name" + (type == null ? "" : " and type = :type"));
        query.setParameter("name", lower);
        if (type != null) {
            query.setParameter("type", type.id());
        }
        @SuppressWarnings("unchecked")
        List<Number> ids = query.getResultList();
        List<Long> result = new ArrayList<>(ids.stream().map(Number::longValue).toList());
        if (result.isEmpty()) {
            result.add(-1L);
        }
        return result;
    }

    private Map<Long, List<String>> synonymsOf(List<Long> tagIds) {
        if (tagIds.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select tag_id, name from tag_synonym where tag_id in (:ids) order by name")
                .setParameter("ids", tagIds).getResultList();
        return rows.stream().collect(Collectors.groupingBy(r -> ((Number) r[0]).longValue(), LinkedHashMap::new,
                Collectors.mapping(r -> (String) r[1], Collectors.toList())));
    }

    private List<WorkEntity> inOrder(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, WorkEntity> byId = WorkEntity.<WorkEntity>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(w -> w.id, Function.identity()));
        // a work removed between the two queries is left out
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private static WorkSummary summary(WorkEntity w) {
        Function<TagType, List<String>> tags = type -> w.tags.stream().filter(t -> t.type.equals(type.id())).map(t -> t.name).toList();
        return new WorkSummary(w.id, w.title, w.creators.stream().map(c -> c.name).toList(), tags.apply(TagType.FANDOM),
                tags.apply(TagType.RELATIONSHIP), w.rating, tags.apply(TagType.WARNING), w.language, w.wordCount,
                w.chapterCount, w.sourceCount, w.publishedAt, w.updatedAt, w.summary, w.complete,
                w.engagement == null ? null : w.engagement.toStats());
    }

    private long count(String sql) {
        return ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue();
    }

    private List<Count> counts(String sql) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(sql).getResultList();
        return rows.stream().map(r -> new Count(String.valueOf(r[0]), ((Number) r[1]).longValue())).toList();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

}
