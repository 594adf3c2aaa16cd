package io.ficmirror.cli.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** An SVG of a run: each stage's throughput, each consumer group's lag and each service's heap, over time. */
final class PipelineChart {
    private static final int WIDTH = 960;
    private static final int PANEL_HEIGHT = 220;
    private static final int LEFT = 70;
    private static final int RIGHT = 190;
    private static final int TOP = 30;
    private static final int GAP = 50;
    private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b"};
    /** Throughput is averaged over this many samples (seconds) so the lines are readable. */
    private static final int RATE_WINDOW = 5;

    private final List<Sample> samples;
    private final List<String> lagGroups;
    private final StringBuilder svg = new StringBuilder();

    PipelineChart(List<Sample> samples, List<String> lagGroups) {
        this.samples = samples;
        this.lagGroups = lagGroups;
    }

    String svg() {
        int height = TOP + 3 * (PANEL_HEIGHT + GAP);
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "font-family=\"sans-serif\" font-size=\"12\">%n<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>%n",
                WIDTH, height));
        List<Series> rates = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            rates.add(new Series(stage.label, rate(s -> s.stage(stage))));
        }
        panel(0, "documents per second, by stage (" + RATE_WINDOW + " s average)", rates);
        List<Series> lags = new ArrayList<>();
        for (String group : lagGroups) {
            lags.add(new Series(group, values(s -> s.lag().getOrDefault(group, 0L))));
        }
        panel(1, "consumer lag (messages not yet read)", lags);
        List<Series> heaps = new ArrayList<>();
        for (String service : samples.get(0).heaps().keySet()) {
            heaps.add(new Series(service, values(s -> s.heaps().getOrDefault(service, JvmHeap.UNKNOWN).usedBytes() / 1048576.0)));
        }
        panel(2, "heap used (MB), garbage included", heaps);
        return svg.append("</svg>\n").toString();
    }

    private record Series(String name, double[] values) {
    }

    private double[] values(ToDoubleFunction<Sample> value) {
        return samples.stream().mapToDouble(value).toArray();
    }

    private double[] rate(ToDoubleFunction<Sample> count) {
        double[] rates = new double[samples.size()];
        for (int i = 1; i < samples.size(); i++) {
            int from = Math.max(0, i - RATE_WINDOW);
            double seconds = samples.get(i).seconds() - samples.get(from).seconds();
            rates[i] = seconds <= 0 ? 0 : (count.applyAsDouble(samples.get(i)) - count.applyAsDouble(samples.get(from))) / seconds;
        }
        return rates;
    }

    private void panel(int index, String title, List<Series> series) {
        int top = TOP + index * (PANEL_HEIGHT + GAP);
        int plotWidth = WIDTH - LEFT - RIGHT;
        double maxX = Math.max(1, samples.get(samples.size() - 1).seconds());
        double maxY = niceCeiling(series.stream().flatMapToDouble(s -> java.util.Arrays.stream(s.values())).max().orElse(1));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-weight=\"bold\">%s</text>%n", LEFT, top - 10, escape(title)));
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#999\"/>%n",
                LEFT, top, plotWidth, PANEL_HEIGHT));
        for (int tick = 0; tick <= 4; tick++) {
            double y = top + PANEL_HEIGHT - tick * PANEL_HEIGHT / 4.0;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#eee\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n", LEFT, y, LEFT + plotWidth, y, LEFT - 6, y + 4,
                    format(maxY * tick / 4)));
            double x = LEFT + tick * plotWidth / 4.0;
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s s</text>%n", x,
                    top + PANEL_HEIGHT + 15, format(maxX * tick / 4)));
        }
        for (int i = 0; i < series.size(); i++) {
            String colour = COLOURS[i % COLOURS.length];
            StringBuilder points = new StringBuilder();
            double[] values = series.get(i).values();
            for (int j = 0; j < values.length; j++) {
                double x = LEFT + samples.get(j).seconds() / maxX * plotWidth;
                double y = top + PANEL_HEIGHT - values[j] / maxY * PANEL_HEIGHT;
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            }
            svg.append(String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"1.5\" points=\"%s\"/>%n",
                    colour, points.toString().trim()));
            int legendY = top + 14 + i * 18;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"3\"/>"
                    + "<text x=\"%d\" y=\"%d\">%s</text>%n", WIDTH - RIGHT + 12, legendY - 4, WIDTH - RIGHT + 30, legendY - 4,
                    colour, WIDTH - RIGHT + 36, legendY, escape(series.get(i).name())));
        }
    }

    private static double niceCeiling(double value) {
        if (value <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * magnitude >= value) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static String format(double value) {
        return value >= 100 || value == Math.rint(value) ? String.format(Locale.ROOT, "%,.0f", value)
                : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
