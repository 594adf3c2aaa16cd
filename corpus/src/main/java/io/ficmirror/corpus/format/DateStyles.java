package io.ficmirror.corpus.format;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** Dates as each kind of site writes them (month and day names spelt out here, not taken from locale data). */
final class DateStyles {
    private static final String[] ENGLISH_MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] FRENCH_MONTHS = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet",
        "août", "septembre", "octobre", "novembre", "décembre"};
    private static final String[] GERMAN_MONTHS = {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli",
        "August", "September", "Oktober", "November", "Dezember"};
    private static final String[] SPANISH_MONTHS = {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
        "agosto", "septiembre", "octubre", "noviembre", "diciembre"};

    private DateStyles() {
    }

    static String iso(LocalDate d) {
        return d.toString();
    }

    /** "2009-02-03 21:15:00", LiveJournal and Dreamwidth entry pages. */
    static String isoTime(LocalDateTime t) {
        return t.toLocalDate() + " " + two(t.getHour()) + ":" + two(t.getMinute()) + ":00";
    }

    /** "3rd-Feb-2009 09:15 pm", LiveJournal text copies; comments add " (UTC)". */
    static String journal(LocalDateTime t) {
        int h = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
        return t.getDayOfMonth() + ordinal(t.getDayOfMonth()) + "-" + shortMonth(t.toLocalDate()) + "-" + t.getYear()
                + " " + two(h) + ":" + two(t.getMinute()) + " " + (t.getHour() < 12 ? "am" : "pm");
    }

    /** "2010-07-23 08:11 am", LiveJournal comment stamps (with " (UTC)" after). */
    static String journalComment(LocalDateTime t) {
        int h = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
        return t.toLocalDate() + " " + two(h) + ":" + two(t.getMinute()) + " " + (t.getHour() < 12 ? "am" : "pm");
    }

    /** "Tue, 14 Mar 2006 18:22:05 -0500", a mail Date: header. */
    static String rfc822(LocalDateTime t, String zone) {
        String day = DAYS[t.getDayOfWeek().getValue() - 1];
        return day + ", " + t.getDayOfMonth() + " " + shortMonth(t.toLocalDate()) + " " + t.getYear() + " "
                + two(t.getHour()) + ":" + two(t.getMinute()) + ":" + two(t.getSecond()) + " " + zone;
    }

    /** fanfiction.net: "03-14-11", "3/14/2011" or "Mar 14, 2011", month first. */
    static String ffnet(LocalDate d, int variant) {
        return switch (Math.floorMod(variant, 3)) {
            case 0 -> two(d.getMonthValue()) + "-" + two(d.getDayOfMonth()) + "-" + two(d.getYear() % 100);
            case 1 -> d.getMonthValue() + "/" + d.getDayOfMonth() + "/" + d.getYear();
            default -> shortMonth(d) + " " + d.getDayOfMonth() + ", " + d.getYear();
        };
    }

    /** "05/06/2009", month first, as eFiction's default date format. */
    static String usNumeric(LocalDate d) {
        return two(d.getMonthValue()) + "/" + two(d.getDayOfMonth()) + "/" + d.getYear();
    }

    /** "May 12, 2004". */
    static String english(LocalDate d) {
        return ENGLISH_MONTHS[d.getMonthValue() - 1] + " " + d.getDayOfMonth() + ", " + d.getYear();
    }

    /** "12 June 2019". */
    static String englishDayFirst(LocalDate d) {
        return d.getDayOfMonth() + " " + ENGLISH_MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
    }

    static String french(LocalDate d) {
        return d.getDayOfMonth() + " " + FRENCH_MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
    }

    static String german(LocalDate d) {
        return d.getDayOfMonth() + ". " + GERMAN_MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
    }

    static String spanish(LocalDate d) {
        return d.getDayOfMonth() + " de " + SPANISH_MONTHS[d.getMonthValue() - 1] + " de " + d.getYear();
    }

    private static String shortMonth(LocalDate d) {
        return ENGLISH_MONTHS[d.getMonthValue() - 1].substring(0, 3);
    }

    private static String ordinal(int day) {
        if (day >= 11 && day <= 13) {
            return "th";
        }
        return switch (day % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }
}
