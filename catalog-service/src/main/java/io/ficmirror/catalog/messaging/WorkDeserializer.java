package io.ficmirror.catalog.messaging;

import io.ficmirror.contract.Work;
import io.quarkus.kafka.client.serialization.ObjectMapperDeserializer;

public class WorkDeserializer extends ObjectMapperDeserializer<Work> {
    public WorkDeserializer() {
        super(Work.class);
    }
}
