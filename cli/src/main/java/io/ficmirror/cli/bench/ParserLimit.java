package io.ficmirror.cli.bench;

import io.ficmirror.contract.ContentIds;
import io.ficmirror.contract.Source;
import io.ficmirror.parser.MediaTypes;
import io.ficmirror.parser.RawDocument;
import io.ficmirror.parser.WorkParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The parser alone, in this process, over the corpus's documents: once on one thread (its speed per core) and once
 * on every core (the most parse-service could do on this machine). Files are read inside the loop; they are in
 * the page cache after the import, so this is parsing time.
 */
final class ParserLimit {
    private final WorkParser parser = new WorkParser();

    /** {@code oneThreadCpuSeconds}: the CPU time of the one-thread run, robust against other load on the machine. */
    record Figures(Throughput oneThread, double oneThreadCpuSeconds, Throughput allCores, int threads) {
        double megabytesPerCpuSecond() {
            return oneThreadCpuSeconds <= 0 ? 0 : oneThread.bytes() / 1e6 / oneThreadCpuSeconds;
        }
    }

    Figures measure(List<Path> documents) throws InterruptedException {
        AtomicLong cpuNanos = new AtomicLong();
        run(documents.subList(0, Math.min(documents.size(), 500)), 1, cpuNanos);
        cpuNanos.set(0);
        Throughput one = run(documents, 1, cpuNanos);
        double oneCpu = cpuNanos.get() / 1e9;
        int threads = Runtime.getRuntime().availableProcessors();
        Throughput all = run(documents, threads, new AtomicLong());
        return new Figures(one, oneCpu, all, threads);
    }

    private Throughput run(List<Path> documents, int threads, AtomicLong cpuNanos) throws InterruptedException {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        AtomicInteger next = new AtomicInteger();
        AtomicLong bytes = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                for (int i = next.getAndIncrement(); i < documents.size(); i = next.getAndIncrement()) {
                    bytes.addAndGet(parse(documents.get(i)));
                }
                cpuNanos.addAndGet(cpu.getCurrentThreadCpuTime());
            }, "parser-limit-" + t);
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Throughput("parser alone, " + threads + (threads == 1 ? " thread" : " threads"), documents.size(),
                bytes.get(), seconds);
    }

    private long parse(Path file) {
        try {
            byte[] content = Files.readAllBytes(file);
            String name = file.getFileName().toString();
            String uri = file.toString();
            parser.parse(new RawDocument(ContentIds.documentId("bench", uri), new Source("bench", uri, "-"),
                    MediaTypes.forFileName(name), null, content));
            return content.length;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
