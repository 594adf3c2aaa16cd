package io.ficmirror.parse.messaging;

import io.ficmirror.contract.DocumentReceived;
import io.quarkus.kafka.client.serialization.ObjectMapperDeserializer;

public class DocumentReceivedDeserializer extends ObjectMapperDeserializer<DocumentReceived> {
    public DocumentReceivedDeserializer() {
        super(DocumentReceived.class);
    }
}
