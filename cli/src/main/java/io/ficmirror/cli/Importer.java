package io.ficmirror.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.ficmirror.cli.stack.Service;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Starts an import job on ingest-service for a mirror on this machine and follows it to the end, with a progress bar
 * per stage on a terminal and a line per change elsewhere. Interrupting the command does not stop the job.
 */
final class Importer {
    private static final String[] STAGES = {"published", "catalogued", "indexed", "rejected"};

    private final ServiceClient client;
    private final PrintStream progress;
    private final boolean terminal = System.console() != null;

    Importer(ServiceClient client, PrintStream progress) {
        this.client = client;
        this.progress = progress;
    }

    String start(Path mirror) throws IOException {
        return start(mirror, null, null);
    }

    /**
     * @param storiesDir an eFiction archive's stories folder, for a dump whose chapter texts are files; else null
     * @param archive    the archive's name; null for ingest's default
     */
    String start(Path mirror, Path storiesDir, String archive) throws IOException {
        Map<String, String> request = new java.util.LinkedHashMap<>();
        request.put("path", mirror.toAbsolutePath().normalize().toString());
        if (storiesDir != null) {
            request.put("files", storiesDir.toAbsolutePath().normalize().toString());
        }
        if (archive != null && !archive.isBlank()) {
            request.put("archive", archive);
        }
        JsonNode started = client.postJson(Service.INGEST, "/api/imports", request);
        return started.path("id").asText();
    }

    /** Follows the job until it has finished (or failed, or the timeout passed) and returns its last status. */
    JsonNode follow(String jobId, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        ProgressBar[] bars = terminal ? new ProgressBar[STAGES.length] : null;
        String lastLine = "";
        try {
            while (true) {
                JsonNode status = client.get(Service.INGEST, "/api/imports/" + jobId);
                if (readingDump(status) && System.nanoTime() < deadline) {
                    String line = "reading the dump: %d of %d MB (its stories come at its end)".formatted(
                            status.path("dumpBytesRead").asLong() >> 20, status.path("dumpBytes").asLong() >> 20);
                    if (!line.equals(lastLine)) {
                        progress.println(line);
                        lastLine = line;
                    }
                    sleep();
                    continue;
                }
                long documents = status.path("found").asLong() - status.path("skipped").asLong();
                if (terminal) {
                    for (int i = 0; i < STAGES.length; i++) {
                        if (bars[i] == null) {
                            bars[i] = new ProgressBarBuilder().setTaskName(String.format("%-10s", STAGES[i]))
                                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).showSpeed().build();
                        }
                        bars[i].maxHint(Math.max(documents, 1));
                        bars[i].stepTo(stage(status, STAGES[i]));
                    }
                } else {
                    String line = "found %d, skipped %d, published %d, unchanged %d, catalogued %d, indexed %d, rejected %d"
                            .formatted(status.path("found").asLong(), status.path("skipped").asLong(),
                                    status.path("published").asLong(), status.path("unchanged").asLong(),
                                    status.path("catalogued").asLong(), status.path("indexed").asLong(),
                                    status.path("rejected").asLong());
                    if (!line.equals(lastLine)) {
                        progress.println(line);
                        lastLine = line;
                    }
                }
                if (status.path("finished").asBoolean() || "failed".equals(status.path("status").asText())
                        || System.nanoTime() > deadline) {
                    return status;
                }
                sleep();
            }
        } finally {
            if (bars != null) {
                for (ProgressBar bar : bars) {
                    if (bar != null) {
                        bar.close();
                    }
                }
            }
        }
    }

    /** An archive's dump still being read, before its first story: the bytes read are the only progress there is. */
    private static boolean readingDump(JsonNode status) {
        return "reading".equals(status.path("status").asText()) && status.path("found").asLong() == 0
                && status.hasNonNull("dumpBytes");
    }

    private static long stage(JsonNode status, String stage) {
        if (stage.equals("published")) {
            return status.path("published").asLong() + status.path("unchanged").asLong();
        }
        return status.path(stage).asLong();
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
