package io.ficmirror.parser.text;

import io.ficmirror.parser.Draft;
import io.ficmirror.parser.SourceFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * What follows a story and is not part of it: end markers ("= End ="), feedback pleas, archive and list footers,
 * navigation, and end-note glossaries. Only short, dialogue-free paragraphs at the very end are candidates, so a
 * story whose last lines mention a review or a comment keeps them.
 */
final class TrailingMatter {
    private static final int SHORT_PARAGRAPH_WORDS = 60;
    private static final java.util.regex.Pattern LIST_FOOTER = java.util.regex.Pattern.compile(
            "(?i)\\b(?:mailing list|all-fic list|fic list|unsubscribe|yahoo! ?groups|listinfo|list archives?)\\b");
    private static final int END_MARKER_WINDOW = 12;
    private static final int AFTER_END_MAX_WORDS = 200;

    private TrailingMatter() {
    }

    static List<String> strip(List<String> paras, Draft d) {
        List<String> p = new ArrayList<>(paras);
        dropSeparators(p);
        hashtags(p, d);
        cutAtEndMarker(p);
        cutFooters(p, d);
        dropSeparators(p);
        moveEndNotes(p, d);
        dropSeparators(p);
        return p;
    }

    /** Blog and Tumblr posts end with "#tag #another tag" lines: tags, not text. */
    private static void hashtags(List<String> p, Draft d) {
        while (p.size() > 1) {
            String last = p.get(p.size() - 1).strip();
            if (!last.startsWith("#") || last.length() > 500 || last.startsWith("# ")) {
                return;
            }
            for (String tag : last.split("\\s*#")) {
                String t = tag.strip();
                if (!t.isEmpty()) {
                    d.tags.add(t);
                }
            }
            p.remove(p.size() - 1);
        }
    }

    private static void cutAtEndMarker(List<String> p) {
        int words = 0;
        for (int k = p.size() - 1; k >= 1 && k >= p.size() - END_MARKER_WINDOW; k--) {
            String para = p.get(k);
            if (para.length() <= 60 && Patterns.END_MARKER.matcher(para.strip()).matches()) {
                p.subList(k, p.size()).clear();
                return;
            }
            words += Words.count(para);
            if (words > AFTER_END_MAX_WORDS) {
                return;
            }
        }
    }

    private static void cutFooters(List<String> p, Draft d) {
        int cut = -1;
        for (int k = p.size() - 1; k >= 1; k--) {
            String para = p.get(k);
            if (Words.count(para) > SHORT_PARAGRAPH_WORDS || Texts.hasDialogue(para)) {
                break;
            }
            String capped = Patterns.cap(para);
            if (Patterns.hasPlea(capped) || Patterns.URL_ONLY.matcher(capped.strip()).matches()) {
                cut = k;
            }
        }
        if (cut > 0) {
            List<String> footer = p.subList(cut, p.size());
            if (SourceFormat.PLAIN.equals(d.sourceFormat)) {
                footer.stream().map(Patterns::cap).filter(para -> LIST_FOOTER.matcher(para).find()).findFirst()
                        .ifPresent(para -> d.detected(SourceFormat.MAILING_LIST,
                                "a mailing list's footer after the story (\"" + Texts.clean(para) + "\")"));
            }
            footer.clear();
        }
    }

    /** A glossary or a note on the title at the very end belongs to the notes. */
    private static void moveEndNotes(List<String> p, Draft d) {
        int glossaryLines = 0;
        boolean titleSource = false;
        int start = p.size();
        for (int k = p.size() - 1; k >= 1; k--) {
            String para = p.get(k);
            boolean all = true;
            int lines = 0;
            boolean source = false;
            for (String line : para.split("\n")) {
                String l = Patterns.cap(line.strip());
                if (Patterns.TITLE_SOURCE.matcher(l).find()) {
                    source = true;
                } else if (!Patterns.GLOSSARY_LINE.matcher(l).matches()) {
                    all = false;
                    break;
                }
                lines++;
            }
            if (!all) {
                break;
            }
            glossaryLines += lines;
            titleSource |= source;
            start = k;
        }
        if (start < p.size() && (glossaryLines >= 2 || titleSource)) {
            d.note(String.join("\n\n", p.subList(start, p.size())));
            p.subList(start, p.size()).clear();
        }
    }

    private static void dropSeparators(List<String> p) {
        while (!p.isEmpty() && isSeparator(p.get(p.size() - 1))) {
            p.remove(p.size() - 1);
        }
        while (!p.isEmpty() && isSeparator(p.get(0))) {
            p.remove(0);
        }
    }

    static boolean isSeparator(String para) {
        return Words.count(para) == 0 || (para.length() <= 40 && Patterns.SCENE_BREAK.matcher(para).matches());
    }
}
