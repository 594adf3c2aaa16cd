package io.ficmirror.cli.stack;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** One process of the local stack: a backing service or a ficmirror service. */
interface Part {

    String name();

    /** Where a user should look when it misbehaves. */
    Path log();

    String address();

    /** Starts the process unless it is already running; does not wait for it to be ready. */
    void start() throws IOException;

    /** The running process, if any. */
    Optional<ProcessHandle> process();

    /** Whether it answers as it should (a cheap check, called repeatedly while waiting). */
    boolean healthy();

    void stop() throws IOException;
}
