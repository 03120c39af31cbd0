package org.whosaid.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Renders an element as paragraphs, one per line: block elements and line breaks end a line (iteratively, any depth). */
final class BlockText {
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "caption",
            "center", "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
            "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p",
            "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "ul", "body", "html");
    private static final Set<String> CELLS = Set.of("td", "th");

    private BlockText() {
    }

    /** The paragraphs of {@code root}, trimmed, whitespace collapsed, empty ones dropped. */
    static List<String> paragraphs(Element root) {
        StringBuilder raw = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            private int preDepth;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    String s = text.getWholeText();
                    raw.append(preDepth > 0 ? s : s.replace('\n', ' ').replace('\r', ' '));
                } else if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("br")) {
                        raw.append('\n');
                    } else if (BLOCKS.contains(tag)) {
                        raw.append('\n');
                    } else if (CELLS.contains(tag)) {
                        raw.append(' ');
                    } else if (tag.equals("img") && raw.length() > 0) {
                        raw.append(' ');
                    }
                    if (tag.equals("pre")) {
                        preDepth++;
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (BLOCKS.contains(tag)) {
                        raw.append('\n');
                    } else if (CELLS.contains(tag)) {
                        raw.append(' ');
                    }
                    if (tag.equals("pre")) {
                        preDepth--;
                    }
                }
            }
        }, root);
        List<String> out = new ArrayList<>();
        for (String line : raw.toString().split("\n")) {
            String c = PlainTextParser.collapse(line);
            if (!c.isEmpty()) {
                out.add(c);
            }
        }
        return out;
    }

    static String text(Element root) {
        return String.join("\n", paragraphs(root));
    }
}
