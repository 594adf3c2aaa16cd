package io.ficmirror.parser.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a date in free text, in the forms archives write: ISO "2006-05-28", LiveJournal "28th-May-2006",
 * "May 28, 2006", "28 May 2006", "21 mai 2015", numeric "08-29-06" (US, as fanfiction.net writes) or "21/05/2015"
 * (day first when the first number cannot be a month or the text is not English).
 */
public final class Dates {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12),
            Map.entry("janv", 1), Map.entry("janvier", 1), Map.entry("fevrier", 2), Map.entry("fevr", 2), Map.entry("mars", 3),
            Map.entry("avril", 4), Map.entry("avr", 4), Map.entry("mai", 5), Map.entry("juin", 6), Map.entry("juillet", 7),
            Map.entry("juil", 7), Map.entry("aout", 8), Map.entry("septembre", 9), Map.entry("octobre", 10),
            Map.entry("novembre", 11), Map.entry("decembre", 12),
            Map.entry("enero", 1), Map.entry("febrero", 2), Map.entry("marzo", 3), Map.entry("abril", 4), Map.entry("mayo", 5),
            Map.entry("junio", 6), Map.entry("julio", 7), Map.entry("agosto", 8), Map.entry("septiembre", 9),
            Map.entry("setiembre", 9), Map.entry("octubre", 10), Map.entry("noviembre", 11), Map.entry("diciembre", 12),
            Map.entry("januar", 1), Map.entry("februar", 2), Map.entry("marz", 3), Map.entry("juni", 6), Map.entry("juli", 7),
            Map.entry("oktober", 10), Map.entry("dezember", 12), Map.entry("okt", 10), Map.entry("dez", 12),
            Map.entry("gennaio", 1), Map.entry("febbraio", 2), Map.entry("aprile", 4), Map.entry("maggio", 5),
            Map.entry("giugno", 6), Map.entry("luglio", 7), Map.entry("settembre", 9), Map.entry("ottobre", 10),
            Map.entry("dicembre", 12), Map.entry("sept", 9));

    private static final String MONTH_WORD = "([A-Za-z\u00C0-\u00FF]{3,10})\\.?";
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|er|º)?[ \\-.]+(?:de )?" + MONTH_WORD + "[ \\-.,]+(?:de )?(\\d{4})(?!\\d)");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<![A-Za-z])" + MONTH_WORD + " (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})(?!\\d)");
    private static final Pattern NUMERIC = Pattern.compile("(?<!\\d)(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4}|\\d{2})(?!\\d)");
    private static final int MAX_SCAN = 400;

    private Dates() {
    }

    /** The first date in the text, or null. {@code dayFirst} decides ambiguous numeric dates. */
    public static LocalDate find(String text, boolean dayFirst) {
        if (text == null) {
            return null;
        }
        String t = text.length() > MAX_SCAN ? text.substring(0, MAX_SCAN) : text;
        LocalDate best = null;
        int bestAt = Integer.MAX_VALUE;
        Matcher m = ISO.matcher(t);
        if (m.find()) {
            LocalDate d = of(m.group(1), m.group(2), m.group(3));
            if (d != null) {
                best = d;
                bestAt = m.start();
            }
        }
        m = DAY_MONTH_YEAR.matcher(t);
        while (m.find() && m.start() < bestAt) {
            Integer month = month(m.group(2));
            if (month != null) {
                LocalDate d = of(m.group(3), month.toString(), m.group(1));
                if (d != null) {
                    best = d;
                    bestAt = m.start();
                    break;
                }
            }
        }
        m = MONTH_DAY_YEAR.matcher(t);
        while (m.find() && m.start() < bestAt) {
            Integer month = month(m.group(1));
            if (month != null) {
                LocalDate d = of(m.group(3), month.toString(), m.group(2));
                if (d != null) {
                    best = d;
                    bestAt = m.start();
                    break;
                }
            }
        }
        m = NUMERIC.matcher(t);
        if (m.find() && m.start() < bestAt) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            String year = m.group(3);
            if (year.length() == 2) {
                int y = Integer.parseInt(year);
                year = String.valueOf(y < 50 ? 2000 + y : 1900 + y);
            }
            boolean df = a > 12 || (dayFirst && b <= 12);
            LocalDate d = df ? of(year, String.valueOf(b), String.valueOf(a)) : of(year, String.valueOf(a), String.valueOf(b));
            if (d != null) {
                best = d;
            }
        }
        return best;
    }

    private static Integer month(String word) {
        String w = Texts.fold(word);
        Integer m = MONTHS.get(w);
        if (m == null && w.length() > 3) {
            m = MONTHS.get(w.substring(0, 3));
        }
        return m;
    }

    private static LocalDate of(String year, String month, String day) {
        try {
            int y = Integer.parseInt(year);
            if (y < 1970 || y > 2100) {
                return null;
            }
            return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
