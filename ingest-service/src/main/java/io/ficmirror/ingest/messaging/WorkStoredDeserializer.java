package io.ficmirror.ingest.messaging;

import io.ficmirror.contract.WorkStored;
import io.quarkus.kafka.client.serialization.ObjectMapperDeserializer;

public class WorkStoredDeserializer extends ObjectMapperDeserializer<WorkStored> {
    public WorkStoredDeserializer() {
        super(WorkStored.class);
    }
}
