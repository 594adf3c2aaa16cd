package io.ficmirror.ingest.messaging;

import io.ficmirror.contract.DocumentRejected;
import io.quarkus.kafka.client.serialization.ObjectMapperDeserializer;

public class DocumentRejectedDeserializer extends ObjectMapperDeserializer<DocumentRejected> {
    public DocumentRejectedDeserializer() {
        super(DocumentRejected.class);
    }
}
