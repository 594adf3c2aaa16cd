package io.ficmirror.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every resource of the base and of each overlay, as kustomize renders it, is valid for its kind. */
class ManifestsAreValidTest {

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/production"})
    void kubernetesEckCloudNativePgAndKedaResources(String kustomization) throws Exception {
        Rendered rendered = Rendered.of(kustomization);
        List<JsonNode> resources = rendered.resources().stream().filter(r -> !Kinds.isStrimzi(r)).toList();
        assertFalse(resources.isEmpty(), kustomization + " rendered nothing");
        assertEquals(List.of(), resources.stream().flatMap(r -> Kinds.problems(r).stream()).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/production"})
    void strimziResources(String kustomization) throws Exception {
        Assumptions.assumeTrue(Kinds.canReadStrimzi(), "Strimzi's 1.x API model needs Java 21 or later and these tests"
                + " run on Java " + Runtime.version().feature() + ": Kafka, KafkaNodePool and KafkaTopic were not"
                + " checked (set -Dficmirror.kubernetes.jvm=/path/to/java21+/bin/java)");
        Rendered rendered = Rendered.of(kustomization);
        List<JsonNode> strimzi = rendered.resources().stream().filter(Kinds::isStrimzi).toList();
        assertFalse(strimzi.isEmpty(), kustomization + " has no Kafka resources");
        assertEquals(List.of(), strimzi.stream().flatMap(r -> Kinds.problems(r).stream()).toList());
    }
}
