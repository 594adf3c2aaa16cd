package io.ficmirror.ingest.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "ficmirror.ingest")
public interface IngestSettings {

    /**
     * Larger documents are rejected rather than published. Novels reach several MB; events carry the bytes
     * base64-encoded (a third larger), so this stays under the topics' message size limit (64 MB).
     */
    @WithDefault("33554432")
    int maxDocumentBytes();

    /**
     * The longest single SQL statement an archive's dump may hold, in characters: one multi-row INSERT is held in
     * memory while it is parsed (two bytes a character). mysqldump's statements stay under its max_allowed_packet.
     */
    @WithDefault("33554432")
    long maxDumpStatementChars();

    /** Where uploaded mirrors wait while their import job reads them; each is deleted once its job has read it. */
    @WithDefault("${java.io.tmpdir}/ficmirror-uploads")
    String spoolDir();
}
