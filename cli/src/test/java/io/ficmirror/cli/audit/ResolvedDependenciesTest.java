package io.ficmirror.cli.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResolvedDependenciesTest {

    @Test
    void readsTheLinesOfMavensDependencyList() {
        assertArrayEquals(new String[] {"org.apache.kafka", "kafka-clients", "3.9.0"},
                ResolvedDependencies.parse("   org.apache.kafka:kafka-clients:jar:3.9.0:compile -- module kafka.clients"));
        assertArrayEquals(new String[] {"io.netty", "netty-transport-native-epoll", "4.1.121.Final"},
                ResolvedDependencies.parse("   io.netty:netty-transport-native-epoll:jar:linux-x86_64:4.1.121.Final:runtime"));
        assertNull(ResolvedDependencies.parse("The following files have been resolved:"));
        assertNull(ResolvedDependencies.parse("   none"));
        assertNull(ResolvedDependencies.parse(""));
    }

    @Test
    void gathersEachLibraryOnceWithTheModulesThatShipIt(@TempDir Path root) throws Exception {
        module(root, "ingest-service", "   org.apache.kafka:kafka-clients:jar:3.9.0:compile -- module kafka.clients");
        module(root, "parse-service", "   org.apache.kafka:kafka-clients:jar:3.9.0:compile -- module kafka.clients",
                "   org.jsoup:jsoup:jar:1.18.1:compile");
        module(root.resolve("deploy"), "local", "   org.apache.kafka:kafka_2.13:jar:4.1.0:compile");
        Files.createDirectories(root.resolve(".ficmirror-test/stack/target"));
        Files.writeString(root.resolve(".ficmirror-test/stack/target/runtime-dependencies.txt"), "   a:b:jar:1:compile");

        List<Dependency> dependencies = ResolvedDependencies.of(root);

        assertEquals(List.of("org.apache.kafka:kafka-clients:3.9.0", "org.apache.kafka:kafka_2.13:4.1.0",
                "org.jsoup:jsoup:1.18.1"), dependencies.stream().map(Dependency::toString).toList());
        assertEquals(Set.of("ingest-service", "parse-service"), dependencies.get(0).modules());
        assertEquals(Set.of("deploy/local"), dependencies.get(1).modules());
    }

    private static void module(Path parent, String name, String... lines) throws Exception {
        Path module = parent.resolve(name);
        Files.createDirectories(module.resolve("target"));
        Files.writeString(module.resolve("pom.xml"), "<project/>");
        Files.writeString(module.resolve(ResolvedDependencies.FILE),
                "\nThe following files have been resolved:\n" + String.join("\n", lines) + "\n");
    }
}
