package io.ficmirror.parser.html;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the element that holds a page's reading text when no known layout names it: every run of text counts for its
 * nearest block ancestor (and, for paragraph-like blocks, for that block's container); link text counts for little.
 * The container with the most text wins. One pass, linear in the page.
 */
public final class MainContent {
    private static final java.util.Set<String> PARAGRAPHS = java.util.Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6",
            "blockquote", "center", "pre", "li", "dd", "font", "span", "b", "i", "em", "strong");

    private MainContent() {
    }

    public static Element find(Element body) {
        Map<Element, Integer> score = new IdentityHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (!(node instanceof TextNode text)) {
                    return;
                }
                int len = text.text().strip().length();
                if (len == 0) {
                    return;
                }
                Element parent = text.parent() instanceof Element e ? e : null;
                boolean inLink = false;
                Element block = parent;
                while (block != null && !HtmlText.BLOCKS.contains(block.normalName())) {
                    if (block.normalName().equals("a")) {
                        inLink = true;
                    }
                    if (HtmlText.SKIP.contains(block.normalName())) {
                        return;
                    }
                    block = block.parent();
                }
                if (block == null) {
                    return;
                }
                int weight = inLink ? len / 4 : len;
                score.merge(block, weight, Integer::sum);
                if (PARAGRAPHS.contains(block.normalName()) && block.parent() != null) {
                    score.merge(block.parent(), weight, Integer::sum);
                }
            }

            @Override
            public void tail(Node node, int depth) {
            }
        }, body);
        Element best = body;
        int bestScore = -1;
        for (Map.Entry<Element, Integer> e : score.entrySet()) {
            if (PARAGRAPHS.contains(e.getKey().normalName())) {
                continue;
            }
            if (e.getValue() > bestScore) {
                best = e.getKey();
                bestScore = e.getValue();
            }
        }
        return best;
    }
}
