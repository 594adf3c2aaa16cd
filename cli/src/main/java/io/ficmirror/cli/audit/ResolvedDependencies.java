package io.ficmirror.cli.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What each module of the build runs with, as Maven resolved it: the build writes target/runtime-dependencies.txt in
 * every module (maven-dependency-plugin's list goal, runtime scope), lines such as
 * {@code    org.apache.kafka:kafka-clients:jar:3.9.0:compile -- module kafka.clients}.
 */
final class ResolvedDependencies {
    static final String FILE = "target/runtime-dependencies.txt";

    private ResolvedDependencies() {
    }

    /** Every dependency of every module under {@code root} that has been built, keyed by group:artifact:version. */
    static List<Dependency> of(Path root) throws IOException {
        List<Path> lists = new ArrayList<>();
        for (Path folder : folders(root)) {
            List<Path> candidates = new ArrayList<>(List.of(folder));
            candidates.addAll(folders(folder)); // deploy/local
            for (Path module : candidates) {
                if (Files.isRegularFile(module.resolve("pom.xml")) && Files.isRegularFile(module.resolve(FILE))) {
                    lists.add(module.resolve(FILE));
                }
            }
        }
        Map<String, String[]> coordinates = new TreeMap<>();
        Map<String, Set<String>> modules = new TreeMap<>();
        for (Path list : lists) {
            String module = root.relativize(list.getParent().getParent()).toString();
            for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
                String[] parsed = parse(line);
                if (parsed != null) {
                    String key = String.join(":", parsed);
                    coordinates.put(key, parsed);
                    modules.computeIfAbsent(key, k -> new TreeSet<>()).add(module);
                }
            }
        }
        List<Dependency> dependencies = new ArrayList<>();
        coordinates.forEach((key, c) -> dependencies.add(new Dependency(c[0], c[1], c[2], modules.get(key))));
        return dependencies;
    }

    private static List<Path> folders(Path folder) throws IOException {
        try (Stream<Path> children = Files.list(folder)) {
            return children.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
    }

    /** group, artifact and version of one line of the list, or null for its header and blank lines. */
    static String[] parse(String line) {
        String coordinates = line.strip();
        int module = coordinates.indexOf(" -- ");
        if (module >= 0) {
            coordinates = coordinates.substring(0, module).strip();
        }
        String[] parts = coordinates.split(":");
        // group:artifact:type:version:scope, or group:artifact:type:classifier:version:scope
        if ((parts.length != 5 && parts.length != 6) || parts[0].isEmpty() || parts[0].contains(" ")) {
            return null;
        }
        return new String[] {parts[0], parts[1], parts[parts.length - 2]};
    }
}
