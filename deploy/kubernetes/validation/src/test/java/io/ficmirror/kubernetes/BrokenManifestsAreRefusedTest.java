package io.ficmirror.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The validation fails when a manifest is broken: each case breaks one rendered resource and names the problem. */
class BrokenManifestsAreRefusedTest {
    private static Rendered production;

    @BeforeAll
    static void render() throws Exception {
        production = Rendered.of("overlays/production");
    }

    private static List<String> problemsAfter(String kind, String name, Consumer<ObjectNode> breakIt) {
        ObjectNode copy = production.named(kind, name).deepCopy();
        assertEquals(List.of(), Kinds.problems(copy), "valid before it is broken");
        breakIt.accept(copy);
        return Kinds.problems(copy);
    }

    private static ObjectNode at(ObjectNode node, String pointer) {
        return (ObjectNode) node.at(pointer);
    }

    @Test
    void anUnknownFieldInADeployment() {
        List<String> problems = problemsAfter("Deployment", "catalog-service", d -> at(d, "/spec").put("replica", 3));
        assertTrue(problems.stream().anyMatch(p -> p.contains("\"replica\"")), problems::toString);
    }

    @Test
    void aWrongTypeInAContainer() {
        List<String> problems = problemsAfter("Deployment", "search-service",
                d -> at(d, "/spec/template/spec/containers/0/ports/0").put("containerPort", "eighty"));
        assertTrue(!problems.isEmpty(), "a port given as a word");
    }

    @Test
    void aMissingRequiredFieldOfTheScaler() {
        List<String> problems = problemsAfter("ScaledObject", "parse-service", s -> at(s, "/spec").remove("triggers"));
        assertTrue(problems.stream().anyMatch(p -> p.contains("triggers")), problems::toString);
    }

    @Test
    void aNumberWhereKedaWantsAString() {
        List<String> problems = problemsAfter("ScaledObject", "parse-service",
                s -> at(s, "/spec/triggers/0/metadata").put("lagThreshold", 700));
        assertTrue(problems.stream().anyMatch(p -> p.contains("lagThreshold")), problems::toString);
    }

    @Test
    void anUnknownFieldInAnElasticsearchPodTemplate() {
        List<String> problems = problemsAfter("Elasticsearch", "ficmirror",
                e -> at(e, "/spec/nodeSets/0/podTemplate/spec").put("containerz", "x"));
        assertTrue(problems.stream().anyMatch(p -> p.contains("containerz")), problems::toString);
    }

    @Test
    void aMissingInstanceCountOfPostgres() {
        List<String> problems = problemsAfter("Cluster", "ficmirror-postgres", c -> at(c, "/spec").remove("instances"));
        assertTrue(problems.stream().anyMatch(p -> p.contains("instances")), problems::toString);
    }

    @Test
    void strimziResourcesMissingARequiredFieldOrWithAnOldOne() {
        Assumptions.assumeTrue(Kinds.canReadStrimzi(), "Strimzi's model needs Java 21 or later");
        List<String> noRoles = problemsAfter("KafkaNodePool", "brokers", p -> at(p, "/spec").remove("roles"));
        assertTrue(noRoles.stream().anyMatch(p -> p.contains("roles")), noRoles::toString);
        // replicas moved from the Kafka resource to node pools: v1 has no such field
        List<String> oldField = problemsAfter("Kafka", "ficmirror", k -> at(k, "/spec/kafka").put("replicas", 3));
        assertTrue(oldField.stream().anyMatch(p -> p.contains("\"replicas\"")), oldField::toString);
        List<String> wordy = problemsAfter("KafkaTopic", "documents-raw", t -> at(t, "/spec").put("partitions", "24"));
        assertTrue(!wordy.isEmpty(), "partitions given as a string");
    }
}
