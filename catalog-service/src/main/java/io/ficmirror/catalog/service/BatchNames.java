package io.ficmirror.catalog.service;

import io.ficmirror.catalog.domain.CreatorEntity;
import io.ficmirror.catalog.domain.SeriesEntity;
import io.ficmirror.catalog.domain.TagEntity;
import io.ficmirror.catalog.domain.WorkEntity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionScoped;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Creators, tags and series by name within one write transaction: found or created once per batch, and the ones a
 * batch touched get their work counts recounted at its end.
 */
@TransactionScoped
public class BatchNames implements Serializable {

    @Inject
    transient EntityManager entityManager;

    private final Map<String, CreatorEntity> creators = new HashMap<>();
    private final Map<String, TagEntity> tags = new HashMap<>();
    private final Map<String, SeriesEntity> series = new HashMap<>();
    private final Set<Long> touchedCreators = new HashSet<>();
    private final Set<Long> touchedTags = new HashSet<>();
    private final transient List<Synonym> synonyms = new ArrayList<>();

    CreatorEntity creator(String name) {
        return creators.computeIfAbsent(name, n -> {
            CreatorEntity found = CreatorEntity.find("name", n).firstResult();
            if (found == null) {
                found = new CreatorEntity();
                found.name = n;
                found.persist();
            }
            return found;
        });
    }

    TagEntity tag(TagType type, String name) {
        return tags.computeIfAbsent(type.id() + '\n' + name, key -> {
            TagEntity found = TagEntity.find("type = ?1 and name = ?2", type.id(), name).firstResult();
            if (found == null) {
                found = new TagEntity();
                found.type = type.id();
                found.name = name;
                found.persist();
            }
            return found;
        });
    }

    SeriesEntity series(String title) {
        return series.computeIfAbsent(title, t -> {
            SeriesEntity found = SeriesEntity.find("title", t).firstResult();
            if (found == null) {
                found = new SeriesEntity();
                found.title = t;
                found.persist();
            }
            return found;
        });
    }

    /**
     * Notes other names for a tag, written at the end of the batch (the tag may be new, and its row is only written
     * then); a name already taken by another tag of the type keeps its first meaning.
     */
    void synonyms(TagType type, TagEntity tag, List<String> names) {
        names.forEach(name -> synonyms.add(new Synonym(type.id(), name, tag)));
    }

    void writeSynonyms() {
        for (Synonym synonym : synonyms) {
            entityManager.createNativeQuery("insert into tag_synonym (type, name, tag_id) values (?1, ?2, ?3) "
                            + "on conflict (type, name) do nothing")
                    .setParameter(1, synonym.type()).setParameter(2, synonym.name()).setParameter(3, synonym.tag().id)
                    .executeUpdate();
        }
        synonyms.clear();
    }

    private record Synonym(String type, String name, TagEntity tag) {
    }

    /** Notes the creators and tags a work holds now, before and after a change, to recount them. */
    void touched(WorkEntity work) {
        work.creators.forEach(c -> touchedCreators.add(c.id));
        work.tags.forEach(t -> touchedTags.add(t.id));
    }

    void refreshCounts() {
        entityManager.flush();
        if (!touchedTags.isEmpty()) {
            entityManager.createNativeQuery("update tag t set work_count = (select count(*) from work_tag wt "
                    + "where wt.tag_id = t.id) where t.id in (:ids)").setParameter("ids", touchedTags).executeUpdate();
        }
        if (!touchedCreators.isEmpty()) {
            entityManager.createNativeQuery("update creator c set work_count = (select count(distinct wc.work_id) "
                    + "from work_creator wc where wc.creator_id = c.id) where c.id in (:ids)")
                    .setParameter("ids", touchedCreators).executeUpdate();
        }
        touchedTags.clear();
        touchedCreators.clear();
    }
}
