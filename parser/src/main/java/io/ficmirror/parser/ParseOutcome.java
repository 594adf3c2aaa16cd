package io.ficmirror.parser;

import io.ficmirror.contract.Work;

/** Either a work or the reason there is none. */
public sealed interface ParseOutcome {

    /** @param explanation which format was recognised and on what evidence */
    record Parsed(Work work, String explanation) implements ParseOutcome {
    }

    /**
     * @param kind   stable category: "empty", "binary", "unsupported-media-type", "not-a-story", ...
     * @param reason what a person needs to know, naming the evidence
     */
    record Rejected(String kind, String reason) implements ParseOutcome {
    }
}
