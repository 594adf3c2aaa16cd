package io.ficmirror.cli.bench;

import io.ficmirror.cli.Folders;
import io.ficmirror.cli.GenerateCommand;
import io.ficmirror.cli.ServiceClient;
import io.ficmirror.cli.stack.LocalStack;
import io.ficmirror.cli.stack.Service;
import io.ficmirror.cli.stack.StackSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", description = {
        "Measures the whole pipeline and each stage on a generated corpus, against each stage's raw limit on the",
        "same machine and the same documents. Runs a stack of its own (FICMIRROR_BENCH_HOME, default .ficmirror-bench;",
        "ports from FICMIRROR_BENCH_PORT_BASE, default 20000), started empty, so your catalogue is not touched.",
        "Prints the figures and keeps them, with the samples and a chart, under the bench home's runs/ folder."})
public class BenchCommand implements Callable<Integer> {
    private static final int DEFAULT_PORT_BASE = 20000;
    private static final Duration SEARCHING_AFTER_IMPORT = Duration.ofSeconds(30);

    @Option(names = "--works", defaultValue = "20000", description = "works in the generated corpus (default ${DEFAULT-VALUE})")
    int works;

    @Option(names = "--seed", defaultValue = "42", description = "the corpus's seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--search-rate", defaultValue = "0", description = {
            "searches a second to send to search-service while the import runs, and for "
                    + "30 s after it, from queries drawn from the corpus (default ${DEFAULT-VALUE}: none)"})
    double searchRate;

    @Option(names = "--search-clients", defaultValue = "8", description = "at most this many searches at once (default ${DEFAULT-VALUE})")
    int searchClients;

    @Option(names = "--keep-stack", description = "leave the benchmark's stack running afterwards, to look at it")
    boolean keepStack;

    @Option(names = "--timeout", defaultValue = "14400", description = "seconds the import may take (default ${DEFAULT-VALUE})")
    long timeoutSeconds;

