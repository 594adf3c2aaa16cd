package io.ficmirror.cli.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Starts the stack's processes detached from the command (in a session of their own, so Ctrl-C on
 * {@code ficmirror} does not reach them), remembers them in pid files, and stops them with their children.
 */
final class Processes {
    /** The unprivileged account Elasticsearch and PostgreSQL run as when ficmirror runs as root; both refuse root. */
    static final String UNPRIVILEGED_ID = "65534";

    private Processes() {
    }

    static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Starts {@code command} in its own session, output appended to {@code log}; returns its pid. */
    static long startDetached(List<String> command, Map<String, String> environment, Path log, boolean unprivileged,
            Path workingDirectory) throws IOException {
        List<String> full = new ArrayList<>(List.of("setsid"));
        if (unprivileged && runningAsRoot()) {
            full.addAll(List.of("setpriv", "--reuid=" + UNPRIVILEGED_ID, "--regid=" + UNPRIVILEGED_ID, "--clear-groups", "--"));
        }
        full.addAll(command);
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .directory(workingDirectory.toFile());
        builder.environment().putAll(environment);
        return builder.start().pid();
    }

    /** Runs a command to completion (as the unprivileged user when asked and root), returning its output. */
    static String run(List<String> command, Map<String, String> environment, boolean unprivileged, Duration timeout)
            throws IOException {
        List<String> full = new ArrayList<>();
        if (unprivileged && runningAsRoot()) {
            full.addAll(List.of("setpriv", "--reuid=" + UNPRIVILEGED_ID, "--regid=" + UNPRIVILEGED_ID, "--clear-groups", "--"));
        }
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        try {
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish within " + timeout.toSeconds() + " s");
            }
            String text = new String(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed (exit " + process.exitValue() + "): " + text.strip());
            }
            return text;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("interrupted while running " + command.get(0), e);
        }
    }

    static void chownToUnprivileged(Path... paths) throws IOException {
        if (!runningAsRoot()) {
            return;
        }
        for (Path path : paths) {
            run(List.of("chown", "-R", UNPRIVILEGED_ID + ":" + UNPRIVILEGED_ID, path.toString()), Map.of(), false,
                    Duration.ofMinutes(2));
        }
    }

    static void writePid(Path pidFile, long pid) throws IOException {
        Files.createDirectories(pidFile.getParent());
        Files.writeString(pidFile, Long.toString(pid));
    }

    /**
     * The live process recorded in the pid file, if it is still ours: a pid reused by an unrelated process does not
     * count, recognised by the absence of {@code marker} (a path only our processes carry) in its command line.
     */
    static Optional<ProcessHandle> recorded(Path pidFile, String marker) {
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readString(pidFile).strip());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(p -> commandLine(pid).contains(marker));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String commandLine(long pid) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")), StandardCharsets.UTF_8)
                    .replace('\0', ' ');
        } catch (IOException e) {
            return "";
        }
    }

    /** SIGTERM to the process and its descendants, then SIGKILL to whatever is left after the grace period. */
    static void stopTree(ProcessHandle process, Duration grace) {
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(0, process);
        all.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + grace.toNanos();
        while (System.nanoTime() < deadline && all.stream().anyMatch(ProcessHandle::isAlive)) {
            sleep(Duration.ofMillis(200));
        }
        all.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
