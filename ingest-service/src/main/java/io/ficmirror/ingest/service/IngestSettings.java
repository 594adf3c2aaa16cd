package io.ficmirror.ingest.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "ficmirror.ingest")
public interface IngestSettings {

    /**
     * Larger documents are rejected rather than published. Events carry the bytes base64-encoded (a third larger),
     * so this stays well under the topic's message size limit (16 MB).
     */
    @WithDefault("10485760")
    int maxDocumentBytes();
}
