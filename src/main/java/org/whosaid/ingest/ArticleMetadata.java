package org.whosaid.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Title, byline, outlet, publication date and language of an HTML page, from JSON-LD, Dublin Core, OpenGraph,
 * Twitter and plain {@code <meta>} tags, then from the page itself ({@code <title>}, {@code h1},
 * {@code rel=author}, {@code <time datetime>}).
 */
record ArticleMetadata(String title, String byline, String siteName, String published, String language,
                       String canonicalUrl, String articleBody) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PROPERTY = Pattern.compile(
            "\\s*(article|dc|dcterm|og|twitter)\\s*:\\s*(author|creator|description|published_time|title|site_name)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile(
            "^\\s*(?:(dc|dcterm|og|twitter|parsely|weibo:(?:article|webpage))\\s*[-.:]\\s*)?"
                    + "(author|creator|pub-date|description|title|site_name|date|pubdate|publishdate|date\\.issued)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ARTICLE_TYPES = Pattern.compile(
            "^(Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle"
                    + "|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report"
                    + "|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting"
                    + "|LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference)$");
    private static final Pattern SEPARATOR = Pattern.compile(" [|\\-\\\\/>»–—] ");
    private static final List<DateTimeFormatter> WRITTEN_DATES = List.of(DateTimeFormatter.RFC_1123_DATE_TIME,
            DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("yyyy/MM/dd", Locale.ROOT));
    private static final Pattern DATE_INSIDE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern ISO_DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}([T ][0-9:.]+(Z|[+-]\\d{2}:?\\d{2})?)?$");

    static ArticleMetadata of(Document doc) {
        Map<String, String> values = metaValues(doc);
        JsonLd ld = jsonLd(doc);
        String pageTitle = pageTitle(doc);
        String title = first(ld.title(pageTitle), values.get("dc:title"), values.get("dcterm:title"),
                values.get("og:title"), values.get("weibo:article:title"), values.get("weibo:webpage:title"),
                values.get("title"), values.get("twitter:title"), values.get("parsely-title"));
        if (title == null) {
            title = pageTitle;
        }
        String articleAuthor = values.get("article:author");
        if (articleAuthor != null && articleAuthor.matches("(?i)^https?://.*")) {
            articleAuthor = null;
        }
        String byline = first(ld.byline, values.get("dc:creator"), values.get("dcterm:creator"),
                values.get("author"), values.get("parsely-author"), articleAuthor);
        String siteName = first(ld.siteName, values.get("og:site_name"));
        String published = first(ld.published, values.get("article:published_time"), values.get("parsely-pub-date"),
                values.get("dc:date.issued"), values.get("date"), values.get("pubdate"), values.get("publishdate"));
        if (published == null) {
            // A page lists many times (related stories, comments); only one marked as the publication, or the
            // first inside the article itself, is this article's date.
            for (String query : List.of("[itemprop=datePublished][content], [itemprop=datePublished][datetime]",
                    "time[pubdate][datetime], time[class~=(?i)publish][datetime]",
                    "article time[datetime], main time[datetime]")) {
                Element time = doc.selectFirst(query);
                if (time != null) {
                    published = first(time.attr("datetime"), time.attr("content"));
                    break;
                }
            }
        }
        Element html = doc.selectFirst("html");
        String lang = first(html == null ? null : html.attr("lang"), doc.select("meta[property=og:locale]").attr("content"));
        String canonical = first(doc.select("link[rel=canonical]").attr("href"), doc.select("meta[property=og:url]").attr("content"));
        if (canonical != null && !canonical.strip().matches("(?i)^https?://\\S+$")) {
            canonical = null;
        }
        return new ArticleMetadata(bounded(clean(title)), clean(byline), clean(siteName), isoDate(published),
                lang == null ? null : clean(lang.replace('_', '-')), clean(canonical), ld.body);
    }

    /** An ISO date or date-time as found, or one parsed from a common written form; null if none. */
    static String isoDate(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.strip();
        if (ISO_DATE.matcher(s).matches() || s.matches("^\\d{4}-\\d{2}-\\d{2}T.*")) {
            return s.replaceFirst("^(\\d{4}-\\d{2}-\\d{2}) ", "$1T");
        }
        for (DateTimeFormatter f : WRITTEN_DATES) {
            try {
                return LocalDate.from(f.parse(s)).toString();
            } catch (DateTimeException e) {
                // not in this written form; try the next
            }
        }
        Matcher m = DATE_INSIDE.matcher(s);
        return m.find() ? m.group(1) : null;
    }

    private static Map<String, String> metaValues(Document doc) {
        Map<String, String> values = new HashMap<>();
        for (Element meta : doc.select("meta")) {
            String content = meta.attr("content");
            if (content.isBlank()) {
                continue;
            }
            String property = meta.attr("property");
            boolean matched = false;
            if (!property.isBlank()) {
                Matcher m = PROPERTY.matcher(property);
                while (m.find()) {
                    String key = m.group().toLowerCase(Locale.ROOT).replaceAll("\\s", "");
                    values.put(key, content.strip());
                    matched = true;
                }
            }
            String name = meta.attr("name");
            if (!matched && !name.isBlank() && NAME.matcher(name).matches()) {
                String key = name.toLowerCase(Locale.ROOT).replaceAll("\\s", "").replace('.', ':');
                key = key.replace("dc:date:issued", "dc:date.issued");
                values.putIfAbsent(key, content.strip());
            }
            String itemprop = meta.attr("itemprop");
            if (itemprop.equals("datePublished")) {
                values.putIfAbsent("date", content.strip());
            }
        }
        return values;
    }

    private record JsonLd(String name, String headline, String byline, String siteName, String published, String body) {
        String title(String pageTitle) {
            if (name != null && headline != null && !name.equals(headline)) {
                boolean nameMatches = similarity(name, pageTitle) > 0.75;
                boolean headlineMatches = similarity(headline, pageTitle) > 0.75;
                return headlineMatches && !nameMatches ? headline : name;
            }
            return name != null ? name : headline;
        }
    }

    private static JsonLd jsonLd(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            String content = script.data().replaceAll("^\\s*<!\\[CDATA\\[|]]>\\s*$", "");
            JsonNode article;
            try {
                article = findArticle(JSON.readTree(content));
            } catch (Exception malformed) {
                continue;
            }
            if (article == null) {
                continue;
            }
            String name = textOf(article.get("name"));
            String headline = textOf(article.get("headline"));
            String byline = authors(article.get("author"));
            JsonNode publisher = article.get("publisher");
            String siteName = publisher == null ? null : textOf(publisher.get("name"));
            String published = textOf(article.get("datePublished"));
            JsonNode body = article.get("articleBody");
            return new JsonLd(name, headline, byline, siteName, published,
                    body != null && body.isTextual() ? body.asText() : null);
        }
        return new JsonLd(null, null, null, null, null, null);
    }

    private static JsonNode findArticle(JsonNode root) {
        List<JsonNode> queue = new ArrayList<>();
        queue.add(root);
        for (int i = 0; i < queue.size() && i < 200; i++) {
            JsonNode n = queue.get(i);
            if (n == null) {
                continue;
            }
            if (n.isArray()) {
                n.forEach(queue::add);
                continue;
            }
            if (!n.isObject()) {
                continue;
            }
            if (isArticleType(n.get("@type"))) {
                return n;
            }
            if (n.has("@graph")) {
                queue.add(n.get("@graph"));
            }
        }
        return null;
    }

    private static boolean isArticleType(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (ARTICLE_TYPES.matcher(t.asText()).matches()) {
                    return true;
                }
            }
            return false;
        }
        return ARTICLE_TYPES.matcher(type.asText()).matches();
    }

    private static String authors(JsonNode author) {
        if (author == null) {
            return null;
        }
        if (author.isArray()) {
            List<String> names = new ArrayList<>();
            for (JsonNode a : author) {
                String n = a.isObject() ? textOf(a.get("name")) : textOf(a);
                if (n != null) {
                    names.add(n);
                }
            }
            return names.isEmpty() ? null : String.join(", ", names);
        }
        return author.isObject() ? textOf(author.get("name")) : textOf(author);
    }

    private static String textOf(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isArray()) {
            return n.isEmpty() ? null : textOf(n.get(0));
        }
        String s = n.isValueNode() ? n.asText().strip() : null;
        return s == null || s.isEmpty() ? null : s;
    }

    /** The {@code <title>} without a site name after (or before) a separator; the single h1 if the title is odd. */
    static String pageTitle(Document doc) {
        String orig = PlainTextParser.collapse(doc.title());
        String cur = orig;
        boolean hierarchical = false;
        if (SEPARATOR.matcher(cur).find()) {
            hierarchical = Pattern.compile(" [\\\\/>»] ").matcher(cur).find();
            cur = orig.replaceAll("(.*)[|\\-\\\\/>»–—] .*", "$1");
            if (wordCount(cur) < 3) {
                cur = orig.replaceAll("^[^|\\-\\\\/>»–—]*[|\\-\\\\/>»–—](.*)", "$1");
            }
        } else if (cur.contains(": ")) {
            boolean matchesHeading = false;
            for (Element h : doc.select("h1, h2")) {
                if (h.text().strip().equals(cur)) {
                    matchesHeading = true;
                    break;
                }
            }
            if (!matchesHeading) {
                cur = orig.substring(orig.lastIndexOf(':') + 1);
                if (wordCount(cur) < 3) {
                    cur = orig.substring(orig.indexOf(':') + 1);
                } else if (wordCount(orig.substring(0, orig.indexOf(':'))) > 5) {
                    cur = orig;
                }
            }
        } else if (cur.length() > 150 || cur.length() < 15) {
            var h1s = doc.select("h1");
            if (h1s.size() == 1) {
                cur = h1s.first().text();
            }
        }
        cur = PlainTextParser.collapse(cur);
        int words = wordCount(cur);
        if (words <= 4 && (!hierarchical || words != wordCount(orig.replaceAll("[|\\-\\\\/>»–—]+", "")) - 1)) {
            cur = orig;
        }
        if (cur.isEmpty()) {
            Element h1 = doc.selectFirst("h1");
            cur = h1 == null ? "" : h1.text();
        }
        return cur.isEmpty() ? null : cur;
    }

    static double similarity(String a, String b) {
        if (a == null || b == null) {
            return 0;
        }
        List<String> ta = List.of(a.toLowerCase(Locale.ROOT).split("\\W+"));
        List<String> tb = new ArrayList<>(List.of(b.toLowerCase(Locale.ROOT).split("\\W+")));
        tb.removeIf(String::isEmpty);
        if (tb.isEmpty()) {
            return 0;
        }
        List<String> uniqB = new ArrayList<>(tb);
        uniqB.removeAll(ta);
        double distance = (double) String.join(" ", uniqB).length() / String.join(" ", tb).length();
        return 1 - distance;
    }

    private static int wordCount(String s) {
        return s.strip().isEmpty() ? 0 : s.strip().split("\\s+").length;
    }

    private static String first(String... candidates) {
        for (String c : candidates) {
            if (c != null && !c.isBlank()) {
                return c;
            }
        }
        return null;
    }

    /** Longer than any headline: a longer "title" is a page's broken markup or a paragraph, cut at a word. */
    static final int MAX_TITLE = 300;

    private static String bounded(String title) {
        if (title == null || title.length() <= MAX_TITLE) {
            return title;
        }
        int space = title.lastIndexOf(' ', MAX_TITLE - 1);
        return title.substring(0, space > MAX_TITLE / 2 ? space : MAX_TITLE - 1).strip() + "\u2026";
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String c = PlainTextParser.collapse(s);
        return c.isEmpty() ? null : c;
    }
}
