package io.ficmirror.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.ficmirror.contract.Topics;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the resources name must exist: Secrets, ConfigMaps, volumes, topics, consumer groups, probe paths, hosts. */
class CrossReferencesTest {
    private static final int LARGEST_EVENT_BYTES = 64 * 1024 * 1024;

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/production"})
    void everySecretConfigMapAndVolumeReferencedExists(String kustomization) throws Exception {
        Rendered rendered = Rendered.of(kustomization);
        Map<String, Set<String>> secrets = secretsAvailable(rendered);
        Set<String> configMaps = names(rendered, "ConfigMap");
        Set<String> claims = names(rendered, "PersistentVolumeClaim");
        List<String> missing = new ArrayList<>();
        for (JsonNode deployment : rendered.ofKind("Deployment")) {
            String who = Rendered.describe(deployment);
            JsonNode pod = deployment.at("/spec/template/spec");
            for (JsonNode container : pod.path("containers")) {
                for (JsonNode from : container.path("envFrom")) {
                    if (from.has("configMapRef") && !configMaps.contains(from.at("/configMapRef/name").asText())) {
                        missing.add(who + ": ConfigMap " + from.at("/configMapRef/name").asText());
                    }
                    if (from.has("secretRef") && !secrets.containsKey(from.at("/secretRef/name").asText())) {
                        missing.add(who + ": Secret " + from.at("/secretRef/name").asText());
                    }
                }
                for (JsonNode env : container.path("env")) {
                    JsonNode ref = env.at("/valueFrom/secretKeyRef");
                    if (!ref.isMissingNode()) {
                        Set<String> keys = secrets.get(ref.path("name").asText());
                        if (keys == null || !keys.contains(ref.path("key").asText())) {
                            missing.add(who + ": key " + ref.path("key").asText() + " of Secret " + ref.path("name").asText());
                        }
                    }
                }
            }
            for (JsonNode volume : pod.path("volumes")) {
                if (volume.has("persistentVolumeClaim") && !claims.contains(volume.at("/persistentVolumeClaim/claimName").asText())) {
                    missing.add(who + ": PersistentVolumeClaim " + volume.at("/persistentVolumeClaim/claimName").asText());
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    /**
     * Secrets the manifests may use: those they hold (none: no secret belongs in the repository), those the
     * operators make from resources present (CloudNativePG: {cluster}-app; ECK: {name}-es-elastic-user), and those
     * deploy/kubernetes/README.md tells the user to create, with the keys its command gives them.
     */
    private static Map<String, Set<String>> secretsAvailable(Rendered rendered) throws IOException {
        Map<String, Set<String>> secrets = new TreeMap<>();
        for (JsonNode cluster : rendered.ofKind("Cluster")) {
            secrets.put(cluster.at("/metadata/name").asText() + "-app",
                    Set.of("username", "password", "host", "port", "dbname", "uri", "jdbc-uri", "pgpass"));
        }
        for (JsonNode elasticsearch : rendered.ofKind("Elasticsearch")) {
            secrets.put(elasticsearch.at("/metadata/name").asText() + "-es-elastic-user", Set.of("elastic"));
        }
        Matcher created = Pattern.compile("kubectl (?:-n \\S+ )?create secret generic ([a-z0-9-]+)((?: --from-literal=[a-z0-9-]+=\\S+)+)")
                .matcher(Files.readString(Rendered.KUBERNETES.resolve("README.md")));
        while (created.find()) {
            Set<String> keys = new TreeSet<>();
            Matcher literal = Pattern.compile("--from-literal=([a-z0-9-]+)=").matcher(created.group(2));
            while (literal.find()) {
                keys.add(literal.group(1));
            }
            secrets.put(created.group(1), keys);
        }
        return secrets;
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/production"})
    void noSecretValueIsWrittenIntoTheManifests(String kustomization) throws Exception {
        Rendered rendered = Rendered.of(kustomization);
        assertEquals(List.of(), rendered.ofKind("Secret").stream().map(Rendered::describe).toList(),
                "Secrets are created by the user or the operators, never kept in the repository");
        List<String> literal = new ArrayList<>();
        for (JsonNode deployment : rendered.ofKind("Deployment")) {
            for (JsonNode env : deployment.at("/spec/template/spec/containers/0/env")) {
                if (env.has("value") && env.path("name").asText().matches(".*(PASSWORD|SECRET|API_KEY|TOKEN).*")) {
                    literal.add(Rendered.describe(deployment) + ": " + env.path("name").asText());
                }
            }
        }
        for (JsonNode configMap : rendered.ofKind("ConfigMap")) {
            configMap.path("data").fieldNames().forEachRemaining(name -> {
                if (name.matches(".*(PASSWORD|SECRET|API_KEY|TOKEN).*")) {
                    literal.add(Rendered.describe(configMap) + ": " + name);
                }
            });
        }
        assertEquals(List.of(), literal, "credentials given as plain values");
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/production"})
    void everyTopicOfTheContractHasAKafkaTopicThatTakesTheLargestEvent(String kustomization) throws Exception {
        Rendered rendered = Rendered.of(kustomization);
        JsonNode kafka = rendered.ofKind("Kafka").get(0);
        String cluster = kafka.at("/metadata/name").asText();
        Map<String, JsonNode> topics = new TreeMap<>();
        for (JsonNode topic : rendered.ofKind("KafkaTopic")) {
            String name = topic.at("/spec/topicName").asText(topic.at("/metadata/name").asText());
            topics.put(name, topic);
            assertEquals(cluster, topic.at("/metadata/labels/strimzi.io~1cluster").asText(), name + " belongs to the cluster");
            assertTrue(topic.at("/spec/config/max.message.bytes").asLong() >= LARGEST_EVENT_BYTES, name + " takes 64 MB events");
            String policy = Topics.COMPACTED.contains(name) ? "compact" : "delete";
            assertEquals(policy, topic.at("/spec/config/cleanup.policy").asText(), name + "'s cleanup policy");
        }
        assertEquals(new TreeSet<>(Topics.ALL), topics.keySet(), "one KafkaTopic for every topic of the contract, no other");
        assertTrue(kafka.at("/spec/kafka/config/message.max.bytes").asLong() >= LARGEST_EVENT_BYTES, "the brokers take 64 MB events");
        for (JsonNode pool : rendered.ofKind("KafkaNodePool")) {
            assertEquals(cluster, pool.at("/metadata/labels/strimzi.io~1cluster").asText(), Rendered.describe(pool));
        }
        long brokers = rendered.ofKind("KafkaNodePool").stream()
                .filter(p -> p.at("/spec/roles").toString().contains("broker")).mapToLong(p -> p.at("/spec/replicas").asLong()).sum();
        for (JsonNode topic : topics.values()) {
            assertTrue(topic.at("/spec/replicas").asLong() <= brokers, Rendered.describe(topic) + " has more replicas than brokers");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/production"})
    void theScalerWatchesParseServicesOwnGroupAndTopicWithinItsPartitions(String kustomization) throws Exception {
        Rendered rendered = Rendered.of(kustomization);
        JsonNode scaler = rendered.named("ScaledObject", "parse-service");
        JsonNode trigger = scaler.at("/spec/triggers/0");
        assertEquals("kafka", trigger.path("type").asText());
        Properties parse = properties("parse-service");
        assertEquals(parse.getProperty("mp.messaging.incoming.documents-raw.group.id"), trigger.at("/metadata/consumerGroup").asText());
        assertEquals(parse.getProperty("mp.messaging.incoming.documents-raw.topic"), trigger.at("/metadata/topic").asText());
        JsonNode topic = rendered.ofKind("KafkaTopic").stream()
                .filter(t -> t.at("/spec/topicName").asText().equals(trigger.at("/metadata/topic").asText())).findFirst().orElseThrow();
        assertTrue(scaler.at("/spec/maxReplicaCount").asLong() <= topic.at("/spec/partitions").asLong(),
                "more parse-service replicas than partitions would sit idle");
        // KEDA resolves the address from its own namespace, so it must name ficmirror's
        String namespace = scaler.at("/metadata/namespace").asText("ficmirror");
        String shortName = bootstrapServers(rendered);
        assertEquals(shortName.replace(":", "." + namespace + ".svc:"), trigger.at("/metadata/bootstrapServers").asText());
        JsonNode target = rendered.named("Deployment", scaler.at("/spec/scaleTargetRef/name").asText());
        assertFalse(target.at("/spec").has("replicas"), "KEDA owns parse-service's replicas: an apply must not reset them");
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/production"})
    void everyConsumerGroupReadsATopicThatExists(String kustomization) throws Exception {
        Rendered rendered = Rendered.of(kustomization);
        Set<String> topics = new TreeSet<>();
        rendered.ofKind("KafkaTopic").forEach(t -> topics.add(t.at("/spec/topicName").asText()));
        for (String service : List.of("ingest-service", "parse-service", "catalog-service", "search-service")) {
            Properties properties = properties(service);
            for (String key : properties.stringPropertyNames()) {
                if (key.matches("mp\\.messaging\\.(incoming|outgoing)\\.[^.]+\\.topic")) {
                    assertTrue(topics.contains(properties.getProperty(key)), service + "'s " + key + " has no KafkaTopic");
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/production"})
    void probesAndMetricsPointAtEndpointsTheServicesHave(String kustomization) throws Exception {
        Rendered rendered = Rendered.of(kustomization);
        Set<String> health = Set.of("/q/health/live", "/q/health/ready", "/q/health/started");
        for (JsonNode deployment : rendered.ofKind("Deployment")) {
            String service = deployment.at("/metadata/name").asText();
            String pom = Files.readString(Rendered.ROOT.resolve(service).resolve("pom.xml"));
            assertTrue(pom.contains("<artifactId>quarkus-smallrye-health</artifactId>"), service + " serves /q/health");
            assertTrue(pom.contains("<artifactId>quarkus-micrometer-registry-prometheus</artifactId>"), service + " serves /q/metrics");
            JsonNode container = deployment.at("/spec/template/spec/containers/0");
            Set<String> ports = new TreeSet<>();
            container.path("ports").forEach(p -> ports.add(p.path("name").asText()));
            for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                JsonNode get = container.at("/" + probe + "/httpGet");
                assertTrue(health.contains(get.path("path").asText()), service + " " + probe + " " + get.path("path"));
                assertTrue(ports.contains(get.path("port").asText()), service + " " + probe + " port");
            }
            JsonNode annotations = deployment.at("/spec/template/metadata/annotations");
            assertEquals("/q/metrics", annotations.path("prometheus.io/path").asText(), service);
            assertEquals(container.at("/ports/0/containerPort").asText(), annotations.path("prometheus.io/port").asText(), service);
            assertTrue(container.at("/resources/requests").has("cpu") && container.at("/resources/limits").has("memory"),
                    service + " states its resources");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/production"})
    void servicesAndDisruptionBudgetsSelectTheirPods(String kustomization) throws Exception {
        Rendered rendered = Rendered.of(kustomization);
        List<JsonNode> deployments = rendered.ofKind("Deployment");
        for (String kind : List.of("Service", "PodDisruptionBudget")) {
            for (JsonNode resource : rendered.ofKind(kind)) {
                JsonNode selector = kind.equals("Service") ? resource.at("/spec/selector") : resource.at("/spec/selector/matchLabels");
                assertTrue(selector.size() > 0, Rendered.describe(resource) + " selects something");
                long matched = deployments.stream().filter(d -> {
                    JsonNode labels = d.at("/spec/template/metadata/labels");
                    List<String> unmatched = new ArrayList<>();
                    selector.fields().forEachRemaining(e -> {
                        if (!e.getValue().asText().equals(labels.path(e.getKey()).asText())) {
                            unmatched.add(e.getKey());
                        }
                    });
                    return unmatched.isEmpty();
                }).count();
                assertEquals(1, matched, Rendered.describe(resource) + " selects the pods of one Deployment");
            }
        }
        for (JsonNode deployment : deployments) {
            String name = deployment.at("/metadata/name").asText();
            assertEquals(1, rendered.ofKind("Service").stream().filter(s -> s.at("/metadata/name").asText().equals(name)).count(), name + " has a Service");
            assertEquals(1, rendered.ofKind("PodDisruptionBudget").stream().filter(s -> s.at("/metadata/name").asText().equals(name)).count(), name + " has a PodDisruptionBudget");
            assertTrue(rendered.ofKind("NetworkPolicy").stream().anyMatch(p -> p.at("/spec/podSelector").toString().contains(name)),
                    name + " is covered by a NetworkPolicy");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/production"})
    void theServicesAreConfiguredForTheOperatorsServices(String kustomization) throws Exception {
        Rendered rendered = Rendered.of(kustomization);
        JsonNode config = rendered.named("ConfigMap", "ficmirror-config").path("data");
        assertEquals(bootstrapServers(rendered), config.path("KAFKA_BOOTSTRAP_SERVERS").asText());
        String postgres = rendered.ofKind("Cluster").get(0).at("/metadata/name").asText();
        assertTrue(config.path("QUARKUS_DATASOURCE_JDBC_URL").asText().startsWith("jdbc:postgresql://" + postgres + "-rw:5432/"),
                config.path("QUARKUS_DATASOURCE_JDBC_URL").asText());
        String database = rendered.ofKind("Cluster").get(0).at("/spec/bootstrap/initdb/database").asText();
        assertTrue(config.path("QUARKUS_DATASOURCE_JDBC_URL").asText().endsWith("/" + database));
        String elasticsearch = rendered.ofKind("Elasticsearch").get(0).at("/metadata/name").asText();
        assertEquals(elasticsearch + "-es-http:9200", config.path("QUARKUS_ELASTICSEARCH_HOSTS").asText());
        assertEquals("http://" + rendered.named("Service", "catalog-service").at("/metadata/name").asText(),
                config.path("FICMIRROR_CATALOG_URL").asText());
    }

    private static String bootstrapServers(Rendered rendered) {
        JsonNode kafka = rendered.ofKind("Kafka").get(0);
        JsonNode listener = kafka.at("/spec/kafka/listeners/0");
        return kafka.at("/metadata/name").asText() + "-kafka-bootstrap:" + listener.path("port").asText();
    }

    private static Set<String> names(Rendered rendered, String kind) {
        Set<String> names = new TreeSet<>();
        rendered.ofKind(kind).forEach(r -> names.add(r.at("/metadata/name").asText()));
        return names;
    }

    /** A service's application.properties, with ${...} references to its own keys resolved. */
    private static Properties properties(String service) throws IOException {
        Properties properties = new Properties();
        Path file = Rendered.ROOT.resolve(service).resolve("src/main/resources/application.properties");
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        for (String key : properties.stringPropertyNames()) {
            Matcher reference = Pattern.compile("\\$\\{([^}:]+)}").matcher(properties.getProperty(key));
            if (reference.matches() && properties.getProperty(reference.group(1)) != null) {
                properties.setProperty(key, properties.getProperty(reference.group(1)));
            }
        }
        return properties;
    }
}
