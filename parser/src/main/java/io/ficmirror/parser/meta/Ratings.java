package io.ficmirror.parser.meta;

import io.ficmirror.parser.text.Texts;

/** Maps ratings and warnings as archives write them onto AO3's names. */
public final class Ratings {
    public static final String GENERAL = "General Audiences";
    public static final String TEEN = "Teen And Up Audiences";
    public static final String MATURE = "Mature";
    public static final String EXPLICIT = "Explicit";
    public static final String NOT_RATED = "Not Rated";

    private Ratings() {
    }

    /** AO3's rating for a written one; the value as written when it is none of the known scales. */
    public static String rating(String written) {
        if (written == null) {
            return NOT_RATED;
        }
        String f = Texts.fold(written).replaceAll("[.!*]+$", "").strip();
        String[] words = f.split("[\\s,;(]+");
        String first = words.length == 0 ? "" : words[0]; // "(" alone splits into nothing
        for (String candidate : new String[] {f, first}) {
            String mapped = switch (candidate) {
                case "g", "k", "k+", "pg", "general", "general audiences", "gen", "all ages", "tout public", "fr7", "e" -> GENERAL;
                case "pg-13", "pg13", "t", "teen", "teen and up", "teen and up audiences", "teens", "fr13", "fr15", "13+" -> TEEN;
                case "r", "m", "mature", "fr18", "16+", "17+" -> MATURE;
                case "nc-17", "nc17", "ma", "x", "xxx", "explicit", "adult", "nc", "18+", "fr21" -> EXPLICIT;
                case "not rated", "unrated", "none", "no rating" -> NOT_RATED;
                default -> null;
            };
            if (mapped != null) {
                return mapped;
            }
        }
        return written.strip();
    }

    /** AO3's archive warning for a written one, or the value as written. */
    public static String warning(String written) {
        String f = Texts.fold(written);
        if (f.equals("none") || f.equals("no warnings") || f.startsWith("no archive warnings") || f.equals("n/a")
                || f.equals("ninguna") || f.equals("aucun") || f.equals("keine")) {
            return "No Archive Warnings Apply";
        }
        if (f.contains("character death") || f.equals("deathfic") || f.equals("death")) {
            return "Major Character Death";
        }
        if (f.contains("violence") || f.equals("gore")) {
            return "Graphic Depictions Of Violence";
        }
        if (f.contains("non-con") || f.contains("noncon") || f.contains("rape")) {
            return "Rape/Non-Con";
        }
        if (f.equals("underage") || f.equals("chan")) {
            return "Underage";
        }
        if (f.startsWith("choose not to") || f.startsWith("creator chose not")) {
            return "Creator Chose Not To Use Archive Warnings";
        }
        return written.strip();
    }
}
