package io.ficmirror.systemtest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The drift counts {@code ficmirror verify} prints, by line ("works missing from the index" -> 0). */
final class VerifyReport {
    private static final Pattern COUNT = Pattern.compile("^  (\\S.*?)\\s+([\\d,]+)(\\s+e\\.g\\..*)?$", Pattern.MULTILINE);

    private VerifyReport() {
    }

    /** The counts of the first report in the output (before a repair, when there was one). */
    static Map<String, Long> counts(String out) {
        Map<String, Long> counts = new LinkedHashMap<>();
        Matcher matcher = COUNT.matcher(out);
        while (matcher.find()) {
            counts.putIfAbsent(matcher.group(1), Long.parseLong(matcher.group(2).replace(",", "")));
        }
        if (!counts.containsKey("works missing from the index")) {
            throw new AssertionError("no drift counts in the output of ficmirror verify:\n" + out);
        }
        return counts;
    }
}
