package io.ficmirror.cli.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AdvisoryTest {

    private static Advisory.Range range(String... kindsAndVersions) {
        List<Advisory.Event> events = new java.util.ArrayList<>();
        for (int i = 0; i < kindsAndVersions.length; i += 2) {
            events.add(new Advisory.Event(kindsAndVersions[i], kindsAndVersions[i + 1]));
        }
        return new Advisory.Range(events);
    }

    @Test
    void aFixedVersionEndsTheRangeAndIsNotAffected() {
        Advisory.Range range = range("introduced", "0", "fixed", "2.9.10.8");
        assertTrue(range.contains("2.9.10.7"));
        assertTrue(range.contains("1.0"));
        assertFalse(range.contains("2.9.10.8"));
        assertFalse(range.contains("2.10.0"));
    }

    @Test
    void versionsAreOrderedAsMavenOrdersThem() {
        Advisory.Range range = range("introduced", "2.12.0", "fixed", "2.12.7.1");
        assertTrue(range.contains("2.12.7"), "2.12.7 comes before 2.12.7.1");
        assertFalse(range.contains("2.12.0-rc1"), "a release candidate comes before its release");
        assertTrue(range.contains("2.12.0"));
        assertFalse(range.contains("2.13.0"));
    }

    @Test
    void severalIntervalsAndALastAffectedVersion() {
        Advisory.Range range = range("introduced", "1.0", "fixed", "1.4", "introduced", "2.0", "last_affected", "2.3");
        assertTrue(range.contains("1.3.9"));
        assertFalse(range.contains("1.5"));
        assertTrue(range.contains("2.3"), "last_affected is affected");
        assertFalse(range.contains("2.3.1"));
        assertTrue(range("introduced", "3.0").contains("9.9"), "no end: every later version");
    }

    @Test
    void anAdvisoryAffectsADependencyOfItsPackageInItsVersionsOrRanges() {
        Advisory advisory = new Advisory("GHSA-test", List.of("CVE-2026-0001"), "a test advisory", List.of(
                new Advisory.Affected("org.example:lib", List.of("0.9-beta"), List.of(range("introduced", "1.0", "fixed", "1.2")))));
        assertTrue(advisory.affects(new Dependency("org.example", "lib", "1.1", Set.of("cli"))));
        assertTrue(advisory.affects(new Dependency("org.example", "lib", "0.9-beta", Set.of("cli"))));
        assertFalse(advisory.affects(new Dependency("org.example", "lib", "1.2", Set.of("cli"))));
        assertFalse(advisory.affects(new Dependency("org.example", "other", "1.1", Set.of("cli"))));
        assertEquals(List.of("1.2"), advisory.fixedIn("org.example:lib"));
    }
}
