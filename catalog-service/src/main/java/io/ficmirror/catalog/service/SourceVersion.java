package io.ficmirror.catalog.service;

import io.ficmirror.contract.Work;
import java.time.Instant;
import java.util.Comparator;

/** One source document of a work as the catalogue holds it: the Work parsed from it and when it was fetched. */
public record SourceVersion(String documentId, Instant fetchedAt, Work work) {

    /** Between two versions of one document, the one fetched later wins; then the one parsed by a newer parser. */
    public boolean isNewerThan(Instant otherFetchedAt, String otherParserVersion) {
        int byTime = fetchedAt.compareTo(otherFetchedAt);
        if (byTime != 0) {
            return byTime > 0;
        }
        return ParserVersions.ORDER.compare(work.parserVersion(), otherParserVersion) > 0;
    }

    Integer partNumber() {
        return work.partOf() == null ? null : work.partOf().number();
    }

    static final Comparator<SourceVersion> FETCH_ORDER = Comparator.comparing(SourceVersion::fetchedAt)
            .thenComparing(SourceVersion::documentId);
}
