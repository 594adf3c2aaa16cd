package io.ficmirror.corpus.bench;

import io.ficmirror.contract.ContentIds;
import io.ficmirror.contract.Source;
import io.ficmirror.corpus.CorpusGenerator;
import io.ficmirror.corpus.DocumentKind;
import io.ficmirror.corpus.GeneratedDocument;
import io.ficmirror.corpus.Scorer;
import io.ficmirror.corpus.prose.Language;
import io.ficmirror.corpus.prose.Person;
import io.ficmirror.corpus.prose.ProseWriter;
import io.ficmirror.corpus.prose.Punctuation;
import io.ficmirror.corpus.prose.Rng;
import io.ficmirror.parser.MediaTypes;
import io.ficmirror.parser.ParseOutcome;
import io.ficmirror.parser.RawDocument;
import io.ficmirror.parser.WorkParser;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Parse throughput on one thread (= per core) over a generated mirror ({@link CorpusGenerator}, 600 works, seed 42:
 * every document shape the parser knows, lengths like real archives', near-duplicates). A plain main, not a timed
 * test:
 *
 * <pre>
 * ./mvnw -o -q -pl corpus test-compile exec:java [-Dexec.args="--seconds 20 --by-kind"]
 * </pre>
 *
 * (exec-maven-plugin is configured in corpus/pom.xml with this class and the test classpath; see BENCHMARKS.md.)
 *
 * Options: {@code --seconds N} measuring time (default 15), {@code --warmup N} (default 10), {@code --only KIND}
 * (one document kind, e.g. {@code lj-txt}), {@code --by-kind} (also prints per-kind figures), {@code --works N} and
 * {@code --seed S} (another corpus), {@code --stress} (instead: single pathological documents, to check that time
 * stays linear). Before measuring it scores every document against its expected fields (parse-eval's rules).
 */
public final class ParserBenchmark {
    private static final int STRESS_BYTES = 8 << 20;

    public static void main(String[] args) {
        double seconds = 15;
        double warmup = 10;
        String only = null;
        boolean byKind = false;
        int works = 600;
        long seed = CorpusGenerator.DEFAULT_SEED;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                case "--warmup" -> warmup = Double.parseDouble(args[++i]);
                case "--only" -> only = args[++i];
                case "--by-kind" -> byKind = true;
                case "--works" -> works = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--stress" -> {
                    stress();
                    return;
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        List<Doc> corpus = corpus(seed, works, only == null ? null : DocumentKind.byId(only));
        long bytes = corpus.stream().mapToLong(d -> d.raw.content().length).sum();
        System.out.printf("corpus: %d works, seed %d: %d documents, %.1f MB (%s)%n", works, seed, corpus.size(), bytes / 1e6,
                summary(corpus));
        WorkParser parser = new WorkParser();
        check(parser, corpus);
        System.out.printf("warm-up %.0f s ...%n", warmup);
        run(parser, corpus, warmup);
        Result r = run(parser, corpus, seconds);
        System.out.printf("one thread, per CPU second: %.1f MB/s, %.0f documents/s%n", r.bytes / 1e6 / r.cpuSeconds,
                r.docs / r.cpuSeconds);
        System.out.printf("one thread, wall clock:     %.1f MB/s, %.0f documents/s (%d passes, %.1f s)%n",
                r.bytes / 1e6 / r.seconds, r.docs / r.seconds, r.passes, r.seconds);
        if (byKind) {
            Map<DocumentKind, List<Doc>> kinds = new EnumMap<>(DocumentKind.class);
            corpus.forEach(d -> kinds.computeIfAbsent(d.generated.kind(), k -> new ArrayList<>()).add(d));
            for (Map.Entry<DocumentKind, List<Doc>> e : kinds.entrySet()) {
                Result k = run(parser, e.getValue(), Math.max(1, seconds / kinds.size()));
                System.out.printf("  %-16s %7.1f MB/s %8.0f docs/s (per CPU second)%n", e.getKey().id(),
                        k.bytes / 1e6 / k.cpuSeconds, k.docs / k.cpuSeconds);
            }
        }
    }

    /** The generated documents as `ficmirror parse` reads files: media type from the name, charset unknown. */
    private static List<Doc> corpus(long seed, int works, DocumentKind only) {
        List<Doc> docs = new ArrayList<>();
        new CorpusGenerator(seed, works).generate(d -> {
            if (only == null || d.kind() == only) {
                Source source = new Source("bench", d.path(), ContentIds.sha256Hex(d.content()));
                docs.add(new Doc(d, new RawDocument(ContentIds.documentId("bench", d.path()), source,
                        MediaTypes.forFileName(d.path()), null, d.content())));
            }
        });
        return docs;
    }

    /** Every document scored against its expected fields; the detected format per kind; rejections named. */
    private static void check(WorkParser parser, List<Doc> corpus) {
        long fields = 0;
        long missed = 0;
        Map<String, Set<String>> formats = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        for (Doc d : corpus) {
            ParseOutcome o = parser.parse(d.raw);
            if (o instanceof ParseOutcome.Rejected r) {
                misses.add(d.generated.path() + ": rejected (" + r.reason() + ")");
            } else if (o instanceof ParseOutcome.Parsed p) {
                formats.computeIfAbsent(d.generated.kind().id(), k -> new TreeSet<>()).add(p.work().sourceFormat());
            }
            List<Scorer.Miss> m = Scorer.misses(d.generated.expected(), o instanceof ParseOutcome.Parsed p ? p.work() : null);
            fields += d.generated.expected().asMap().size();
            missed += m.size();
            if (!m.isEmpty() && misses.size() < 10) {
                misses.add(d.generated.path() + ": " + m);
            }
        }
        System.out.println("detected sourceFormat per generated kind: " + formats);
        System.out.printf("accuracy (parse-eval's rules): %d/%d fields (%.2f%%)%n", fields - missed, fields,
                100.0 * (fields - missed) / Math.max(1, fields));
        misses.forEach(m -> System.out.println("  " + m));
    }

    /**
     * Single pathological documents (one 8 MB line of text, the same as one HTML paragraph, 20,000 nested divs, 8 MB
     * of short lines), each parsed a few times: their throughput must not fall far below the corpus's (linear time).
     */
    private static void stress() {
        WorkParser parser = new WorkParser();
        ProseWriter prose = new ProseWriter(Language.ENGLISH, List.of(new Person("Maren", 1), new Person("Tobias", 0)), new Rng(7));
        StringBuilder line = new StringBuilder(STRESS_BYTES + 1024);
        while (line.length() < STRESS_BYTES) {
            String p = prose.paragraph();
            line.append(Punctuation.typographic(p)).append(' ');
        }
        Map<String, String> docs = new LinkedHashMap<>();
        docs.put("8 MB single line (text)", line.toString());
        docs.put("8 MB single paragraph (HTML)", "<html><body><p>" + line + "</p></body></html>");
        docs.put("20,000 nested divs (HTML)", "<html><body>" + "<div>".repeat(20_000) + "deep text" + "</div>".repeat(20_000)
                + "</body></html>");
        docs.put("8 MB of short lines (text)", line.toString().replace(". ", ".\n"));
        for (Map.Entry<String, String> e : docs.entrySet()) {
            byte[] bytes = e.getValue().getBytes(StandardCharsets.UTF_8);
            boolean html = e.getKey().contains("HTML");
            String name = html ? "stress.html" : "stress.txt";
            RawDocument raw = new RawDocument("stress", new Source("bench", name, "0"), html ? "text/html" : "text/plain",
                    null, bytes);
            parser.parse(raw);
            long start = System.nanoTime();
            int runs = 3;
            for (int i = 0; i < runs; i++) {
                parser.parse(raw);
            }
            double s = (System.nanoTime() - start) / 1e9 / runs;
            System.out.printf("  %-30s %6.2f MB in %6.3f s: %6.1f MB/s%n", e.getKey(), bytes.length / 1e6, s, bytes.length / 1e6 / s);
        }
    }

    /** {@code seconds} is wall time, {@code cpuSeconds} the thread's own CPU time (robust on a shared machine). */
    private record Result(long bytes, long docs, int passes, double seconds, double cpuSeconds) {
    }

    private static Result run(WorkParser parser, List<Doc> corpus, double seconds) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        long bytes = 0;
        long docs = 0;
        int passes = 0;
        long sink = 0;
        while (System.nanoTime() < deadline || passes == 0) {
            for (Doc d : corpus) {
                ParseOutcome o = parser.parse(d.raw);
                sink += o instanceof ParseOutcome.Parsed p ? p.work().wordCount() : 1;
                bytes += d.raw.content().length;
                docs++;
            }
            passes++;
        }
        if (sink == 42) {
            System.out.print("");
        }
        return new Result(bytes, docs, passes, (System.nanoTime() - start) / 1e9,
                (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9);
    }

    private static String summary(List<Doc> docs) {
        Map<String, Integer> count = new LinkedHashMap<>();
        for (DocumentKind k : DocumentKind.values()) {
            int n = (int) docs.stream().filter(d -> d.generated.kind() == k).count();
            if (n > 0) {
                count.put(k.id(), n);
            }
        }
        return count.toString();
    }

    private record Doc(GeneratedDocument generated, RawDocument raw) {
    }
}
