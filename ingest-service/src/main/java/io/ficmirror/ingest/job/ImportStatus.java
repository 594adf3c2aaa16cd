package io.ficmirror.ingest.job;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Where an import job stands. Every entry found ends in exactly one of: skipped, rejected, or catalogued and
 * indexed; {@code finished} says all have, so found = skipped + rejected + done.
 *
 * @param status        "reading" while the mirror is being read, "read" once every entry is handed on, "failed"
 * @param unchanged     documents already published earlier with the same bytes: nothing sent again
 * @param done          documents both catalogued and indexed
 * @param skippedByReason how many entries were skipped, per reason
 * @param rejections    the rejected documents with their reasons (the first 1000)
 */
public record ImportStatus(UUID id, String archive, String sourcePath, String status, String error, Instant createdAt,
        long found, long skipped, long published, long unchanged, long parsed, long catalogued, long indexed,
        long rejected, long done, boolean finished, Map<String, Long> skippedByReason, List<Rejection> rejections) {

    public record Rejection(String path, String documentId, String reason) {
    }
}
