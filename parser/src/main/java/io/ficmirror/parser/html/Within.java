package io.ficmirror.parser.html;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Descendant selection without jsoup's descendant combinator ("A B"), which walks every element's ancestors and so
 * takes time quadratic in the nesting depth (20,000 nested divs took seconds). Here only the elements matching
 * {@code css} walk up, and only until the first match of {@code ancestorCss}.
 */
final class Within {
    private Within() {
    }

    /** The elements matching {@code css} that have an ancestor matching {@code ancestorCss}, in document order. */
    static Elements select(Element root, String css, String ancestorCss) {
        Elements out = new Elements();
        for (Element e : root.select(css)) {
            Element parent = e.parent();
            if (parent != null && parent.closest(ancestorCss) != null) {
                out.add(e);
            }
        }
        return out;
    }

    static Element first(Element root, String css, String ancestorCss) {
        Elements found = select(root, css, ancestorCss);
        return found.isEmpty() ? null : found.first();
    }
}