    @Override
    public Integer call() throws Exception {
        StackSettings mine = StackSettings.fromEnvironment();
        Path benchHome = Path.of(System.getenv().getOrDefault("FICMIRROR_BENCH_HOME",
                mine.root().resolve(".ficmirror-bench").toString())).toAbsolutePath().normalize();
        int portBase = Integer.parseInt(System.getenv().getOrDefault("FICMIRROR_BENCH_PORT_BASE",
                Integer.toString(DEFAULT_PORT_BASE)));
        // always an embedded PostgreSQL: a benchmark must not write into a database FICMIRROR_PG_URL points at
        StackSettings settings = new StackSettings(mine.root(), benchHome.resolve("stack"), portBase, null, "postgres", "");

        Path corpus = benchHome.resolve("corpus").resolve("works-" + works + "-seed-" + seed);
        System.out.printf("1/4 Corpus: %d works, seed %d, in %s%n", works, seed, corpus);
        GenerateCommand.generateUnlessPresent(corpus, works, seed, System.out);
        List<Path> documents = CorpusFiles.documents(corpus);
        long corpusBytes = CorpusFiles.bytes(documents);
        System.out.printf("    %,d documents, %.1f MB%n", documents.size(), corpusBytes / 1e6);

        System.out.println("2/4 A fresh stack for the benchmark in " + settings.home());
        LocalStack stack = new LocalStack(settings, System.out);
        stack.down();
        Folders.deleteRecursively(settings.home());
        // Ctrl-C stops the benchmark's stack too, unless it was asked to stay
        Thread stopOnInterrupt = new Thread(() -> stopQuietly(stack), "bench-stack-stop");
        if (!keepStack) {
            Runtime.getRuntime().addShutdownHook(stopOnInterrupt);
        }
        stack.up();
        try {
            System.out.println("3/4 Importing the corpus through the pipeline (a line every 10 s)");
            PostgresStatements statements = new PostgresStatements(settings);
            statements.reset();
            long start = System.nanoTime();
            SearchLoad searchLoad = searchRate > 0 ? new SearchLoad(settings.serviceUrl(Service.SEARCH),
                    settings.apiKey(), SearchQueries.from(corpus, 5000, seed), searchRate, searchClients, start) : null;
            if (searchLoad != null) {
                System.out.printf("    and %.0f searches a second from at most %d clients%n", searchRate, searchClients);
                searchLoad.start();
            }
            PipelineRun.Result run;
            SearchFigures searches = SearchFigures.NONE;
            try {
                run = new PipelineRun(stack, new ServiceClient(settings), System.out)
                        .run(corpus, Duration.ofSeconds(timeoutSeconds), start);
                if (searchLoad != null) {
                    System.out.println("    searching for 30 s more on the finished index");
                    Thread.sleep(SEARCHING_AFTER_IMPORT.toMillis());
                    searches = new SearchFigures(searchRate, searchClients, searchLoad.stop());
                }
            } finally {
                if (searchLoad != null) {
                    searchLoad.close();
                }
            }
            if (!run.finished()) {
                System.out.println("The import did not finish: " + run.status());
                return 1;
            }
            System.out.printf("    done in %.0f s: %d documents, %d rejected%n",
                    run.samples().get(run.samples().size() - 1).seconds(), run.documents(), run.status().path("rejected").asLong());
            run.status().path("rejections").forEach(r -> System.out.printf("      rejected %s: %s%n",
                    r.path("path").asText(), r.path("reason").asText()));

            PostgresStatements.Summary postgresTime = statements.read();

            System.out.println("4/4 Raw limits on the same documents");
            Path scratch = benchHome.resolve("scratch");
            Files.createDirectories(scratch);
            ParserLimit.Figures parser = new ParserLimit().measure(documents);
            System.out.println("    " + parser.allCores());
            Throughput kafka = new KafkaProducerLimit(settings, scratch).measure(documents, corpus, corpusBytes);
            System.out.println("    " + kafka);
            PostgresLimit.Figures postgres = new PostgresLimit(settings, scratch).measure();
            System.out.println("    " + postgres.upserts());
            Throughput elasticsearch = new ElasticsearchLimit(settings, scratch).measure(corpusBytes, documents.size());
            System.out.println("    " + elasticsearch);

            BenchReport report = new BenchReport(header(corpus, documents.size(), corpusBytes), run,
                    new RawLimits(kafka, parser, postgres, elasticsearch), postgresTime, searches, corpusBytes);
            System.out.println();
            System.out.print(report.text());
            Path runDir = benchHome.resolve("runs").resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
            report.write(runDir);
            System.out.println();
            System.out.println("Kept in " + runDir + ": report.txt, samples.csv (one line a second), pipeline.svg (the chart)"
                    + (searches.isEmpty() ? "" : ", searches.csv (one line a search)"));
            return 0;
        } finally {
            if (keepStack) {
                System.out.println("The benchmark's stack is still running: FICMIRROR_HOME=" + settings.home()
                        + " FICMIRROR_PORT_BASE=" + portBase + " ./ficmirror status");
            } else {
                Runtime.getRuntime().removeShutdownHook(stopOnInterrupt);
                stack.down();
            }
        }
    }

    private static void stopQuietly(LocalStack stack) {
        try {
            stack.down();
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not stop the benchmark's stack: " + e.getMessage());
        }
    }

    private String header(Path corpus, int documents, long bytes) throws IOException {
        return String.format(Locale.ROOT, "ficmirror bench --works %d --seed %d   %s%n"
                        + "machine: %s, %d cores, %.1f GB memory; Java %s%n"
                        + "corpus: %,d documents, %.1f MB (%s)",
                works, seed, LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME).substring(0, 16),
                cpuModel(), Runtime.getRuntime().availableProcessors(), memoryGigabytes(), System.getProperty("java.version"),
                documents, bytes / 1e6, corpus);
    }

    private static String cpuModel() throws IOException {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (!Files.exists(cpuinfo)) {
            return System.getProperty("os.arch");
        }
        try (Stream<String> lines = Files.lines(cpuinfo)) {
            return lines.filter(l -> l.startsWith("model name")).findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .orElse(System.getProperty("os.arch"));
        }
    }

    private static double memoryGigabytes() throws IOException {
        Path meminfo = Path.of("/proc/meminfo");
        if (!Files.exists(meminfo)) {
            return 0;
        }
        try (Stream<String> lines = Files.lines(meminfo)) {
            return lines.filter(l -> l.startsWith("MemTotal:")).findFirst()
                    .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / 1048576.0).orElse(0.0);
        }
    }
}
