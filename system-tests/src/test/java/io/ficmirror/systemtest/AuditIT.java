package io.ficmirror.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `ficmirror audit`: the libraries the build resolved, checked against OSV records. The build's own check runs with
 * the machine's OSV data when it has some (FICMIRROR_OSV_DATA or ~/.cache/ficmirror/osv-maven-all.zip) and is
 * reported as skipped when it has none; the others use records written here about a library ficmirror really ships.
 */
class AuditIT {

    @Test
    void theShippedLibrariesHaveNoKnownVulnerabilityThatIsNotAccepted() throws Exception {
        TestStack.CommandResult audit = TestStack.ficmirror("audit", "--if-data");
        System.out.println(audit.out());
        Assumptions.assumeFalse(audit.out().contains("skipped"), audit.out().strip());
        assertEquals(0, audit.exitCode(), audit::toString);
    }

    @Test
    void aShippedLibraryInAnAdvisoryFailsTheCheckUntilTheAdvisoryIsAccepted(@TempDir Path temp) throws Exception {
        String version = shippedVersion("parse-service", "org.apache.kafka:kafka-clients");
        Path records = Files.createDirectories(temp.resolve("osv"));
        record(records, "FICMIRROR-TEST-1", "0", version + ".1");
        record(records, "FICMIRROR-TEST-2", "0", version); // fixed in the very version shipped: not affected
        Path accepted = temp.resolve("accepted.txt");

        TestStack.CommandResult audit = TestStack.ficmirror("audit", "--osv", records.toString(), "--accepted", accepted.toString());
        assertEquals(1, audit.exitCode(), audit::toString);
        assertTrue(audit.out().lines().anyMatch(l -> l.contains("FICMIRROR-TEST-1 (CVE-0000-00001) org.apache.kafka:kafka-clients:"
                + version + " in ") && l.contains("parse-service") && l.contains("fixed in " + version + ".1")), audit::toString);
        assertFalse(audit.out().contains("FICMIRROR-TEST-2"), audit::toString);
        assertTrue(audit.out().contains("against 2 OSV records"), audit::toString);

        Path zip = temp.resolve("all.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String id : new String[] {"FICMIRROR-TEST-1", "FICMIRROR-TEST-2"}) {
                out.putNextEntry(new ZipEntry(id + ".json"));
                out.write(Files.readAllBytes(records.resolve(id + ".json")));
                out.closeEntry();
            }
        }
        assertEquals(1, TestStack.ficmirror("audit", "--osv", zip.toString(), "--accepted", accepted.toString()).exitCode(),
                "the zip OSV publishes reads the same");

        Files.writeString(accepted, "# accepted on purpose\nCVE-0000-00001 only a test record\n");
        TestStack.CommandResult acceptedRun = TestStack.ficmirror("audit", "--osv", zip.toString(), "--accepted", accepted.toString());
        assertEquals(0, acceptedRun.exitCode(), acceptedRun::toString);
        assertTrue(acceptedRun.out().contains("accepted: only a test record"), acceptedRun::toString);
    }

    @Test
    void withoutDataItSaysNothingWasCheckedAndWhereToGetIt(@TempDir Path temp) throws Exception {
        String missing = temp.resolve("nowhere.zip").toString();
        TestStack.CommandResult strict = TestStack.ficmirror("audit", "--osv", missing);
        assertEquals(2, strict.exitCode(), strict::toString);
        assertTrue(strict.err().contains("osv-vulnerabilities.storage.googleapis.com/Maven/all.zip"), strict::toString);
        TestStack.CommandResult lenient = TestStack.ficmirror("audit", "--osv", missing, "--if-data");
        assertEquals(0, lenient.exitCode(), lenient::toString);
        assertTrue(lenient.out().contains("skipped, nothing was checked"), lenient::toString);
    }

    private static String shippedVersion(String module, String packageName) throws Exception {
        Path list = TestStack.ROOT.resolve(module).resolve("target/runtime-dependencies.txt");
        return Files.readAllLines(list, StandardCharsets.UTF_8).stream().map(String::strip)
                .filter(l -> l.startsWith(packageName + ":jar:")).map(l -> l.split(":")[3]).findFirst()
                .orElseThrow(() -> new AssertionError(module + " does not ship " + packageName + " by " + list));
    }

    private static void record(Path folder, String id, String introduced, String fixed) throws Exception {
        Files.writeString(folder.resolve(id + ".json"), """
                {"id": "%s", "modified": "2026-11-24T00:00:00Z", "aliases": ["CVE-0000-00001"],
                 "summary": "written by AuditIT",
                 "affected": [{"package": {"ecosystem": "Maven", "name": "org.apache.kafka:kafka-clients"},
                   "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "%s"}, {"fixed": "%s"}]}]}]}
                """.formatted(id, introduced, fixed));
    }
}
