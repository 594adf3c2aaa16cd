package io.ficmirror.cli.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StackSettingsTest {

    private final StackSettings settings = new StackSettings(Path.of("/repo"), Path.of("/repo/.ficmirror"), 29000, null, "postgres", "");

    @Test
    void everyPartHasItsOwnPortFromTheBase() {
        Set<Integer> ports = new HashSet<>(List.of(settings.kafkaPort(), settings.kafkaControllerPort(),
                settings.elasticsearchPort(), settings.elasticsearchPort() + 100, settings.postgresPort()));
        for (Service service : Service.values()) {
            ports.add(settings.servicePort(service));
        }
        assertEquals(9, ports.size());
        assertEquals(29092, settings.kafkaPort());
        assertEquals(29084, settings.servicePort(Service.SEARCH));
    }

    @Test
    void anExternalPostgresReplacesTheEmbeddedOne() {
        StackSettings external = new StackSettings(Path.of("/repo"), Path.of("/h"), 19000, "jdbc:postgresql://db:5432/fic", "fic", "s");
        assertFalse(external.embeddedPostgres());
        assertEquals("jdbc:postgresql://db:5432/fic", external.postgresJdbcUrl());
        assertTrue(settings.embeddedPostgres());
        assertEquals("jdbc:postgresql://127.0.0.1:29432/ficmirror", settings.postgresJdbcUrl());
    }
}
