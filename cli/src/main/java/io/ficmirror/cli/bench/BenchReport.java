package io.ficmirror.cli.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;


/** Turns a run's samples and the raw limits into the figures the benchmark prints and keeps. */
final class BenchReport {
    private final PipelineRun.Result run;
    private final RawLimits limits;
    private final long corpusBytes;
    private final String header;
    private final PostgresStatements.Summary postgresTime;
    private final SearchFigures searches;

    BenchReport(String header, PipelineRun.Result run, RawLimits limits, PostgresStatements.Summary postgresTime,
            SearchFigures searches, long corpusBytes) {
        this.header = header;
        this.searches = searches;
        this.run = run;
        this.limits = limits;
        this.postgresTime = postgresTime;
        this.corpusBytes = corpusBytes;
    }

    /** A stage's throughput over the time it was busy: from the sample before its first document to its last. */
    Throughput stage(Stage stage) {
        List<Sample> samples = run.samples();
        long total = samples.get(samples.size() - 1).stage(stage);
        double from = 0;
        double to = samples.get(samples.size() - 1).seconds();
        for (int i = 1; i < samples.size(); i++) {
            if (samples.get(i).stage(stage) > 0) {
                from = samples.get(i - 1).seconds();
                break;
            }
        }
        for (Sample sample : samples) {
            if (sample.stage(stage) == total) {
                to = sample.seconds();
                break;
            }
        }
        return new Throughput(stage.label, total, bytesOf(total), Math.max(to - from, 1e-3));
    }

    Throughput pipeline() {
        Sample last = run.samples().get(run.samples().size() - 1);
        return new Throughput("whole pipeline", run.documents(), corpusBytes, last.seconds());
    }

    private long bytesOf(long documents) {
        return run.documents() == 0 ? 0 : corpusBytes * documents / run.documents();
    }

    double cpuSeconds(String process) {
        Sample first = run.samples().get(0);
        Sample last = run.samples().get(run.samples().size() - 1);
        return last.usage().getOrDefault(process, ProcessUsage.NONE).cpuSeconds()
                - first.usage().getOrDefault(process, ProcessUsage.NONE).cpuSeconds();
    }

    String text() {
        StringBuilder b = new StringBuilder(header).append("\n\n");
        Throughput whole = pipeline();
        Throughput slowest = limits.slowest();
        b.append(String.format(Locale.ROOT, "%-16s %10s %8s %12s   %-44s %10s %7s%n", "STAGE", "docs/s", "MB/s",
                "CPU s/doc", "RAW LIMIT (same documents, same machine)", "docs/s", "RATIO"));
        for (Stage stage : Stage.values()) {
            Throughput measured = stage(stage);
            Throughput limit = limits.of(stage);
            b.append(String.format(Locale.ROOT, "%-16s %10.1f %8.2f %12.4f   %-44s %10.1f %7.2f%n", stage.label,
                    measured.documentsPerSecond(), measured.megabytesPerSecond(),
                    cpuSeconds(stage.process) / Math.max(1, measured.documents()), stage.rawLimit,
                    limit.documentsPerSecond(), measured.documentsPerSecond() / limit.documentsPerSecond()));
        }
        b.append(String.format(Locale.ROOT, "%-16s %10.1f %8.2f %12.4f   %-44s %10.1f %7.2f%n", "whole pipeline",
                whole.documentsPerSecond(), whole.megabytesPerSecond(), totalCpuSeconds() / Math.max(1, whole.documents()),
                "the slowest raw limit (" + slowestStage() + ")", slowest.documentsPerSecond(),
                whole.documentsPerSecond() / slowest.documentsPerSecond()));
        double cpuPerDocument = totalCpuSeconds() / Math.max(1, whole.documents());
        int cores = Runtime.getRuntime().availableProcessors();
        b.append(String.format(Locale.ROOT, "%nCPU budget: every process of the stack together spent %.4f CPU s per document,"
                        + " so %d cores carry at most %.1f documents/s;%nthe pipeline ran at %.1f, %.2f of that ceiling."
                        + " Each raw limit above had the machine to itself.%n", cpuPerDocument, cores,
                cores / cpuPerDocument, whole.documentsPerSecond(), whole.documentsPerSecond() * cpuPerDocument / cores));
        b.append("\nRaw limits in detail:\n");
        b.append("  ").append(limits.kafkaProducer()).append('\n');
        b.append("  ").append(limits.parser().oneThread()).append(String.format(Locale.ROOT,
                "; %.1f MB per CPU second of that thread%n", limits.parser().megabytesPerCpuSecond()));
        b.append("  ").append(limits.parser().allCores()).append('\n');
        b.append("  ").append(limits.postgres().upserts()).append('\n');
        b.append("  ").append(limits.postgres().copy()).append('\n');
        b.append("  ").append(limits.elasticsearch()).append('\n');
        b.append("\nProcesses during the import (CPU: all threads and child processes; heap: used, and live after the last full GC at 25/50/75/100 % of the run):\n");
        b.append(String.format(Locale.ROOT, "  %-16s %9s %10s %10s %14s   %s%n", "PROCESS", "CPU s", "CPU s/doc",
                "peak RSS", "peak heap used", "live heap after GC"));
        for (String process : run.samples().get(0).usage().keySet()) {
            double cpu = cpuSeconds(process);
            long peakRss = run.samples().stream().mapToLong(s -> s.usage().getOrDefault(process, ProcessUsage.NONE)
                    .residentBytes()).max().orElse(0);
            long peakHeap = run.samples().stream().mapToLong(s -> s.heaps().getOrDefault(process, JvmHeap.UNKNOWN)
                    .usedBytes()).max().orElse(0);
            b.append(String.format(Locale.ROOT, "  %-16s %9.1f %10.4f %9d M %12s   %s%n", process, cpu,
                    cpu / Math.max(1, run.documents()), peakRss >> 20, peakHeap == 0 ? "-" : (peakHeap >> 20) + " M",
                    peakHeap == 0 ? "-" : liveHeapTrend(process)));
        }
        b.append("\nConsumer lag (messages) at 0/10/.../100 % of the run:\n");
        for (String group : lagGroups()) {
            b.append(String.format(Locale.ROOT, "  %-22s", group));
            for (int decile = 0; decile <= 10; decile++) {
                Sample sample = at(decile / 10.0);
                b.append(String.format(Locale.ROOT, " %6d", sample.lag().getOrDefault(group, 0L)));
            }
            b.append('\n');
        }
        appendQuarters(b);
        if (!searches.isEmpty()) {
            b.append(searches.text(importSeconds()));
        }
        appendPostgresTime(b);
        return b.toString();
    }

