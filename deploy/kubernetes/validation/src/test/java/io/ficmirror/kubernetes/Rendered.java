package io.ficmirror.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** The manifests of one kustomization as `kubectl kustomize` renders them: what `kubectl apply -k` would send. */
record Rendered(String kustomization, List<JsonNode> resources) {
    static final Path ROOT = Path.of(System.getProperty("ficmirror.root", "../../..")).toAbsolutePath().normalize();
    static final Path KUBERNETES = ROOT.resolve("deploy/kubernetes");
    static final List<String> KUSTOMIZATIONS = List.of("base", "overlays/dev", "overlays/production");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static final Map<String, Rendered> RENDERED = new ConcurrentHashMap<>();

    /** Rendered once per test run: the tests only read the result (the broken-manifest cases break deep copies). */
    static Rendered of(String kustomization) throws IOException, InterruptedException {
        Rendered rendered = RENDERED.get(kustomization);
        if (rendered == null) {
            rendered = of(kustomization, KUBERNETES.resolve(kustomization));
            RENDERED.put(kustomization, rendered);
        }
        return rendered;
    }

    static Rendered of(String name, Path folder) throws IOException, InterruptedException {
        Process kubectl;
        try {
            kubectl = new ProcessBuilder("kubectl", "kustomize", folder.toString()).redirectErrorStream(false).start();
        } catch (IOException e) {
            Assumptions.abort("kubectl is not installed here, so the manifests were not rendered or validated:"
                    + " install kubectl (it carries kustomize) to run this test");
            throw e;
        }
        byte[] out = kubectl.getInputStream().readAllBytes();
        String err = new String(kubectl.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!kubectl.waitFor(60, TimeUnit.SECONDS) || kubectl.exitValue() != 0) {
            throw new AssertionError("kubectl kustomize " + folder + " failed: " + err);
        }
        List<JsonNode> resources = new ArrayList<>();
        try (var parser = YAML.getFactory().createParser(out)) {
            for (var documents = YAML.readValues(parser, JsonNode.class); documents.hasNext(); ) {
                JsonNode resource = documents.next();
                if (resource != null && !resource.isNull()) {
                    resources.add(resource);
                }
            }
        }
        return new Rendered(name, resources);
    }

    List<JsonNode> ofKind(String kind) {
        return resources.stream().filter(r -> r.path("kind").asText().equals(kind)).toList();
    }

    JsonNode named(String kind, String name) {
        return ofKind(kind).stream().filter(r -> r.path("metadata").path("name").asText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(kustomization + " has no " + kind + " " + name));
    }

    static String describe(JsonNode resource) {
        return resource.path("kind").asText() + " " + resource.path("metadata").path("name").asText();
    }
}
