package io.ficmirror.catalog.messaging;

import io.ficmirror.contract.Interaction;
import io.quarkus.kafka.client.serialization.ObjectMapperDeserializer;

public class InteractionDeserializer extends ObjectMapperDeserializer<Interaction> {
    public InteractionDeserializer() {
        super(Interaction.class);
    }
}