    /** Documents finished (indexed or rejected) per second in each quarter of the import: does it hold its pace? */
    double[] finishedPerSecondByQuarter() {
        double[] rates = new double[4];
        for (int quarter = 0; quarter < 4; quarter++) {
            Sample from = at(quarter / 4.0);
            Sample to = at((quarter + 1) / 4.0);
            double span = to.seconds() - from.seconds();
            rates[quarter] = span <= 0 ? 0 : (finished(to) - finished(from)) / span;
        }
        return rates;
    }

    private static long finished(Sample sample) {
        return sample.indexed() + sample.rejected();
    }

    private double importSeconds() {
        return run.samples().get(run.samples().size() - 1).seconds();
    }

    private void appendQuarters(StringBuilder b) {
        double[] rates = finishedPerSecondByQuarter();
        b.append(String.format(Locale.ROOT, "%nDocuments finished (indexed or rejected) per second in each quarter of the"
                + " import: %.1f / %.1f / %.1f / %.1f%n", rates[0], rates[1], rates[2], rates[3]));
    }

    private void appendPostgresTime(StringBuilder b) {
        if (postgresTime.top().isEmpty()) {
            return;
        }
        long documents = Math.max(1, run.documents());
        b.append(String.format(Locale.ROOT, "%nPostgreSQL's execution time during the import, %.1f ms per document;"
                + " the statements that took most (pg_stat_statements):%n", postgresTime.totalMillis() / documents));
        b.append(String.format(Locale.ROOT, "  %6s %8s %10s   %s%n", "SHARE", "ms/doc", "calls/doc", "STATEMENT"));
        for (PostgresStatements.Timed statement : postgresTime.top()) {
            String sql = statement.sql().length() > 110 ? statement.sql().substring(0, 107) + "..." : statement.sql();
            b.append(String.format(Locale.ROOT, "  %5.1f%% %8.3f %10.2f   %s%n",
                    100 * statement.totalMillis() / postgresTime.totalMillis(), statement.totalMillis() / documents,
                    (double) statement.calls() / documents, sql));
        }
    }

    private String slowestStage() {
        for (Stage stage : Stage.values()) {
            if (limits.of(stage) == limits.slowest()) {
                return stage.label;
            }
        }
        return "?";
    }

    private double totalCpuSeconds() {
        return run.samples().get(0).usage().keySet().stream().mapToDouble(this::cpuSeconds).sum();
    }

    private String liveHeapTrend(String process) {
        List<String> points = new ArrayList<>();
        for (double at : new double[] {0.25, 0.5, 0.75, 1.0}) {
            long live = at(at).heaps().getOrDefault(process, JvmHeap.UNKNOWN).liveBytes();
            points.add(live == 0 ? "-" : (live >> 20) + " M");
        }
        return String.join(" / ", points);
    }

    List<String> lagGroups() {
        return run.samples().stream().flatMap(s -> s.lag().keySet().stream()).distinct().sorted().toList();
    }

    private Sample at(double fraction) {
        List<Sample> samples = run.samples();
        return samples.get((int) Math.round(fraction * (samples.size() - 1)));
    }

    void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("report.txt"), text(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("samples.csv"), csv(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("pipeline.svg"), new PipelineChart(run.samples(), lagGroups()).svg(),
                StandardCharsets.UTF_8);
        if (!searches.isEmpty()) {
            Files.writeString(dir.resolve("searches.csv"), searches.csv(), StandardCharsets.UTF_8);
        }
    }

    private String csv() {
        List<String> processes = new ArrayList<>(run.samples().get(0).usage().keySet());
        List<String> groups = lagGroups();
        StringBuilder b = new StringBuilder("seconds,published,parsed,catalogued,indexed,rejected");
        groups.forEach(g -> b.append(",lag_").append(g));
        processes.forEach(p -> b.append(",cpu_s_").append(p).append(",rss_mb_").append(p).append(",heap_mb_").append(p));
        b.append('\n');
        for (Sample s : run.samples()) {
            b.append(String.format(Locale.ROOT, "%.1f,%d,%d,%d,%d,%d", s.seconds(), s.published(), s.parsed(),
                    s.catalogued(), s.indexed(), s.rejected()));
            groups.forEach(g -> b.append(',').append(s.lag().getOrDefault(g, 0L)));
            for (String p : processes) {
                ProcessUsage usage = s.usage().getOrDefault(p, ProcessUsage.NONE);
                JvmHeap heap = s.heaps().getOrDefault(p, JvmHeap.UNKNOWN);
                b.append(String.format(Locale.ROOT, ",%.2f,%d,%d", usage.cpuSeconds(), usage.residentBytes() >> 20,
                        heap.usedBytes() >> 20));
            }
            b.append('\n');
        }
        return b.toString();
    }
}
