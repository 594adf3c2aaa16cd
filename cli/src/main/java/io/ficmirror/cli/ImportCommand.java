package io.ficmirror.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.ficmirror.cli.stack.StackSettings;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", description = {
        "Imports mirrors: folders (recursively), zip, tar, tar.gz, WARC, ARC and mbox files, single documents, or an",
        "eFiction 3 archive's MySQL dump (.sql or .sql.gz; its chapter files' folder with --files).",
        "Each PATH becomes an import job on ingest-service; the command follows it until every document is",
        "catalogued and indexed, or rejected, and prints a summary. Interrupting the command leaves the job",
        "running: follow it again with --follow JOB. Exit status: 0 when every document is accounted for,",
        "1 when a job failed, 3 when the wait timed out."})
class ImportCommand implements Callable<Integer> {
    static final int FAILED = 1;
    static final int TIMED_OUT = 3;

    @Parameters(arity = "0..*", paramLabel = "PATH")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--follow", paramLabel = "JOB", description = "follow an import job already started")
    List<String> follow = new ArrayList<>();

    @Option(names = "--files", paramLabel = "STORIES_DIR",
            description = "an eFiction archive's stories folder (<author id>/<chapter id>.txt), for a dump whose chapter texts are files")
    Path storiesDir;

    @Option(names = "--archive", paramLabel = "NAME",
            description = "the archive's name (documents' ids and readers' pseudonyms depend on it); default: the file or folder name, a dump's without .sql/.gz")
    String archive;

    @Option(names = "--timeout", defaultValue = "3600", description = "seconds to wait for the pipeline (default ${DEFAULT-VALUE})")
    long timeoutSeconds;

    @Override
    public Integer call() throws Exception {
        if (paths.isEmpty() && follow.isEmpty()) {
            System.err.println("Give a PATH to import (or --follow JOB).");
            return 2;
        }
        Importer importer = new Importer(new ServiceClient(StackSettings.fromEnvironment()), System.err);
        if (storiesDir != null && !Files.isDirectory(storiesDir)) {
            System.err.println(storiesDir + " is not a folder: --files names the archive's stories folder.");
            return 2;
        }
        List<String> jobs = new ArrayList<>(follow);
        for (Path path : paths) {
            if (!Files.exists(path)) {
                System.err.println(path + " does not exist.");
                return 2;
            }
            String job = importer.start(path, storiesDir, archive);
            System.err.println("Importing " + path + " as job " + job);
            jobs.add(job);
        }
        int exit = 0;
        for (String job : jobs) {
            JsonNode status = importer.follow(job, Duration.ofSeconds(timeoutSeconds));
            printSummary(status, System.out);
            if ("failed".equals(status.path("status").asText())) {
                exit = Math.max(exit, FAILED);
            } else if (!status.path("finished").asBoolean()) {
                exit = Math.max(exit, TIMED_OUT);
            }
        }
        return exit;
    }

    static void printSummary(JsonNode status, PrintStream out) {
        String archive = status.path("archive").asText();
        long documents = status.path("found").asLong() - status.path("skipped").asLong();
        out.printf("Imported %d of %d documents (catalogued and indexed); rejected %d; skipped %d other files.%n",
                status.path("done").asLong(), documents, status.path("rejected").asLong(), status.path("skipped").asLong());
        if (status.path("unchanged").asLong() > 0) {
            out.printf("  %d documents were unchanged since an earlier import and were not sent again.%n",
                    status.path("unchanged").asLong());
        }
        status.path("skippedByReason").fields().forEachRemaining(reason ->
                out.printf("  skipped   %d: %s%n", reason.getValue().asLong(), reason.getKey()));
        if (status.path("interactions").asLong() > 0) {
            out.printf("  %d readers' reviews and favourites published on the interactions topic.%n",
                    status.path("interactions").asLong());
        }
        if (!status.path("withheld").isEmpty()) {
            out.println("  Personal data withheld (never published):");
            status.path("withheld").fields().forEachRemaining(kind ->
                    out.printf("    %-8d %s%n", kind.getValue().asLong(), kind.getKey()));
        }
        for (JsonNode note : status.path("notes")) {
            out.println("  note: " + note.asText());
        }
        for (JsonNode rejection : status.path("rejections")) {
            out.printf("  rejected  %s/%s: %s%n", archive, rejection.path("path").asText(), rejection.path("reason").asText());
        }
        if ("failed".equals(status.path("status").asText())) {
            out.println("  the job failed: " + status.path("error").asText());
        } else if (!status.path("finished").asBoolean()) {
            out.printf("  not finished yet; follow it with ./ficmirror import --follow %s%n", status.path("id").asText());
        }
    }
}
