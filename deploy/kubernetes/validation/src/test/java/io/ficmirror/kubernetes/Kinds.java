package io.ficmirror.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How each kind the manifests use is validated. Kubernetes' own kinds: fabric8's model, read strictly. Strimzi's:
 * Strimzi's own API model, named here only by class name because it is Java 21 bytecode. ECK, CloudNativePG and
 * KEDA publish no Java model and no JSON Schema as a package: their resources are checked against closed schemas
 * kept in src/test/resources/schemas, written from each project's API reference for the fields ficmirror uses,
 * with the parts that are Kubernetes types (metadata, pod templates, volume claims, resources) read by fabric8.
 */
final class Kinds {
    static final Map<String, Class<?>> KUBERNETES = Map.of(
            "v1/ConfigMap", ConfigMap.class,
            "v1/Service", Service.class,
            "v1/PersistentVolumeClaim", PersistentVolumeClaim.class,
            "apps/v1/Deployment", Deployment.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class);
    static final Map<String, String> STRIMZI = Map.of(
            "kafka.strimzi.io/v1/Kafka", "io.strimzi.api.kafka.model.kafka.Kafka",
            "kafka.strimzi.io/v1/KafkaNodePool", "io.strimzi.api.kafka.model.nodepool.KafkaNodePool",
            "kafka.strimzi.io/v1/KafkaTopic", "io.strimzi.api.kafka.model.topic.KafkaTopic");
    static final Map<String, String> SCHEMAS = Map.of(
            "keda.sh/v1alpha1/ScaledObject", "keda.sh/v1alpha1/ScaledObject.json",
            "postgresql.cnpg.io/v1/Cluster", "postgresql.cnpg.io/v1/Cluster.json",
            "elasticsearch.k8s.elastic.co/v1/Elasticsearch", "elasticsearch.k8s.elastic.co/v1/Elasticsearch.json");

    private static final Map<String, JsonSchema> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

    private Kinds() {
    }

    static String key(JsonNode resource) {
        return resource.path("apiVersion").asText() + "/" + resource.path("kind").asText();
    }

    static boolean isStrimzi(JsonNode resource) {
        return STRIMZI.containsKey(key(resource));
    }

    /** Strimzi's 1.x model loads only on Java 21 or later. */
    static boolean canReadStrimzi() {
        return Runtime.version().feature() >= 21;
    }

    /** What is wrong with the resource, each problem prefixed with the resource: empty when it is valid. */
    static List<String> problems(JsonNode resource) {
        String key = key(resource);
        List<String> problems = new ArrayList<>();
        if (KUBERNETES.containsKey(key)) {
            problems.addAll(StrictReader.problems(resource, KUBERNETES.get(key)));
        } else if (STRIMZI.containsKey(key)) {
            try {
                problems.addAll(StrictReader.problems(resource, Class.forName(STRIMZI.get(key))));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("Strimzi's API model is not on the classpath", e);
            }
        } else if (SCHEMAS.containsKey(key)) {
            problems.addAll(againstSchema(resource, SCHEMAS.get(key)));
            problems.addAll(StrictReader.problems(resource.path("metadata"), ObjectMeta.class));
            embeddedKubernetesTypes(resource, problems);
        } else {
            problems.add("no validator knows " + key + ": add its model or schema to Kinds");
        }
        return problems.stream().map(p -> Rendered.describe(resource) + ": " + p).toList();
    }

    private static void embeddedKubernetesTypes(JsonNode resource, List<String> problems) {
        JsonNode spec = resource.path("spec");
        for (JsonNode nodeSet : spec.path("nodeSets")) {
            if (nodeSet.has("podTemplate")) {
                problems.addAll(StrictReader.problems(nodeSet.get("podTemplate"), PodTemplateSpec.class));
            }
            for (JsonNode claim : nodeSet.path("volumeClaimTemplates")) {
                problems.addAll(StrictReader.problems(claim, PersistentVolumeClaim.class));
            }
        }
        if (resource.path("kind").asText().equals("Cluster") && spec.has("resources")) {
            problems.addAll(StrictReader.problems(spec.get("resources"), ResourceRequirements.class));
        }
    }

    private static List<String> againstSchema(JsonNode resource, String schemaPath) {
        return LOADED.computeIfAbsent(schemaPath, Kinds::load).validate(resource).stream()
                .map(ValidationMessage::getMessage).toList();
    }

    private static JsonSchema load(String schemaPath) {
        try (InputStream in = Kinds.class.getResourceAsStream("/schemas/" + schemaPath)) {
            if (in == null) {
                throw new IllegalStateException("missing schema " + schemaPath);
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
