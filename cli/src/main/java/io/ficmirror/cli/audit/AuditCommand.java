package io.ficmirror.cli.audit;

import io.ficmirror.cli.stack.StackSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "audit", description = {
        "Checks every library the build resolved for running ficmirror (each module's target/runtime-dependencies.txt)",
        "against OSV's known vulnerabilities for Maven, read offline from the zip OSV publishes or a folder of its records.",
        "Exit 1 names each vulnerable library, its advisory and the fixed versions, unless the advisory is accepted."})
public class AuditCommand implements Callable<Integer> {

    @Option(names = "--osv", description = "OSV's Maven records: all.zip or a folder of JSON (default $FICMIRROR_OSV_DATA,"
            + " else ~/.cache/ficmirror/osv-maven-all.zip)")
    Path osv;

    @Option(names = "--accepted", description = "advisories accepted on purpose, one a line: ID and why"
            + " (default deploy/accepted-vulnerabilities.txt)")
    Path accepted;

    @Option(names = "--if-data", description = "without OSV data, say so and succeed (for CI machines that cannot fetch it)")
    boolean ifData;

    @Override
    public Integer call() throws IOException {
        Path root = StackSettings.fromEnvironment().root();
        Path data = osv != null ? osv : defaultData();
        List<Dependency> dependencies = ResolvedDependencies.of(root);
        if (dependencies.isEmpty()) {
            System.err.println("No module has been built: run ./mvnw package first (it writes each module's "
                    + ResolvedDependencies.FILE + ").");
            return 2;
        }
        if (!Files.exists(data)) {
            String how = "No vulnerability data at " + data + ": download " + OsvData.DOWNLOAD
                    + " there (or pass --osv, or set FICMIRROR_OSV_DATA).";
            if (ifData) {
                System.out.println("Vulnerability check skipped, nothing was checked. " + how);
                return 0;
            }
            System.err.println(how);
            return 2;
        }
        Map<String, String> acceptedWhy = accepted(root);
        OsvData.Result osvData = OsvData.read(data, dependencies.stream().map(Dependency::packageName)
                .collect(Collectors.toSet()));
        List<String> found = new ArrayList<>();
        List<String> acceptedFound = new ArrayList<>();
        for (Dependency dependency : dependencies) {
            for (Advisory advisory : osvData.advisories()) {
                if (!advisory.affects(dependency)) {
                    continue;
                }
                String line = describe(advisory, dependency);
                String why = acceptedWhy.get(advisory.id());
                if (why == null) {
                    why = advisory.aliases().stream().map(acceptedWhy::get).filter(w -> w != null).findFirst().orElse(null);
                }
                if (why != null) {
                    acceptedFound.add(line + "\n      accepted: " + why);
                } else {
                    found.add(line);
                }
            }
        }
        System.out.printf("Checked %d libraries of %d modules against %,d OSV records (%s; newest record modified %s).%n",
                dependencies.size(), dependencies.stream().flatMap(d -> d.modules().stream()).distinct().count(),
                osvData.records(), data, osvData.newest().isEmpty() ? "unknown" : osvData.newest());
        acceptedFound.forEach(line -> System.out.println("  " + line));
        if (found.isEmpty()) {
            System.out.println("No known vulnerability" + (acceptedFound.isEmpty() ? "." : " beyond those accepted above."));
            return 0;
        }
        System.out.println(found.size() + " known vulnerabilit" + (found.size() == 1 ? "y" : "ies")
                + ": upgrade the library, or accept the advisory with a reason in " + acceptedFile(root));
        found.forEach(line -> System.out.println("  " + line));
        return 1;
    }

    private static String describe(Advisory advisory, Dependency dependency) {
        String aliases = advisory.aliases().isEmpty() ? "" : " (" + String.join(", ", advisory.aliases()) + ")";
        List<String> fixed = advisory.fixedIn(dependency.packageName());
        return advisory.id() + aliases + " " + dependency + " in " + String.join(", ", dependency.modules())
                + (advisory.summary().isBlank() ? "" : ": " + advisory.summary())
                + (fixed.isEmpty() ? "; no fixed version named" : "; fixed in " + String.join(", ", fixed));
    }

    private Path defaultData() {
        String fromEnvironment = System.getenv("FICMIRROR_OSV_DATA");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Path.of(fromEnvironment);
        }
        return Path.of(System.getProperty("user.home"), ".cache", "ficmirror", "osv-maven-all.zip");
    }

    private Path acceptedFile(Path root) {
        return accepted != null ? accepted : root.resolve("deploy/accepted-vulnerabilities.txt");
    }

    /** Advisory id (or alias) to the reason it is accepted; a line without a reason is refused. */
    private Map<String, String> accepted(Path root) throws IOException {
        Path file = acceptedFile(root);
        Map<String, String> why = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return why;
        }
        int number = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            number++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            String[] idAndReason = text.split("\\s+", 2);
            if (idAndReason.length < 2) {
                throw new IllegalArgumentException(file + " line " + number + ": say why " + idAndReason[0]
                        + " is accepted, after its id");
            }
            why.put(idAndReason[0], idAndReason[1]);
        }
        return why;
    }
}
