package io.ficmirror.ingest.mirror;

import java.io.IOException;

/** Receives entries one at a time; it may block (for example until the broker acknowledges), which paces the reader. */
@FunctionalInterface
public interface EntryHandler {
    void accept(MirrorEntry entry) throws IOException;
}
