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

    SourceVersion version() {
        Instant fetchedAt = work.source() != null && work.source().fetchedAt() != null ? work.source().fetchedAt() : recordTime;
        return new SourceVersion(work.documentId(), fetchedAt.truncatedTo(ChronoUnit.MICROS), work);
    }
}
