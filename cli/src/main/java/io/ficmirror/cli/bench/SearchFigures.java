package io.ficmirror.cli.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/** The searches of a {@link SearchLoad} by phase of the run (each quarter of the import, then after it) and by kind. */
record SearchFigures(double perSecond, int clients, List<SearchLoad.Search> searches) {
    static final SearchFigures NONE = new SearchFigures(0, 0, List.of());

    record Row(String phase, long searches, long failed, long notSent, double seconds, double p50, double p90,
            double p99, double max) {
        double answeredPerSecond() {
            return seconds <= 0 ? 0 : (searches - failed - notSent) / seconds;
        }
    }

    boolean isEmpty() {
        return searches.isEmpty();
    }

    /** One row for each quarter of the import (which ran from 0 to {@code importSeconds}), one after it, one in all. */
    List<Row> byPhase(double importSeconds) {
        List<Row> rows = new ArrayList<>();
        for (int quarter = 0; quarter < 4; quarter++) {
            double from = importSeconds * quarter / 4;
            double to = importSeconds * (quarter + 1) / 4;
            rows.add(row(String.format(Locale.ROOT, "import %d-%d %%", quarter * 25, quarter * 25 + 25),
                    s -> s.dueSeconds() >= from && s.dueSeconds() < to, to - from));
        }
        double last = searches.stream().mapToDouble(SearchLoad.Search::dueSeconds).max().orElse(importSeconds);
        rows.add(row("after the import", s -> s.dueSeconds() >= importSeconds, Math.max(0, last - importSeconds)));
        double first = searches.stream().mapToDouble(SearchLoad.Search::dueSeconds).min().orElse(0);
        rows.add(row("all", s -> true, Math.max(0, last - first)));
        return rows;
    }

    Map<SearchQueries.Kind, Row> byKind() {
        Map<SearchQueries.Kind, Row> rows = new EnumMap<>(SearchQueries.Kind.class);
        double first = searches.stream().mapToDouble(SearchLoad.Search::dueSeconds).min().orElse(0);
        double last = searches.stream().mapToDouble(SearchLoad.Search::dueSeconds).max().orElse(0);
        for (SearchQueries.Kind kind : SearchQueries.Kind.values()) {
            Row row = row(kind.name().toLowerCase(Locale.ROOT).replace('_', ' '), s -> s.kind() == kind, last - first);
            if (row.searches() > 0) {
                rows.put(kind, row);
            }
        }
        return rows;
    }

    private Row row(String phase, Predicate<SearchLoad.Search> in, double seconds) {
        List<SearchLoad.Search> chosen = searches.stream().filter(in).toList();
        double[] answered = chosen.stream().filter(SearchLoad.Search::ok).mapToDouble(SearchLoad.Search::millis).sorted().toArray();
        long notSent = chosen.stream().filter(s -> s.status() == -1).count();
        long failed = chosen.size() - answered.length - notSent;
        return new Row(phase, chosen.size(), failed, notSent, seconds, percentile(answered, 50), percentile(answered, 90),
                percentile(answered, 99), answered.length == 0 ? 0 : answered[answered.length - 1]);
    }

    /** Nearest-rank percentile of sorted values; 0 when there are none. */
    static double percentile(double[] sorted, double percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }

    String text(double importSeconds) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%nSearches during the import: %.0f a second offered"
                + " by at most %d clients at once (open loop: a search's latency counts from when it was due):%n",
                perSecond, clients));
        b.append(String.format(Locale.ROOT, "  %-18s %9s %7s %9s %11s %9s %9s %9s %9s%n", "PHASE", "searches", "failed",
                "not sent", "answered/s", "p50 ms", "p90 ms", "p99 ms", "max ms"));
        for (Row row : byPhase(importSeconds)) {
            appendRow(b, row);
        }
        b.append("  by kind:\n");
        byKind().values().forEach(row -> appendRow(b, row));
        return b.toString();
    }

    private static void appendRow(StringBuilder b, Row row) {
        b.append(String.format(Locale.ROOT, "  %-18s %9d %7d %9d %11.1f %9.1f %9.1f %9.1f %9.1f%n", row.phase(),
                row.searches(), row.failed(), row.notSent(), row.answeredPerSecond(), row.p50(), row.p90(), row.p99(),
                row.max()));
    }

    String csv() {
        StringBuilder b = new StringBuilder("due_seconds,millis,status,kind\n");
        for (SearchLoad.Search s : searches) {
            b.append(String.format(Locale.ROOT, "%.3f,%.1f,%d,%s%n", s.dueSeconds(), s.millis(), s.status(),
                    s.kind().name().toLowerCase(Locale.ROOT)));
        }
        return b.toString();
    }
}
