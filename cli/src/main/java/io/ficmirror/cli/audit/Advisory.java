package io.ficmirror.cli.audit;

import java.util.List;
import org.apache.maven.artifact.versioning.ComparableVersion;

/**
 * One OSV vulnerability record, reduced to what matching needs: which Maven packages and versions it affects.
 * Versions count as affected when listed, or when inside a range of ECOSYSTEM events (introduced, then fixed or
 * last_affected), compared the way Maven orders versions. See https://ossf.github.io/osv-schema/.
 */
record Advisory(String id, List<String> aliases, String summary, List<Affected> affected) {

    record Affected(String packageName, List<String> versions, List<Range> ranges) {
        boolean affects(String version) {
            return versions.contains(version) || ranges.stream().anyMatch(r -> r.contains(version));
        }
    }

    /** An event is introduced, fixed or last_affected, with its version ("0" for introduced means from the first). */
    record Event(String kind, String version) {
    }

    record Range(List<Event> events) {
        boolean contains(String version) {
            ComparableVersion v = new ComparableVersion(version);
            ComparableVersion introduced = null;
            for (Event event : events) {
                switch (event.kind()) {
                    case "introduced" -> introduced = "0".equals(event.version()) ? new ComparableVersion("0")
                            : new ComparableVersion(event.version());
                    case "fixed" -> {
                        if (introduced != null && v.compareTo(introduced) >= 0
                                && v.compareTo(new ComparableVersion(event.version())) < 0) {
                            return true;
                        }
                        introduced = null;
                    }
                    case "last_affected" -> {
                        if (introduced != null && v.compareTo(introduced) >= 0
                                && v.compareTo(new ComparableVersion(event.version())) <= 0) {
                            return true;
                        }
                        introduced = null;
                    }
                    default -> {
                        // "limit" only bounds git ranges
                    }
                }
            }
            return introduced != null && v.compareTo(introduced) >= 0;
        }
    }

    /** The versions this advisory names as fixing the package, for the report. */
    List<String> fixedIn(String packageName) {
        return affected.stream().filter(a -> a.packageName().equals(packageName))
                .flatMap(a -> a.ranges().stream()).flatMap(r -> r.events().stream())
                .filter(e -> e.kind().equals("fixed")).map(Event::version).distinct().toList();
    }

    boolean affects(Dependency dependency) {
        return affected.stream().anyMatch(a -> a.packageName().equals(dependency.packageName())
                && a.affects(dependency.version()));
    }
}
