package io.ficmirror.catalog.service;

import io.ficmirror.contract.Work;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A Work event as consumed. {@code recordTime} (the Kafka record's timestamp) stands in for the fetch time of events
 * written before sources carried one. Times are cut to Postgres's microseconds, or a replayed event would look newer
 * than the version stored from it.
 */
public record IncomingWork(Work work, Instant recordTime) {

    /** What makes the event impossible to catalogue, or null when it can be. */
    public static String problem(Work work) {
        if (work.documentId() == null || work.documentId().isBlank()) {
            return "the Work has no documentId";
        }
        if (work.source() == null || work.source().archive() == null || work.source().uri() == null
                || work.source().sha256() == null) {
            return "the Work has no complete source (archive, uri and sha256 are required)";
        }
        if (work.body() == null) {
            return "the Work has no body";
        }
        if (work.partOf() != null && (work.partOf().key() == null || work.partOf().key().isBlank() || work.partOf().number() < 1)) {
            return "the Work's partOf needs a key and a number from 1";
        }
        return null;
    }

    SourceVersion version() {
        Instant fetchedAt = work.source() != null && work.source().fetchedAt() != null ? work.source().fetchedAt() : recordTime;
        return new SourceVersion(work.documentId(), fetchedAt.truncatedTo(ChronoUnit.MICROS), work);
    }
}
