package io.ficmirror.corpus.format;

import io.ficmirror.corpus.ExpectedFields;
import io.ficmirror.corpus.prose.ProseWriter;
import io.ficmirror.corpus.prose.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The story text of one document as a reader (and the parser) sees it, written down while the document is
 * rendered: paragraphs without markup, chapter headings where they stand in the text. It yields the body fields of
 * the expected Work: word counts, chapters, how the text starts and ends.
 */
final class Body {
    private static final int EDGE_WORDS = 8;

    /** What an HTML page shows of a generated paragraph: no emphasis marks. */
    static final UnaryOperator<String> HTML_VIEW = p -> Typography.TYPOGRAPHIC.render(p, (char) 0);

    private final UnaryOperator<String> view;
    private final List<String> chapterTitles = new ArrayList<>();
    private final List<Integer> chapterWords = new ArrayList<>();
    private int words;
    private String first;
    private String last;

    /** @param view turns the paragraphs given into what a reader sees (identity when they are given as written) */
    Body(UnaryOperator<String> view) {
        this.view = view;
    }

    /** A chapter starts; {@code inText} when its heading is a paragraph of the story text. */
    void chapter(String heading, boolean inText) {
        chapterTitles.add(heading);
        chapterWords.add(0);
        if (inText) {
            add(heading, Words.count(heading));
        }
    }

    /** A paragraph of the story (scene breaks included) and its words. */
    void paragraph(String text, int n) {
        if (!chapterWords.isEmpty()) {
            chapterWords.set(chapterWords.size() - 1, chapterWords.get(chapterWords.size() - 1) + n);
        }
        add(text, n);
    }

    private void add(String text, int n) {
        words += n;
        if (n > 0 && !text.equals(ProseWriter.SCENE_BREAK)) {
            if (first == null) {
                first = text;
            }
            last = text;
        }
    }

    int words() {
        return words;
    }

    /**
     * Sets wordCount, bodyStartsWith and bodyEndsWith, and with {@code chapters} the chapter titles and their word
     * counts (only for documents of two chapters or more: one chapter states no chapter list).
     */
    void expect(ExpectedFields e, boolean chapters) {
        e.put("wordCount", words);
        if (chapters && chapterTitles.size() > 1) {
            e.put("chapters", chapterTitles);
            e.put("chapterWordCounts", chapterWords);
        }
        e.put("bodyStartsWith", edge(view.apply(first), true));
        e.put("bodyEndsWith", edge(view.apply(last), false));
    }

    /** The first or last few words, without the emphasis marks parse-eval strips from the body's ends. */
    private static String edge(String paragraph, boolean start) {
        String[] tokens = paragraph.strip().split("\\s+");
        int n = Math.min(EDGE_WORDS, tokens.length);
        String joined = String.join(" ", start ? java.util.Arrays.copyOfRange(tokens, 0, n)
                : java.util.Arrays.copyOfRange(tokens, tokens.length - n, tokens.length));
        int from = 0;
        int to = joined.length();
        while (start && from < to && "*_# ".indexOf(joined.charAt(from)) >= 0) {
            from++;
        }
        while (!start && to > from && "*_# ".indexOf(joined.charAt(to - 1)) >= 0) {
            to--;
        }
        return joined.substring(from, to);
    }
}
