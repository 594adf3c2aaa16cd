package io.ficmirror.parser.html;

import io.ficmirror.parser.text.Words;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Converts an HTML element to text the way a reader sees it: block elements and double line breaks become paragraph
 * breaks, single line breaks stay line breaks, horizontal rules become a scene-break line, scripts, forms and
 * other non-reading elements disappear. Iterative (jsoup's traversor), so deeply nested HTML cannot overflow the stack.
 */
public final class HtmlText {
    static final Set<String> BLOCKS = Set.of("p", "div", "blockquote", "center", "h1", "h2", "h3", "h4", "h5", "h6",
            "ul", "ol", "li", "dl", "dt", "dd", "table", "tr", "pre", "article", "section", "main", "header", "footer",
            "aside", "body", "html", "td", "th", "tbody", "thead", "form", "fieldset", "address", "figure", "figcaption",
            "details", "summary");
    static final Set<String> SKIP = Set.of("script", "style", "noscript", "select", "option", "button", "input",
            "textarea", "iframe", "object", "embed", "svg", "canvas", "template", "head", "title", "meta", "link", "nav");

    private HtmlText() {
    }

    public static String of(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            int skipDepth = -1;

            @Override
            public void head(Node node, int depth) {
                if (skipDepth >= 0) {
                    return;
                }
                if (node instanceof TextNode text) {
                    appendText(out, text.getWholeText());
                } else if (node instanceof Element el) {
                    String tag = el.normalName();
                    if (SKIP.contains(tag) || el.hasAttr("hidden") || el.attr("style").replace(" ", "").contains("display:none")) {
                        skipDepth = depth;
                        return;
                    }
                    if (tag.equals("br")) {
                        out.append('\n');
                    } else if (tag.equals("hr")) {
                        out.append("\n\n* * *\n\n");
                    } else if (tag.equals("td") || tag.equals("th")) {
                        out.append(' ');
                    } else if (BLOCKS.contains(tag)) {
                        out.append("\n\n");
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (skipDepth >= 0) {
                    if (depth == skipDepth) {
                        skipDepth = -1;
                    }
                    return;
                }
                if (node instanceof Element el) {
                    String tag = el.normalName();
                    if (tag.equals("tr")) {
                        out.append('\n');
                    } else if (BLOCKS.contains(tag) && !tag.equals("td") && !tag.equals("th")) {
                        out.append("\n\n");
                    }
                }
            }
        }, root);
        return tidy(out);
    }

    private static void appendText(StringBuilder out, String text) {
        boolean space = out.length() > 0 && Character.isWhitespace(out.charAt(out.length() - 1));
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (Words.isSpace(text.charAt(i))) {
                if (!space) {
                    out.append(' ');
                    space = true;
                }
                i++;
                continue;
            }
            int start = i;
            while (i < n && !Words.isSpace(text.charAt(i))) {
                i++;
            }
            out.append(text, start, i);
            space = false;
        }
    }

    /** Trims every line and keeps at most one blank line in a row. */
    static String tidy(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int blank = 0;
        int start = 0;
        for (int i = 0; i <= raw.length(); i++) {
            if (i == raw.length() || raw.charAt(i) == '\n') {
                int from = start;
                int to = i;
                start = i + 1;
                while (from < to && Words.isWhitespace(raw.charAt(from))) {
                    from++;
                }
                while (to > from && Words.isWhitespace(raw.charAt(to - 1))) {
                    to--;
                }
                if (from == to) {
                    blank++;
                    continue;
                }
                if (out.length() > 0) {
                    out.append(blank > 0 ? "\n\n" : "\n");
                }
                out.append(raw, from, to);
                blank = 0;
            }
        }
        return out.toString();
    }
}
