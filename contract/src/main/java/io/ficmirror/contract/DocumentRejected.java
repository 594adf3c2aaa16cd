package io.ficmirror.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/**
 * A document that did not become a work, on {@value Topics#DOCUMENTS_REJECTED}.
 *
 * @param reason meant for people: what was wrong and, where it helps, what to do
 * @param kind   a stable machine-readable category (for example "empty", "binary", "not-a-story"), null if none
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DocumentRejected(
        int schemaVersion,
        String documentId,
        Source source,
        RejectionStage stage,
        String reason,
        String kind,
        Instant rejectedAt) {
}
