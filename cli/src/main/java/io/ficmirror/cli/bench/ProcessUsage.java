package io.ficmirror.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * CPU time and resident memory of a process and everything it started (Elasticsearch's and PostgreSQL's helper
 * processes count too), read from Linux's /proc. Elsewhere every figure is zero and the report says so.
 */
record ProcessUsage(double cpuSeconds, long residentBytes) {
    static final ProcessUsage NONE = new ProcessUsage(0, 0);
    /** USER_HZ: Linux reports CPU time in these ticks on every architecture we run on. */
    private static final double TICKS_PER_SECOND = 100.0;

    static boolean supported() {
        return Files.isDirectory(Path.of("/proc/self"));
    }

    static ProcessUsage of(long pid) {
        if (!supported()) {
            return NONE;
        }
        List<Long> tree = new ArrayList<>();
        tree.add(pid);
        ProcessHandle.of(pid).ifPresent(p -> p.descendants().forEach(child -> tree.add(child.pid())));
        double cpu = 0;
        long resident = 0;
        for (long each : tree) {
            cpu += cpuSeconds(each);
            resident += residentBytes(each);
        }
        return new ProcessUsage(cpu, resident);
    }

    /** User and system time of the process and of its children that have already exited and been waited for. */
    private static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // the command name in parentheses may hold spaces, so fields are counted after its closing parenthesis
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13])
                    + Long.parseLong(fields[14]);
            return ticks / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static long residentBytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }
}
