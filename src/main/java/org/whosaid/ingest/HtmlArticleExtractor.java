package org.whosaid.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.whosaid.model.ArticleContent;

/**
 * Finds the article in an HTML page and returns its metadata and body text, one paragraph per line.
 *
 * <p>The method is readability's: paragraphs score their parent and grandparent by length and commas; class
 * and id names that say "comment", "related", "share", "sidebar"... weigh against a block; the best-scoring
 * block and its worthy siblings are the article; lists, forms and link farms inside it are then dropped
 * when they look like navigation. Rules are general, never per site. Everything is iterative, so any nesting
 * depth is safe, and nothing is fetched or run: scripts are removed, remote resources ignored.
 */
public final class HtmlArticleExtractor {
    private static final int CASE = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern UNLIKELY = Pattern.compile("-ad-|ai2html|banner|breadcrumbs|combx|comment|community"
            + "|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar"
            + "|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote"
            + "|cookie|consent|newsletter", CASE);
    private static final Pattern MAYBE_CANDIDATE = Pattern.compile("and|article|body|column|content|main|mathjax|shadow", CASE);
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story", CASE);
    private static final Pattern NEGATIVE = Pattern.compile("-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment"
            + "|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar"
            + "|skyscraper|sponsor|shopping|tags|widget|cookie|consent|newsletter", CASE);
    private static final Pattern BYLINE = Pattern.compile("byline|author|dateline|writtenby|p-author", CASE);
    private static final Pattern SHARE = Pattern.compile("(\\b|_)(share|sharedaddy)(\\b|_)", CASE);
    private static final Pattern AD_WORDS = Pattern.compile(
            "^(ad(vertising|vertisement)?|pub(licité)?|werb(ung)?|广告|Реклама|Anuncio)$", CASE);
    private static final Pattern LOADING_WORDS = Pattern.compile(
            "^((loading|正在加载|Загрузка|chargement|cargando)(…|\\.\\.\\.)?)$", CASE);
    private static final Pattern COMMAS = Pattern.compile("[\\u002C\\u060C\\uFE50\\uFE10\\uFE11\\u2E41\\u2E34\\u2E32\\uFF0C]");
    private static final Pattern SENTENCE_END = Pattern.compile("\\.( |$)");
    private static final Set<String> UNLIKELY_ROLES = Set.of("menu", "menubar", "complementary", "navigation",
            "alert", "alertdialog", "dialog");
    private static final Set<String> DIV_TO_P = Set.of("blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul");
    private static final Set<String> TAGS_TO_SCORE = Set.of("section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre");
    private static final Set<String> KEEP_AS_IS = Set.of("div", "article", "section", "p", "ol", "ul");
    private static final Set<String> PHRASING = Set.of("abbr", "audio", "b", "bdo", "br", "button", "cite", "code",
            "data", "datalist", "dfn", "em", "embed", "i", "img", "input", "kbd", "label", "mark", "math", "meter",
            "noscript", "object", "output", "progress", "q", "ruby", "samp", "script", "select", "small", "span",
            "strong", "sub", "sup", "textarea", "time", "var", "wbr");
    private static final Set<String> EMPTY_REMOVABLE = Set.of("div", "section", "header", "h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> TEXTISH = Set.of("span", "li", "td", "blockquote", "dl", "div", "img", "ol", "p",
            "pre", "table", "ul");
    private static final Set<String> CHROME_TAGS = Set.of("nav", "header", "footer", "aside", "menu");
    private static final Set<String> CHROME_ROLES = Set.of("navigation", "banner", "contentinfo");
    private static final int STRIP_UNLIKELYS = 1;
    private static final int WEIGHT_CLASSES = 2;
    private static final int CLEAN_CONDITIONALLY = 4;
    private static final int CHAR_THRESHOLD = 500;
    private static final int TOP_CANDIDATES = 5;
    private static final double NEARLY_AS_LONG = 0.8;
    private static final Pattern RESPONSIVE_DISPLAY = Pattern.compile(
            "(^|\\s)(sm|md|lg|xl|2xl):(block|flex|grid|inline|inline-block|inline-flex|table|contents)(\\s|$)");
    private static final int LINK_PARAGRAPH_MAX = 150;
    private static final int DECLARED_BODY_FACTOR = 2;
    private static final int CONSENT_NOTICE_MAX = 1500;
    private static final double LINK_PARAGRAPH_DENSITY = 0.6;
    private static final Pattern MARKUP = Pattern.compile("<\\s*/?\\s*[a-zA-Z][^>]*>");
    private static final Pattern UNCLOSED_TITLE = Pattern.compile("(?is)(<title[^>]*>)([^<]*)");
    /** Deeper elements are unwrapped into their ancestor at this depth: no article needs more, and it keeps work linear. */
    private static final int MAX_DEPTH = 200;

