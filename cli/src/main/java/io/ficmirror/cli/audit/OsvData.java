package io.ficmirror.cli.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * OSV's vulnerability records for the Maven ecosystem, read offline: the zip OSV publishes
 * (https://osv-vulnerabilities.storage.googleapis.com/Maven/all.zip) or a folder of its JSON records. Only records
 * about the given packages are kept.
 */
final class OsvData {
    static final String DOWNLOAD = "https://osv-vulnerabilities.storage.googleapis.com/Maven/all.zip";
    private static final ObjectMapper JSON = new ObjectMapper();

    private OsvData() {
    }

    /** The advisories about these packages, how many records were read, and the newest record's modified date. */
    record Result(List<Advisory> advisories, int records, String newest) {
    }

    static Result read(Path zipOrFolder, Set<String> packageNames) throws IOException {
        Reader reader = new Reader(packageNames);
        if (Files.isDirectory(zipOrFolder)) {
            try (Stream<Path> files = Files.walk(zipOrFolder)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    try (InputStream in = Files.newInputStream(file)) {
                        reader.add(JSON.readTree(in));
                    }
                }
            }
        } else {
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(zipOrFolder))) {
                for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                    if (entry.getName().endsWith(".json")) {
                        reader.add(JSON.readTree(zip.readAllBytes()));
                    }
                }
            }
        }
        if (reader.records == 0) {
            throw new IOException(zipOrFolder + " holds no OSV records (JSON files)");
        }
        return new Result(reader.advisories, reader.records, reader.newest);
    }

    private static final class Reader {
        private final Set<String> packageNames;
        private final List<Advisory> advisories = new ArrayList<>();
        private int records;
        private String newest = "";

        Reader(Set<String> packageNames) {
            this.packageNames = packageNames;
        }

        void add(JsonNode record) {
            records++;
            String modified = record.path("modified").asText("");
            if (modified.compareTo(newest) > 0) {
                newest = modified;
            }
            keepIfRelevant(record, packageNames, advisories);
        }
    }

    private static void keepIfRelevant(JsonNode record, Set<String> packageNames, List<Advisory> advisories) {
        if (record.hasNonNull("withdrawn")) {
            return;
        }
        List<Advisory.Affected> affected = new ArrayList<>();
        for (JsonNode entry : record.path("affected")) {
            JsonNode pkg = entry.path("package");
            if (!"Maven".equals(pkg.path("ecosystem").asText()) || !packageNames.contains(pkg.path("name").asText())) {
                continue;
            }
            List<String> versions = new ArrayList<>();
            entry.path("versions").forEach(v -> versions.add(v.asText()));
            List<Advisory.Range> ranges = new ArrayList<>();
            for (JsonNode range : entry.path("ranges")) {
                if (!"ECOSYSTEM".equals(range.path("type").asText())) {
                    continue;
                }
                List<Advisory.Event> events = new ArrayList<>();
                for (JsonNode event : range.path("events")) {
                    event.fields().forEachRemaining(f -> events.add(new Advisory.Event(f.getKey(), f.getValue().asText())));
                }
                ranges.add(new Advisory.Range(events));
            }
            affected.add(new Advisory.Affected(pkg.path("name").asText(), versions, ranges));
        }
        if (!affected.isEmpty()) {
            List<String> aliases = new ArrayList<>();
            record.path("aliases").forEach(a -> aliases.add(a.asText()));
            advisories.add(new Advisory(record.path("id").asText(), aliases, record.path("summary").asText(""), affected));
        }
    }
}
