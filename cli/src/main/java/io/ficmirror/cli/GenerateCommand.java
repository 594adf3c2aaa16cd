package io.ficmirror.cli;

import io.ficmirror.corpus.CorpusGenerator;
import io.ficmirror.corpus.CorpusSummary;
import io.ficmirror.corpus.CorpusWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "generate", description = {
        "Writes a synthetic archive mirror: every document shape the parser knows, lengths distributed like real",
        "archives', near-duplicates across formats, and beside each site's documents an expected/ folder with what",
        "the parser should find in each (../shared/tools/parse-eval --cmd \"./ficmirror parse\" DIR/<site> scores it).",
        "The same --seed and --works give the same bytes. Import it with ./ficmirror import DIR."})
public class GenerateCommand implements Callable<Integer> {

    @Option(names = "--works", required = true, description = "how many works")
    int works;

    @Option(names = "--out", required = true, description = "the folder to write (must be empty or not exist)")
    Path out;

    @Option(names = "--seed", defaultValue = "42", description = "seed of the pseudo-random choices (default ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() throws IOException {
        if (works < 1) {
            System.err.println("--works must be at least 1.");
            return 2;
        }
        if (Files.exists(out) && (!Files.isDirectory(out) || !Folders.isEmpty(out))) {
            System.err.println(out + " is not an empty folder; give a new one (an older corpus would mix in).");
            return 2;
        }
        CorpusSummary summary = generate(out, works, seed, System.err);
        System.out.printf("Wrote %,d works as %,d documents (%,d near-duplicates), %.1f MB, to %s%n", summary.works(),
                summary.documents(), summary.nearDuplicates(), summary.bytes() / 1e6, out);
        System.out.println("Words per work: " + summary.words());
        System.out.println("Documents per kind: " + summary.kinds().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue().documents()).toList());
        return 0;
    }

    /** Generates the corpus into {@code out} unless a complete one of this size and seed is already there. */
    public static void generateUnlessPresent(Path out, int works, long seed, PrintStream progress) throws IOException {
        Path summary = out.resolve("corpus.json");
        if (Files.exists(summary)) {
            var json = Json.MAPPER.readTree(summary.toFile());
            if (json.path("works").asInt() == works && json.path("seed").asLong() == seed) {
                progress.println("    already generated");
                return;
            }
        }
        Folders.deleteRecursively(out); // an interrupted generation leaves no corpus.json: start again
        generate(out, works, seed, progress);
    }

    static CorpusSummary generate(Path out, int works, long seed, PrintStream progress) throws IOException {
        ProgressBar bar = new ProgressBarBuilder().setTaskName("generating").setInitialMax(works)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500).setConsumer(
                        new me.tongfei.progressbar.ConsoleProgressBarConsumer(progress)).showSpeed().build();
        try (bar) {
            return new CorpusWriter(out).write(new CorpusGenerator(seed, works), (done, total, documents, bytes) -> {
                bar.stepTo(done);
                bar.setExtraMessage(String.format(" %,d documents, %.0f MB", documents, bytes / 1e6));
            });
        }
    }
}
