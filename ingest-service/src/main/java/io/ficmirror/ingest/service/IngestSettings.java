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
}
