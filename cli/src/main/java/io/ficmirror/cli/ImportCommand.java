package io.ficmirror.cli;

import io.ficmirror.cli.stack.StackSettings;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", description = {
        "Sends files and folders (recursively) to ingest-service and waits until every document is catalogued and",
        "indexed, or rejected; then prints a summary. Exit status 0 when every document is accounted for, 3 when",
        "the wait timed out."})
class ImportCommand implements Callable<Integer> {
    static final int TIMED_OUT = 3;

    @Parameters(arity = "1..*", paramLabel = "PATH")
    List<Path> paths;

    @Option(names = "--timeout", defaultValue = "600", description = "seconds to wait for the pipeline (default ${DEFAULT-VALUE})")
    long timeoutSeconds;

    @Override
    public Integer call() throws Exception {
        List<MirrorFiles.MirrorFile> files = MirrorFiles.collect(paths);
        if (files.isEmpty()) {
            System.err.println("No files found in " + paths + ".");
            return 1;
        }
        Importer importer = new Importer(new ServiceClient(StackSettings.fromEnvironment()), System.err);
        List<Importer.Tracked> documents = importer.send(files);
        boolean finished = importer.await(documents, Duration.ofSeconds(timeoutSeconds));
        printSummary(documents, System.out);
        return finished ? 0 : TIMED_OUT;
    }

    static void printSummary(List<Importer.Tracked> documents, PrintStream out) {
        Map<String, List<Importer.Tracked>> byState = documents.stream()
                .collect(Collectors.groupingBy(d -> d.state, TreeMap::new, Collectors.toList()));
        List<Importer.Tracked> imported = byState.getOrDefault("indexed", List.of());
        List<Importer.Tracked> rejected = byState.getOrDefault("rejected", List.of());
        out.printf("Imported %d of %d documents (catalogued and indexed); rejected %d.%n", imported.size(),
                documents.size(), rejected.size());
        for (Importer.Tracked document : rejected) {
            out.printf("  rejected  %s/%s: %s%n", document.file.archive(), document.file.path(), document.reason);
        }
        documents.stream().filter(d -> !d.finished()).forEach(d -> out.printf("  pending   %s/%s: %s, not finished in time%n",
                d.file.archive(), d.file.path(), d.state));
    }
}
