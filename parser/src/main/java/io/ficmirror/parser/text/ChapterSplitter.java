package io.ficmirror.parser.text;

import io.ficmirror.contract.Chapter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds chapter headings in a body: "Chapter 1: Ash", "Chapter One", "Part 2", "Prologue", and roman-numbered
 * headings that repeat with the same words ("Conversation I", "Conversation II"). Needs at least two headings;
 * each chapter counts the words under its heading.
 */
public final class ChapterSplitter {
    private static final int MAX_HEADING = 90;
    private static final Pattern MARKS = Pattern.compile("^[*_#=\\s]+|[*_#=\\s]+$");

    private ChapterSplitter() {
    }

    public static List<Chapter> split(String body) {
        String[] paras = Texts.split(body, "\n\n");
        List<Integer> headings = new ArrayList<>();
        Map<String, List<Integer>> romanByPrefix = new HashMap<>();
        for (int i = 0; i < paras.length; i++) {
            String p = heading(paras[i]);
            if (p == null) {
                continue;
            }
            if (Patterns.CHAPTER_HEADING.matcher(p).matches() || Patterns.PROLOGUE.matcher(p).matches()) {
                headings.add(i);
                continue;
            }
            Matcher m = Patterns.ROMAN_HEADING.matcher(p);
            if (m.matches()) {
                romanByPrefix.computeIfAbsent(m.group(1).strip() + "\u0000", k -> new ArrayList<>()).add(i);
            }
        }
        for (Map.Entry<String, List<Integer>> e : romanByPrefix.entrySet()) {
            if (e.getValue().size() >= 2 && romanSequence(paras, e.getValue())) {
                headings.addAll(e.getValue());
            }
        }
        if (headings.size() < 2) {
            return List.of();
        }
        headings.sort(Integer::compare);
        List<Chapter> chapters = new ArrayList<>();
        for (int h = 0; h < headings.size(); h++) {
            int from = headings.get(h);
            int to = h + 1 < headings.size() ? headings.get(h + 1) : paras.length;
            int words = 0;
            for (int i = from + 1; i < to; i++) {
                words += Words.count(paras[i]);
            }
            chapters.add(new Chapter(heading(paras[from]), words));
        }
        return chapters;
    }

    private static String heading(String para) {
        if (para.length() > 4 * MAX_HEADING) {
            return null;
        }
        String p = para.strip();
        if (p.isEmpty() || p.length() > MAX_HEADING || p.contains("\n")) {
            return null;
        }
        p = trimMarks(p);
        return p.isEmpty() ? null : p;
    }

    /** What {@link #MARKS} removes, without the regex trying its trailing alternative at every character. */
    static String trimMarks(String p) {
        if (p.endsWith("\u0085")) {
            return MARKS.matcher(p).replaceAll(""); // the regex's $ also matches before a final line terminator
        }
        int from = 0;
        int to = p.length();
        while (from < to && isMark(p.charAt(from))) {
            from++;
        }
        while (to > from && isMark(p.charAt(to - 1))) {
            to--;
        }
        return p.substring(from, to);
    }

    private static boolean isMark(char c) {
        return c == '*' || c == '_' || c == '#' || c == '=' || c == ' ' || c == '\t' || c == '\n' || c == '\u000B'
                || c == '\f' || c == '\r';
    }

    private static boolean romanSequence(String[] paras, List<Integer> at) {
        for (int k = 0; k < at.size(); k++) {
            Matcher m = Patterns.ROMAN_HEADING.matcher(heading(paras[at.get(k)]));
            if (!m.matches() || roman(m.group(2)) != k + 1) {
                return false;
            }
        }
        return true;
    }

    static int roman(String s) {
        int total = 0;
        int prev = 0;
        for (int i = s.length() - 1; i >= 0; i--) {
            int v = switch (s.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                case 'L' -> 50;
                case 'C' -> 100;
                default -> 0;
            };
            total += v < prev ? -v : v;
            prev = Math.max(prev, v);
        }
        return total;
    }
}
