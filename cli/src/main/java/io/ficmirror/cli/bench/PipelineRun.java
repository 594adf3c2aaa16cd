package io.ficmirror.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.ficmirror.cli.ServiceClient;
import io.ficmirror.cli.stack.LocalStack;
import io.ficmirror.cli.stack.Service;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Imports a corpus through the whole pipeline and samples it once a second: the job's count per stage, consumer
 * lag, and every process's CPU time, resident memory and (for the services) heap.
 */
final class PipelineRun {
    private static final Duration SAMPLE_EVERY = Duration.ofSeconds(1);
    private static final Duration PRINT_EVERY = Duration.ofSeconds(10);

    private final LocalStack stack;
    private final ServiceClient client;
    private final PrintStream out;

    PipelineRun(LocalStack stack, ServiceClient client, PrintStream out) {
        this.stack = stack;
        this.client = client;
        this.out = out;
    }

    /**
     * The samples from just before the import started until every document was accounted for, their times counted
     * from {@code start} ({@link System#nanoTime()}).
     */
    Result run(Path corpus, Duration timeout, long start) throws IOException {
        List<Sample> samples = new ArrayList<>();
        samples.add(sample(start, null));
        String job = client.postJson(Service.INGEST, "/api/imports",
                Map.of("path", corpus.toAbsolutePath().normalize().toString())).path("id").asText();
        long deadline = start + timeout.toNanos();
        long nextPrint = start + PRINT_EVERY.toNanos();
        JsonNode status;
        while (true) {
            sleep(SAMPLE_EVERY);
            status = client.get(Service.INGEST, "/api/imports/" + job);
            Sample sample = sample(start, status);
            samples.add(sample);
            if (System.nanoTime() >= nextPrint) {
                nextPrint += PRINT_EVERY.toNanos();
                out.printf("  %4.0f s  published %d, parsed %d, catalogued %d, indexed %d, rejected %d; lag %s%n",
                        sample.seconds(), sample.published(), sample.parsed(), sample.catalogued(), sample.indexed(),
                        sample.rejected(), sample.lag());
            }
            if (status.path("finished").asBoolean() || "failed".equals(status.path("status").asText())
                    || System.nanoTime() > deadline) {
                break;
            }
        }
        return new Result(job, status, samples);
    }

    private Sample sample(long start, JsonNode status) {
        Map<String, ProcessUsage> usage = new LinkedHashMap<>();
        Map<String, JvmHeap> heaps = new LinkedHashMap<>();
        stack.pids().forEach((part, pid) -> usage.put(part, ProcessUsage.of(pid)));
        for (Service service : Service.values()) {
            heaps.put(service.module(), JvmHeap.of(stack.settings().serviceUrl(service)));
        }
        Map<String, Long> lag = new LinkedHashMap<>();
        stack.consumerLag().forEach((group, topics) ->
                lag.put(group, topics.values().stream().mapToLong(Long::longValue).sum()));
        double seconds = (System.nanoTime() - start) / 1e9;
        if (status == null) {
            return new Sample(seconds, 0, 0, 0, 0, 0, lag, usage, heaps);
        }
        return new Sample(seconds, status.path("published").asLong() + status.path("unchanged").asLong(),
                status.path("parsed").asLong(), status.path("catalogued").asLong(), status.path("indexed").asLong(),
                status.path("rejected").asLong(), lag, usage, heaps);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    record Result(String job, JsonNode status, List<Sample> samples) {
        long documents() {
            return status.path("found").asLong() - status.path("skipped").asLong();
        }

        boolean finished() {
            return status.path("finished").asBoolean();
        }
    }
}
