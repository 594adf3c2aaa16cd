package io.ficmirror.search.messaging;

import io.ficmirror.contract.WorkCatalogued;
import io.quarkus.kafka.client.serialization.ObjectMapperDeserializer;

public class WorkCataloguedDeserializer extends ObjectMapperDeserializer<WorkCatalogued> {
    public WorkCataloguedDeserializer() {
        super(WorkCatalogued.class);
    }
}
