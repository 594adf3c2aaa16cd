package io.ficmirror.corpus.format;

import io.ficmirror.corpus.prose.ProseWriter;
import io.ficmirror.corpus.work.Chapter;
import java.util.List;

/** A chapter's paragraphs written into a page, each between {@code open} and {@code close}, and noted in the body. */
final class HtmlParagraphs {
    private HtmlParagraphs() {
    }

    static void write(StringBuilder h, Body body, Chapter c, String open, String close, String sceneBreak) {
        List<String> paragraphs = c.paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            if (p.equals(ProseWriter.SCENE_BREAK)) {
                h.append(sceneBreak);
                body.paragraph(ProseWriter.SCENE_BREAK, 0);
                continue;
            }
            h.append(open);
            Html.escape(h, p);
            h.append(close);
            body.paragraph(p, c.paragraphWords()[i]);
        }
    }
}
