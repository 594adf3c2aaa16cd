package io.ficmirror.corpus;

/** Told after each work is written, for a progress bar: works done of the total, and documents and bytes so far. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (worksDone, worksTotal, documents, bytes) -> {
    };

    void progress(int worksDone, int worksTotal, long documents, long bytes);
}
