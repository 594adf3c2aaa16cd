package io.ficmirror.catalog.service;

import io.ficmirror.contract.Chapter;
import io.ficmirror.contract.ContentIds;
import io.ficmirror.contract.PartOf;
import io.ficmirror.contract.SchemaVersion;
import io.ficmirror.contract.SeriesPart;
import io.ficmirror.contract.Source;
import io.ficmirror.contract.Stats;
import io.ficmirror.contract.Work;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Work events for tests, changed field by field through withers; {@code chapters} null is one chapter of all the words. */
record Works(String uri, String title, List<String> authors, List<String> fandoms, List<String> tags, String rating,
        String summary, LocalDate published, LocalDate updated, Integer comments, String body, PartOf partOf,
        Map<String, List<String>> asWritten, List<SeriesPart> series, Instant fetchedAt, Stats stats, Boolean complete,
        List<String> challenges, List<Chapter> chapters) {

    static Works story(String uri, String body) {
        return new Works(uri, "The Lantern Room", List.of("Marigold"), List.of("Smallville"), List.of(), "Not Rated",
                null, null, null, null, body, null, Map.of(), List.of(), Instant.parse("2026-11-01T00:00:00Z"), null, null, List.of(),
                null);
    }

    Works titled(String value) { return new Works(uri, value, authors, fandoms, tags, rating, summary, published, updated, comments, body, partOf, asWritten, series, fetchedAt, stats, complete, challenges, chapters); }
    Works by(String... value) { return new Works(uri, title, List.of(value), fandoms, tags, rating, summary, published, updated, comments, body, partOf, asWritten, series, fetchedAt, stats, complete, challenges, chapters); }
    Works fandoms(String... value) { return new Works(uri, title, authors, List.of(value), tags, rating, summary, published, updated, comments, body, partOf, asWritten, series, fetchedAt, stats, complete, challenges, chapters); }
    Works tags(String... value) { return new Works(uri, title, authors, fandoms, List.of(value), rating, summary, published, updated, comments, body, partOf, asWritten, series, fetchedAt, stats, complete, challenges, chapters); }
    Works rated(String value) { return new Works(uri, title, authors, fandoms, tags, value, summary, published, updated, comments, body, partOf, asWritten, series, fetchedAt, stats, complete, challenges, chapters); }
    Works summary(String value) { return new Works(uri, title, authors, fandoms, tags, rating, value, published, updated, comments, body, partOf, asWritten, series, fetchedAt, stats, complete, challenges, chapters); }
    Works dated(String publishedOn, String updatedOn) { return new Works(uri, title, authors, fandoms, tags, rating, summary, publishedOn == null ? null : LocalDate.parse(publishedOn), updatedOn == null ? null : LocalDate.parse(updatedOn), comments, body, partOf, asWritten, series, fetchedAt, stats, complete, challenges, chapters); }
    Works comments(Integer value) { return new Works(uri, title, authors, fandoms, tags, rating, summary, published, updated, value, body, partOf, asWritten, series, fetchedAt, stats, complete, challenges, chapters); }
    Works part(String key, int number, Integer total, String partTitle) { return new Works(uri, title, authors, fandoms, tags, rating, summary, published, updated, comments, body, new PartOf(key, number, total, partTitle), asWritten, series, fetchedAt, stats, complete, challenges, chapters); }
    Works wrote(String field, String... values) { return new Works(uri, title, authors, fandoms, tags, rating, summary, published, updated, comments, body, partOf, Map.of(field, List.of(values)), series, fetchedAt, stats, complete, challenges, chapters); }
    Works inSeries(String name, Integer part) { return new Works(uri, title, authors, fandoms, tags, rating, summary, published, updated, comments, body, partOf, asWritten, List.of(new SeriesPart(name, part)), fetchedAt, stats, complete, challenges, chapters); }
    Works fetched(String instant) { return new Works(uri, title, authors, fandoms, tags, rating, summary, published, updated, comments, body, partOf, asWritten, series, Instant.parse(instant), stats, complete, challenges, chapters); }
    Works stats(Stats value) { return new Works(uri, title, authors, fandoms, tags, rating, summary, published, updated, comments, body, partOf, asWritten, series, fetchedAt, value, complete, challenges, chapters); }
    Works complete(Boolean value) { return new Works(uri, title, authors, fandoms, tags, rating, summary, published, updated, comments, body, partOf, asWritten, series, fetchedAt, stats, value, challenges, chapters); }
    Works challenges(String... value) { return new Works(uri, title, authors, fandoms, tags, rating, summary, published, updated, comments, body, partOf, asWritten, series, fetchedAt, stats, complete, List.of(value), chapters); }
    Works chaptered(Chapter... value) { return new Works(uri, title, authors, fandoms, tags, rating, summary, published, updated, comments, body, partOf, asWritten, series, fetchedAt, stats, complete, challenges, List.of(value)); }

    Work work() {
        String documentId = ContentIds.documentId("test", uri);
        int words = body.isBlank() ? 0 : body.strip().split("\\s+").length;
        return new Work(SchemaVersion.CURRENT, ContentIds.workIdForDocument(documentId), documentId, title, authors,
                fandoms, List.of(), List.of(), tags, rating, List.of(), List.of(), series, summary, null, null, List.of(),
                published, updated, "en", words, chapters != null ? chapters : List.of(new Chapter(null, words)), comments, body, "plain",
                new Source("test", uri, ContentIds.sha256Hex(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)), fetchedAt),
                "1.0", asWritten, partOf, stats, complete, challenges);
    }

    SourceVersion version() {
        Work work = work();
        return new SourceVersion(work.documentId(), fetchedAt, work);
    }
}
