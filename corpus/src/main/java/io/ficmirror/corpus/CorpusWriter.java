package io.ficmirror.corpus;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Writes a generated corpus to a folder, laid out as mirrors and as shared/tools/parse-eval reads them:
 *
 * <pre>
 * OUT/&lt;site&gt;/&lt;file&gt;                 each document (ao3/works-10000003.html, lists/sv-slash-2004-03-131.eml, ...)
 * OUT/&lt;site&gt;/expected/&lt;stem&gt;.json     what the parser should report for it
 * OUT/manifest.jsonl                one line per document: path, kind, bytes, words, workKey, duplicate
 * OUT/corpus.json                   the summary ({@link CorpusSummary})
 * </pre>
 *
 * so that {@code parse-eval --cmd "./ficmirror parse" OUT/<site>} scores a site. The same seed and size give the
 * same bytes in every file. The folder must be empty or not exist: an older corpus's leftovers would mix in.
 *
 * <p>Works are generated on several threads, a few works ahead of the one being written, and written in order, so
 * the output does not depend on the number of threads.
 */
public final class CorpusWriter {
    private final Path out;
    private final int threads;

    /** A writer generating on as many threads as the machine has processors. */
    public CorpusWriter(Path out) {
        this(out, Runtime.getRuntime().availableProcessors());
    }

    public CorpusWriter(Path out, int threads) {
        this.out = out;
        this.threads = Math.max(1, threads);
    }

    public CorpusSummary write(CorpusGenerator generator, ProgressListener progress) throws IOException {
        prepare();
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread t = new Thread(runnable, "corpus-generator");
            t.setDaemon(true);
            return t;
        });
        try {
            return write(generator, progress, pool);
        } finally {
            pool.shutdownNow();
        }
    }

    private CorpusSummary write(CorpusGenerator generator, ProgressListener progress, ExecutorService pool)
            throws IOException {
        Set<Path> folders = new HashSet<>();
        Map<DocumentKind, long[]> perKind = new EnumMap<>(DocumentKind.class);
        long[] workWords = new long[generator.works()];
        long documents = 0;
        long bytes = 0;
        long duplicates = 0;
        Deque<Future<List<GeneratedDocument>>> ahead = new ArrayDeque<>();
        int next = 0;
        Set<String> paths = new HashSet<>();
        try (BufferedWriter manifest = Files.newBufferedWriter(out.resolve("manifest.jsonl"), StandardCharsets.UTF_8)) {
            for (int i = 0; i < generator.works(); i++) {
                while (next < generator.works() && ahead.size() < 2 * threads) {
                    int work = next++;
                    ahead.add(pool.submit(() -> generator.documents(work)));
                }
                List<GeneratedDocument> docs = result(ahead.poll());
                for (GeneratedDocument d : docs) {
                    if (!paths.add(d.path())) {
                        throw new IllegalStateException("two generated documents share the path " + d.path()
                                + " (the second is of work " + i + "): a format's ids collide");
                    }
                    Path file = out.resolve(d.path());
                    Path expected = out.resolve(d.site()).resolve("expected").resolve(d.stem() + ".json");
                    createFolder(file.getParent(), folders);
                    createFolder(expected.getParent(), folders);
                    Files.write(file, d.content());
                    Files.writeString(expected, d.expected().toJson(), StandardCharsets.UTF_8);
                    manifest.write(manifestLine(d));
                    long[] kind = perKind.computeIfAbsent(d.kind(), k -> new long[2]);
                    kind[0]++;
                    kind[1] += d.content().length;
                    documents++;
                    bytes += d.content().length;
                    if (d.duplicate()) {
                        duplicates++;
                    } else {
                        workWords[i] += d.words();
                    }
                }
                progress.progress(i + 1, generator.works(), documents, bytes);
            }
        }
        Map<String, CorpusSummary.KindCount> kinds = new LinkedHashMap<>();
        perKind.forEach((k, c) -> kinds.put(k.id(), new CorpusSummary.KindCount(c[0], c[1])));
        CorpusSummary summary = new CorpusSummary(generator.seed(), generator.works(), documents, duplicates, bytes, kinds,
                percentiles(workWords));
        Files.writeString(out.resolve("corpus.json"), summary.toJson(), StandardCharsets.UTF_8);
        return summary;
    }

    private static List<GeneratedDocument> result(Future<List<GeneratedDocument>> work) throws IOException {
        try {
            return work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while generating", e);
        } catch (ExecutionException e) {
            // generating throws nothing checked: a bug or an error of the JVM, passed on as it is
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private void prepare() throws IOException {
        if (Files.exists(out)) {
            if (!Files.isDirectory(out)) {
                throw new IOException(out + " exists and is not a folder");
            }
            try (Stream<Path> entries = Files.list(out)) {
                if (entries.findAny().isPresent()) {
                    throw new IOException(out + " is not empty: write a corpus to a new or empty folder");
                }
            }
        }
        Files.createDirectories(out);
    }

    private static void createFolder(Path folder, Set<Path> created) throws IOException {
        if (created.add(folder)) {
            Files.createDirectories(folder);
        }
    }

    private static String manifestLine(GeneratedDocument d) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("path", d.path());
        line.put("kind", d.kind().id());
        line.put("bytes", d.content().length);
        line.put("words", d.words());
        line.put("workKey", d.workKey());
        line.put("duplicate", d.duplicate());
        StringBuilder b = new StringBuilder(160);
        Json.value(b, line);
        return b.append('\n').toString();
    }

    /** Nearest-rank percentiles of the works' lengths. */
    static Map<String, Long> percentiles(long[] words) {
        long[] sorted = words.clone();
        Arrays.sort(sorted);
        Map<String, Long> p = new LinkedHashMap<>();
        if (sorted.length == 0) {
            return p;
        }
        p.put("min", sorted[0]);
        for (int q : new int[] {10, 50, 90, 99}) {
            p.put("p" + q, sorted[Math.max(0, (int) Math.ceil(q / 100.0 * sorted.length) - 1)]);
        }
        p.put("max", sorted[sorted.length - 1]);
        p.put("mean", Math.round(Arrays.stream(sorted).average().orElse(0)));
        return p;
    }
}
