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
 * @param interactions  readers' reviews and favourites published (imports of archive databases)
 * @param withheld      personal data the import met and did not publish, by kind (archive databases)
 * @param notes         what a person should know about the import: rows left out and why (archive databases)
 * @param dumpBytes     the size of an archive's dump; null for other mirrors
 * @param dumpBytesRead how much of the dump has been read: its stories are found only at its end, so until then this
 *                      is the job's progress
 */
public record ImportStatus(UUID id, String archive, String sourcePath, String status, String error, Instant createdAt,
        long found, long skipped, long published, long unchanged, long parsed, long catalogued, long indexed,
        long rejected, long done, boolean finished, Map<String, Long> skippedByReason, List<Rejection> rejections,
        long interactions, Map<String, Long> withheld, List<String> notes, Long dumpBytes, Long dumpBytesRead) {

    public record Rejection(String path, String documentId, String reason) {
    }
}
