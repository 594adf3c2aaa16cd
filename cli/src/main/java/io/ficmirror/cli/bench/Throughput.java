package io.ficmirror.cli.bench;

/** How many documents (and bytes of them) something got through in how long. */
record Throughput(String what, long documents, long bytes, double seconds) {

    double documentsPerSecond() {
        return seconds <= 0 ? 0 : documents / seconds;
    }

    double megabytesPerSecond() {
        return seconds <= 0 ? 0 : bytes / 1e6 / seconds;
    }

    @Override
    public String toString() {
        return String.format("%s: %,d documents, %.1f MB in %.1f s = %,.0f documents/s, %.1f MB/s", what, documents,
                bytes / 1e6, seconds, documentsPerSecond(), megabytesPerSecond());
    }
}