    /**
     * Parses {@code html} (never fetching anything it refers to) and extracts its article.
     *
     * @param url   where the page came from, or null for a saved file (then its canonical link, if any)
     * @param input how messages name the page (a file path or URL)
     * @throws IngestException when the page has no article text
     */
    public ArticleContent extract(String html, String url, String input) throws IngestException {
        Document doc = Jsoup.parse(html, url == null ? "" : url);
        if (MARKUP.matcher(doc.title()).find()) {
            // An unclosed <title> swallows the rest of the page as its text: close it where the markup starts.
            doc = Jsoup.parse(UNCLOSED_TITLE.matcher(html).replaceFirst("$1$2</title>"), url == null ? "" : url);
        }
        return extract(doc, url, input);
    }

    /** True when every word of the body is navigation, header, footer or aside: a page with no article at all. */
    private static boolean furnitureOnly(Document doc) {
        if (doc.body() == null) {
            return true;
        }
        // Walked rather than cloned and pruned: the first word outside such a block answers, and a clone costs a page.
        boolean[] words = {false};
        doc.body().filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t && !t.isBlank()) {
                    words[0] = true;
                    return FilterResult.STOP;
                }
                return node instanceof Element e && isChrome(e) ? FilterResult.SKIP_ENTIRELY : FilterResult.CONTINUE;
            }
        });
        return !words[0];
    }

    private static boolean isChrome(Element e) {
        return CHROME_TAGS.contains(e.normalName()) || CHROME_ROLES.contains(e.attr("role"));
    }

    ArticleContent extract(Document doc, String url, String input) throws IngestException {
        flattenDeepNesting(doc);
        ArticleMetadata meta = ArticleMetadata.of(doc);
        boolean furnitureOnly = furnitureOnly(doc);
        Optional<String> markedAuthor = markedAuthor(doc);
        prepare(doc);
        List<String> corrections = new ArrayList<>();
        if (doc.body() != null) {
            // Before the search, which renames and unwraps blocks and so loses the names that mark them.
            PageFurniture.removeBlocks(doc.body(), corrections);
        }
        Run run = new Run(meta);
        Element article = run.grabArticle(doc);
        List<String> lines = article == null ? List.of() : BlockText.paragraphs(article);
        List<String> declared = declaredBody(meta.articleBody());
        boolean fromDeclaredBody = length(declared) > DECLARED_BODY_FACTOR * length(lines);
        if (fromDeclaredBody) {
            // Pages rendered by scripts carry the article only in their JSON-LD; what the markup holds is chrome.
            lines = declared;
        }
        PageFurniture.Dated body = PageFurniture.cutDateline(PageFurniture.keptLines(lines, corrections));
        String text = String.join("\n", body.lines());
        if (text.isBlank() || (furnitureOnly && !fromDeclaredBody)) {
            throw new IngestException(input, "HTML has no article text");
        }
        String byline = meta.byline() != null ? meta.byline() : run.byline != null ? run.byline : markedAuthor.orElse(null);
        String address = url != null ? url : meta.canonicalUrl();
        return new ArticleContent(meta.title(), byline, meta.siteName(), address, meta.published(), meta.language(), text,
                body.dateline(), corrections.isEmpty() ? null : String.join("\n", new LinkedHashSet<>(corrections)));
    }

    /** Characters in the lines as joined into a text. */
    private static int length(List<String> lines) {
        int n = Math.max(0, lines.size() - 1);
        for (String line : lines) {
            n += line.length();
        }
        return n;
    }

    /** The JSON-LD articleBody as paragraphs: its own line breaks, or markup in it, become lines. */
    private static List<String> declaredBody(String body) {
        if (body == null || body.isBlank()) {
            return List.of();
        }
        String html = body.contains("<") ? body : body.replace("\n", "<br>");
        return BlockText.paragraphs(Jsoup.parseBodyFragment(html).body());
    }

    /**
     * An author the markup names explicitly ({@code rel=author}, schema.org {@code author} with a name), for pages
     * whose byline sits in a header block the article search throws away.
     */
    private static Optional<String> markedAuthor(Document doc) {
        return Optional.ofNullable(doc.selectFirst("a[rel=author], [itemprop~=author] [itemprop=name], [itemprop~=author]"))
                .map(e -> PlainTextParser.collapse(e.text()))
                .filter(text -> !text.isEmpty() && text.length() < 100);
    }

    private static void flattenDeepNesting(Document doc) {
        List<Element> tooDeep = new ArrayList<>();
        // The traversal is iterative and counts depth itself (the document is 0), so no map of depths is needed.
        NodeTraversor.traverse((node, depth) -> {
            if (depth > MAX_DEPTH && node instanceof Element e) {
                tooDeep.add(e);
            }
        }, doc);
        for (Element e : tooDeep) {
            e.unwrap();
        }
    }

    /** Removes what never is article text and turns runs of {@code <br>} into paragraphs, as readability does. */
    private static void prepare(Document doc) {
        doc.select("script, noscript, style, template, link, meta, object, embed, iframe").remove();
        // Text only screen readers get: skip links ("Continue reading the main story"), "Photo" labels.
        doc.select("[class~=(?i)(^|\\s)(visually-hidden|visuallyhidden|sr-only|screen-reader-text|screenreader-only)(\\s|$)]").remove();
        // Readers' comments marked up as such, whatever their container is called.
        doc.select("[itemtype~=(?i)schema\\.org/(Comment|UserComments)]").remove();
        // Cookie and consent notices are never article text; a short one goes in every attempt, not just the first.
        for (Element notice : doc.select("[class~=(?i)cookie|consent|gdpr], [id~=(?i)cookie|consent|gdpr]")) {
            if (notice.parent() != null && notice.text().length() < CONSENT_NOTICE_MAX) {
                notice.remove();
            }
        }
        List<Node> comments = new ArrayList<>();
        for (Element e : doc.getAllElements()) {
            for (Node child : e.childNodes()) {
                if (child instanceof Comment) {
                    comments.add(child);
                }
            }
        }
        comments.forEach(Node::remove);
        for (Element font : doc.select("font")) {
            font.tagName("span");
        }
        Element body = doc.body();
        if (body == null) {
            return;
        }
        for (Element br : body.select("br")) {
            if (br.parent() == null) {
                continue;
            }
            Node next = nextNonBlank(br.nextSibling());
            boolean replaced = false;
            while (next instanceof Element e && e.normalName().equals("br")) {
                replaced = true;
                Node after = next.nextSibling();
                next.remove();
                next = nextNonBlank(after);
            }
            if (!replaced) {
                continue;
            }
            Element p = new Element("p");
            br.replaceWith(p);
            next = p.nextSibling();
            while (next != null) {
                if (next instanceof Element e && e.normalName().equals("br")) {
                    Node nextElem = nextNonBlank(next.nextSibling());
                    if (nextElem instanceof Element ne && ne.normalName().equals("br")) {
                        break;
                    }
                }
                if (!isPhrasing(next)) {
                    break;
                }
                Node sibling = next.nextSibling();
                p.appendChild(next);
                next = sibling;
            }
            trimTrailingWhitespace(p);
            if (p.parent() != null && p.parent().normalName().equals("p")) {
                p.parent().tagName("div");
            }
        }
    }

    /** One extraction: the byline found in the page and the flags that later attempts relax. */
    private static final class Run {
        private final ArticleMetadata meta;
        private final Map<Element, Double> scores = new IdentityHashMap<>();
        private final Set<Element> dataTables = Collections.newSetFromMap(new IdentityHashMap<>());
        private String byline;
        private int flags = STRIP_UNLIKELYS | WEIGHT_CLASSES | CLEAN_CONDITIONALLY;

        Run(ArticleMetadata meta) {
            this.meta = meta;
        }

        /**
         * Tries the strict search first and relaxes it while the result is short. When every attempt is short
         * (a brief article), the strictest one that found nearly as much text as the most relaxed one wins:
         * what the relaxed searches add on top is the navigation and banners the strict one left out.
         */
        Element grabArticle(Document original) {
            List<Element> attempts = new ArrayList<>();
            List<Integer> lengths = new ArrayList<>();
            while (true) {
                Document page = original.clone();
                scores.clear();
                dataTables.clear();
                Element article = attempt(page);
                int length = article == null ? 0 : innerText(article).length();
                if (length >= CHAR_THRESHOLD) {
                    return article;
                }
                attempts.add(article);
                lengths.add(length);
                if ((flags & STRIP_UNLIKELYS) != 0) {
                    flags &= ~STRIP_UNLIKELYS;
                } else if ((flags & WEIGHT_CLASSES) != 0) {
                    flags &= ~WEIGHT_CLASSES;
                } else if ((flags & CLEAN_CONDITIONALLY) != 0) {
                    flags &= ~CLEAN_CONDITIONALLY;
                } else {
                    break;
                }
            }
            int longest = lengths.stream().mapToInt(Integer::intValue).max().orElse(0);
            if (longest == 0) {
                return null;
            }
            for (int i = 0; i < attempts.size(); i++) {
                if (lengths.get(i) >= NEARLY_AS_LONG * longest) {
                    return attempts.get(i);
                }
            }
            return null;
        }

        private Element attempt(Document page) {
            Element body = page.body();
            if (body == null) {
                return null;
            }
            List<Element> toScore = new ArrayList<>();
            boolean removeTitleHeader = true;
            Element node = page.firstElementChild();
            while (node != null) {
                String tag = node.normalName();
                String match = node.className() + " " + node.id();
                if (!isProbablyVisible(node)) {
                    node = removeAndGetNext(node);
                    continue;
                }
                if ("true".equals(node.attr("aria-modal")) && "dialog".equals(node.attr("role"))) {
                    node = removeAndGetNext(node);
                    continue;
                }
                if (meta.byline() == null && isValidByline(node, match)) {
                    Element name = node.selectFirst("[itemprop*=name]");
                    String text = (name != null ? name : node).text().strip();
                    if (byline == null || byline.equals(text)) {
                        // Later attempts drop the same byline again, so it never comes back as body text.
                        byline = text;
                        node = removeAndGetNext(node);
                        continue;
                    }
                }
                if (removeTitleHeader && headerDuplicatesTitle(node)) {
                    removeTitleHeader = false;
                    node = removeAndGetNext(node);
                    continue;
                }
                if ((flags & STRIP_UNLIKELYS) != 0) {
                    if (UNLIKELY.matcher(match).find() && !MAYBE_CANDIDATE.matcher(match).find()
                            && !hasAncestorTag(node, "table", 3, null) && !hasAncestorTag(node, "code", 3, null)
                            && !tag.equals("body") && !tag.equals("a")) {
                        node = removeAndGetNext(node);
                        continue;
                    }
                    if (UNLIKELY_ROLES.contains(node.attr("role"))) {
                        node = removeAndGetNext(node);
                        continue;
                    }
                }
                if (EMPTY_REMOVABLE.contains(tag) && isWithoutContent(node)) {
                    node = removeAndGetNext(node);
                    continue;
                }
                if (TAGS_TO_SCORE.contains(tag)) {
                    toScore.add(node);
                }
                if (tag.equals("div")) {
                    wrapPhrasingInParagraphs(node);
                    if (hasSingleChildTag(node, "p") && linkDensity(node) < 0.25) {
                        Element child = node.child(0);
                        node.replaceWith(child);
                        node = child;
                        toScore.add(node);
                    } else if (!hasChildBlockElement(node)) {
                        node.tagName("p");
                        toScore.add(node);
                    }
                }
                node = nextElement(node, false);
            }

            List<Element> candidates = new ArrayList<>();
            for (Element e : toScore) {
                if (e.parent() == null || e.parent() instanceof Document) {
                    continue;
                }
                String text = innerText(e);
                if (text.length() < 25) {
                    continue;
                }
                double score = 1 + COMMAS.split(text, -1).length + Math.min(text.length() / 100, 3);
                Element ancestor = e.parent();
                for (int level = 0; level < 5 && ancestor != null; level++, ancestor = ancestor.parent()) {
                    if (ancestor instanceof Document || ancestor.parent() == null || ancestor.parent() instanceof Document) {
                        continue;
                    }
                    if (!scores.containsKey(ancestor)) {
                        initialize(ancestor);
                        candidates.add(ancestor);
                    }
                    double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                    scores.merge(ancestor, score / divider, Double::sum);
                }
            }

            List<Element> top = new ArrayList<>();
            for (Element c : candidates) {
                double s = scores.get(c) * (1 - linkDensity(c));
                scores.put(c, s);
                for (int t = 0; t < TOP_CANDIDATES; t++) {
                    if (t >= top.size() || s > scores.get(top.get(t))) {
                        top.add(t, c);
                        if (top.size() > TOP_CANDIDATES) {
                            top.remove(TOP_CANDIDATES);
                        }
                        break;
                    }
                }
            }

            Element topCandidate = top.isEmpty() ? null : top.get(0);
            if (topCandidate == null || topCandidate.normalName().equals("body")) {
                topCandidate = new Element("div");
                for (Node child : new ArrayList<>(body.childNodes())) {
                    topCandidate.appendChild(child);
                }
                body.appendChild(topCandidate);
                initialize(topCandidate);
            } else {
                topCandidate = promoteToCommonAncestor(topCandidate, top);
                if (!scores.containsKey(topCandidate)) {
                    initialize(topCandidate);
                }
                Element parent = topCandidate.parent();
                double lastScore = scores.get(topCandidate);
                double threshold = lastScore / 3;
                while (parent != null && !parent.normalName().equals("body") && !(parent instanceof Document)) {
                    if (!scores.containsKey(parent)) {
                        parent = parent.parent();
                        continue;
                    }
                    double parentScore = scores.get(parent);
                    if (parentScore < threshold) {
                        break;
                    }
                    if (parentScore > lastScore) {
                        topCandidate = parent;
                        break;
                    }
                    lastScore = parentScore;
                    parent = parent.parent();
                }
                parent = topCandidate.parent();
                while (parent != null && !parent.normalName().equals("body") && !(parent instanceof Document)
                        && parent.childrenSize() == 1) {
                    topCandidate = parent;
                    parent = topCandidate.parent();
                }
                if (!scores.containsKey(topCandidate)) {
                    initialize(topCandidate);
                }
            }

            Element article = new Element("div");
            double topScore = scores.get(topCandidate);
            double siblingThreshold = Math.max(10, topScore * 0.2);
            Element parent = topCandidate.parent();
            List<Element> siblings = parent == null ? List.of(topCandidate) : new ArrayList<>(parent.children());
            for (Element sibling : siblings) {
                boolean append = sibling == topCandidate;
                if (!append) {
                    double bonus = 0;
                    if (!topCandidate.className().isEmpty() && sibling.className().equals(topCandidate.className())) {
                        bonus += topScore * 0.2;
                    }
                    Double siblingScore = scores.get(sibling);
                    if (siblingScore != null && siblingScore + bonus >= siblingThreshold) {
                        append = true;
                    } else if (sibling.normalName().equals("p")) {
                        double density = linkDensity(sibling);
                        String content = innerText(sibling);
                        int length = content.length();
                        if (length > 80 && density < 0.25) {
                            append = true;
                        } else if (length < 80 && length > 0 && density == 0 && SENTENCE_END.matcher(content).find()) {
                            append = true;
                        }
                    }
                }
                if (append) {
                    if (!KEEP_AS_IS.contains(sibling.normalName())) {
                        sibling.tagName("div");
                    }
                    article.appendChild(sibling);
                }
            }
            prepArticle(article);
            return article;
        }

        /** When several top candidates score close to the best, their common ancestor is the article. */
        private Element promoteToCommonAncestor(Element topCandidate, List<Element> top) {
            double topScore = scores.get(topCandidate);
            List<List<Element>> alternatives = new ArrayList<>();
            for (int i = 1; i < top.size(); i++) {
                if (scores.get(top.get(i)) / topScore >= 0.75) {
                    alternatives.add(ancestors(top.get(i)));
                }
            }
            if (alternatives.size() < 3) {
                return topCandidate;
            }
            Element parent = topCandidate.parent();
            while (parent != null && !parent.normalName().equals("body") && !(parent instanceof Document)) {
                int containing = 0;
                for (List<Element> list : alternatives) {
                    for (Element a : list) {
                        if (a == parent) {
                            containing++;
                            break;
                        }
                    }
                }
                if (containing >= 3) {
                    return parent;
                }
                parent = parent.parent();
            }
            return topCandidate;
        }

        private void prepArticle(Element article) {
            markDataTables(article);
            cleanConditionally(article, "form");
            cleanConditionally(article, "fieldset");
            article.select("footer, aside, input, textarea, select, button").remove();
            for (Element child : article.children()) {
                List<Element> shared = new ArrayList<>();
                for (Element d : child.getAllElements()) {
                    if (d != child && SHARE.matcher(d.className() + " " + d.id()).find() && d.text().length() < CHAR_THRESHOLD) {
                        shared.add(d);
                    }
                }
                shared.forEach(Element::remove);
            }
            for (Element h : article.select("h1, h2")) {
                if (classWeight(h) < 0) {
                    h.remove();
                }
            }
            cleanConditionally(article, "table");
            cleanConditionally(article, "ul");
            cleanConditionally(article, "div");
            removeLinkParagraphs(article);
        }

        /**
         * A short paragraph that is nothing but a link ("Read more: Another headline") points to another
         * article; its words are not this article's, and a headline would read as an unattributed claim.
         */
        private void removeLinkParagraphs(Element article) {
            if ((flags & CLEAN_CONDITIONALLY) == 0) {
                return;
            }
            for (Element p : article.getElementsByTag("p")) {
                String text = innerText(p);
                // Quoted posts (an embedded tweet ends in links to its author and date) are words someone said.
                if (!text.isEmpty() && text.length() < LINK_PARAGRAPH_MAX && linkDensity(p) >= LINK_PARAGRAPH_DENSITY
                        && p.getElementsByTag("img").isEmpty() && !hasAncestorTag(p, "blockquote", -1, null)) {
                    p.remove();
                }
            }
        }

        private void cleanConditionally(Element root, String tag) {
            if ((flags & CLEAN_CONDITIONALLY) == 0) {
                return;
            }
            Elements nodes = root.getElementsByTag(tag);
            for (int i = nodes.size() - 1; i >= 0; i--) {
                Element node = nodes.get(i);
                if (node != root && shouldRemove(node, tag)) {
                    node.remove();
                }
            }
        }

        private boolean shouldRemove(Element node, String tag) {
            boolean isList = tag.equals("ul") || tag.equals("ol");
            String innerText = innerText(node);
            if (!isList) {
                int listLength = 0;
                for (Element list : node.select("ul, ol")) {
                    listLength += innerText(list).length();
                }
                isList = !innerText.isEmpty() && (double) listLength / innerText.length() > 0.9;
            }
            if (tag.equals("table") && dataTables.contains(node)) {
                return false;
            }
            if (hasAncestorTag(node, "table", -1, dataTables::contains) || hasAncestorTag(node, "code", 3, null)) {
                return false;
            }
            for (Element table : node.getElementsByTag("table")) {
                if (dataTables.contains(table)) {
                    return false;
                }
            }
            int weight = classWeight(node);
            if (weight < 0) {
                return true;
            }
            if (COMMAS.split(innerText, -1).length - 1 >= 10) {
                return false;
            }
            int p = node.getElementsByTag("p").size();
            int img = node.getElementsByTag("img").size();
            int li = node.getElementsByTag("li").size() - 100;
            int input = node.getElementsByTag("input").size();
            double headingDensity = textDensity(node, innerText, Set.of("h1", "h2", "h3", "h4", "h5", "h6"));
            if (AD_WORDS.matcher(innerText).find() || LOADING_WORDS.matcher(innerText).find()) {
                return true;
            }
            int contentLength = innerText.length();
            double linkDensity = linkDensity(node);
            double textDensity = textDensity(node, innerText, TEXTISH);
            boolean figureChild = hasAncestorTag(node, "figure", 3, null);
            boolean remove = (!figureChild && img > 1 && (double) p / img < 0.5)
                    || (!isList && li > p)
                    || (input > p / 3)
                    || (!isList && !figureChild && headingDensity < 0.9 && contentLength < 25 && (img == 0 || img > 2)
                            && linkDensity > 0)
                    || (!isList && weight < 25 && linkDensity > 0.2)
                    || (weight >= 25 && linkDensity > 0.5)
                    || (img == 0 && textDensity == 0);
            if (isList && remove) {
                for (Element child : node.children()) {
                    if (child.childrenSize() > 1) {
                        return true;
                    }
                }
                return img != node.getElementsByTag("li").size();
            }
            return remove;
        }

        private void markDataTables(Element root) {
            for (Element table : root.getElementsByTag("table")) {
                if (isDataTable(table)) {
                    dataTables.add(table);
                }
            }
        }

        private void initialize(Element node) {
            double score = switch (node.normalName()) {
                case "div" -> 5;
                case "pre", "td", "blockquote" -> 3;
                case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
                case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
                default -> 0;
            };
            scores.put(node, score + classWeight(node));
        }

        private int classWeight(Element e) {
            if ((flags & WEIGHT_CLASSES) == 0) {
                return 0;
            }
            int weight = 0;
            String className = e.className();
            if (RESPONSIVE_DISPLAY.matcher(className).find()) {
                // "hidden md:block": hidden on phones only, shown to a desktop reader; not a hidden block.
                className = className.replaceAll("(^|\\s)hidden(?=\\s|$)", " ");
            }
            for (String name : new String[] {className, e.id()}) {
                if (!name.isEmpty()) {
                    if (NEGATIVE.matcher(name).find()) {
                        weight -= 25;
                    }
                    if (POSITIVE.matcher(name).find()) {
                        weight += 25;
                    }
                }
            }
            return weight;
        }

        private boolean headerDuplicatesTitle(Element node) {
            String tag = node.normalName();
            if (!tag.equals("h1") && !tag.equals("h2")) {
                return false;
            }
            return ArticleMetadata.similarity(meta.title(), innerText(node)) > 0.75;
        }
    }

    private static boolean isDataTable(Element table) {
        if ("presentation".equals(table.attr("role")) || "0".equals(table.attr("datatable"))) {
            return false;
        }
        if (table.hasAttr("summary")) {
            return true;
        }
        Element caption = table.selectFirst("caption");
        if (caption != null && caption.childNodeSize() > 0) {
            return true;
        }
        if (!table.select("col, colgroup, tfoot, thead, th").isEmpty()) {
            return true;
        }
        if (table.select("table").size() > 1) {
            return false;
        }
        Elements rows = table.select("tr");
        int columns = 0;
        for (Element row : rows) {
            int cells = 0;
            for (Element cell : row.children()) {
                int span = 1;
                try {
                    span = Math.max(1, Integer.parseInt(cell.attr("colspan").strip()));
                } catch (NumberFormatException e) {
                    span = 1;
                }
                cells += span;
            }
            columns = Math.max(columns, cells);
        }
        return rows.size() >= 10 || columns > 4 || rows.size() * columns > 10;
    }

    private static boolean isProbablyVisible(Element e) {
        String style = e.attr("style").replaceAll("\\s", "").toLowerCase(Locale.ROOT);
        if (style.contains("display:none") || style.contains("visibility:hidden")) {
            return false;
        }
        if (e.hasAttr("hidden")) {
            return false;
        }
        return !"true".equals(e.attr("aria-hidden")) || e.className().contains("fallback-image");
    }

    private static boolean isValidByline(Element node, String match) {
        boolean looksLike = "author".equals(node.attr("rel")) || node.attr("itemprop").contains("author")
                || BYLINE.matcher(match).find();
        if (!looksLike) {
            return false;
        }
        // Raw length, indentation included, as readability measures it: a wrapper whose layout whitespace pushes
        // it over 100 characters is passed over in favour of the tighter element inside it.
        int length = node.wholeText().strip().length();
        return length > 0 && length < 100;
    }

    private static boolean isWithoutContent(Element node) {
        if (!node.text().isBlank()) {
            return false;
        }
        int children = node.childrenSize();
        return children == 0 || children == node.getElementsByTag("br").size() + node.getElementsByTag("hr").size();
    }

    private static void wrapPhrasingInParagraphs(Element div) {
        Element p = null;
        for (Node child : new ArrayList<>(div.childNodes())) {
            if (isPhrasing(child)) {
                if (p != null) {
                    p.appendChild(child);
                } else if (!isWhitespace(child)) {
                    p = new Element("p");
                    child.before(p);
                    p.appendChild(child);
                }
            } else if (p != null) {
                trimTrailingWhitespace(p);
                p = null;
            }
        }
    }

    private static void trimTrailingWhitespace(Element p) {
        while (p.childNodeSize() > 0 && isWhitespace(p.childNode(p.childNodeSize() - 1))) {
            p.childNode(p.childNodeSize() - 1).remove();
        }
    }

    private static boolean isPhrasing(Node node) {
        if (node instanceof TextNode) {
            return true;
        }
        if (!(node instanceof Element e)) {
            return false;
        }
        String tag = e.normalName();
        if (PHRASING.contains(tag)) {
            return true;
        }
        if (tag.equals("a") || tag.equals("del") || tag.equals("ins")) {
            for (Element d : e.getAllElements()) {
                String t = d.normalName();
                if (d != e && !PHRASING.contains(t) && !t.equals("a") && !t.equals("del") && !t.equals("ins")) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean isWhitespace(Node node) {
        return node instanceof TextNode t && t.isBlank()
                || node instanceof Element e && e.normalName().equals("br");
    }

    private static Node nextNonBlank(Node node) {
        Node next = node;
        while (next != null && !(next instanceof Element) && next instanceof TextNode t && t.isBlank()) {
            next = next.nextSibling();
        }
        return next;
    }

    private static boolean hasSingleChildTag(Element e, String tag) {
        if (e.childrenSize() != 1 || !e.child(0).normalName().equals(tag)) {
            return false;
        }
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t && !t.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasChildBlockElement(Element e) {
        for (Element d : e.getAllElements()) {
            if (d != e && DIV_TO_P.contains(d.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasAncestorTag(Element node, String tag, int maxDepth, Predicate<Element> filter) {
        int depth = 0;
        for (Element p = node.parent(); p != null; p = p.parent(), depth++) {
            if (maxDepth > 0 && depth > maxDepth) {
                return false;
            }
            if (p.normalName().equals(tag) && (filter == null || filter.test(p))) {
                return true;
            }
        }
        return false;
    }

    private static List<Element> ancestors(Element e) {
        List<Element> out = new ArrayList<>();
        for (Element p = e.parent(); p != null; p = p.parent()) {
            out.add(p);
        }
        return out;
    }

    static String innerText(Element e) {
        return e.text();
    }

    private static double linkDensity(Element e) {
        int length = innerText(e).length();
        if (length == 0) {
            return 0;
        }
        double links = 0;
        for (Element a : e.getElementsByTag("a")) {
            double coefficient = a.attr("href").matches("^#.+") ? 0.3 : 1;
            links += innerText(a).length() * coefficient;
        }
        return links / length;
    }

    private static double textDensity(Element e, String innerText, Set<String> tags) {
        if (innerText.isEmpty()) {
            return 0;
        }
        int children = 0;
        for (Element d : e.getAllElements()) {
            if (d != e && tags.contains(d.normalName())) {
                children += innerText(d).length();
            }
        }
        return (double) children / innerText.length();
    }

    private static Element nextElement(Element node, boolean skipChildren) {
        if (!skipChildren && node.firstElementChild() != null) {
            return node.firstElementChild();
        }
        for (Element n = node; n != null; n = n.parent()) {
            Element sibling = n.nextElementSibling();
            if (sibling != null) {
                return sibling;
            }
        }
        return null;
    }

    private static Element removeAndGetNext(Element node) {
        Element next = nextElement(node, true);
        node.remove();
        return next;
    }
}
