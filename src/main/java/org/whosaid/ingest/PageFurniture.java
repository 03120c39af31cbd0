package org.whosaid.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * Removes page furniture from an extracted article: captions and credits, newsletter, follow and share prompts,
 * related links, author bios and contact lines, cookie and paywall notices, corrections boxes. Two kinds of signal,
 * both general: the markup's own names for such blocks (tag, class, id, role, itemprop), and the short lines every
 * site writes the same way ("Read more: ...", "Follow us on ...", "Jane Doe/Getty Images"). A line that says more
 * than furniture says is kept: the line patterns only fire on short lines.
 */
final class PageFurniture {
    private static final int CASE = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** Class or id words naming a furniture block, one word or two in a row ("author-bio", "read_more"). */
    private static final Set<String> FURNITURE_WORDS = Set.of("caption", "captions", "credit", "credits", "newsletter",
            "newsletters", "subscribe", "subscription", "signup", "paywall", "authorbio", "readmore", "correction",
            "corrections", "cookie", "cookies", "consent", "author bio", "contributor bio", "related links", "read more",
            "more stories", "follow us", "share tools", "social share");
    private static final Pattern NAME_PARTS = Pattern.compile("[\\s_-]+");
    /** A byline is read from its block during the search; "byline credit" names an author, not a photographer. */
    private static final Pattern BYLINE_NAME = Pattern.compile("byline|author|writtenby", Pattern.CASE_INSENSITIVE);
    /** Every furniture word contains one of these. */
    private static final List<String> NAME_STEMS = List.of("caption", "credit", "newsletter", "subscri", "signup",
            "paywall", "bio", "read", "correction", "cookie", "consent", "related", "more", "follow", "share");
    private static final Set<String> FURNITURE_ITEMPROPS = Set.of("caption", "copyrightHolder", "creditText",
            "copyrightNotice");
    private static final Set<String> FURNITURE_ROLES = Set.of("complementary", "contentinfo");
    /** A furniture block is short; a longer one named "caption" or "credits" is the page's own odd naming. */
    private static final int BLOCK_MAX = 1_000;
    /** Line patterns apply to lines at most this long: furniture is a prompt or a credit, not a paragraph. */
    private static final int LINE_MAX = 200;
    private static final Pattern FURNITURE_LINE = Pattern.compile(String.join("|",
            // newsletters, subscriptions, paywalls
            "^(sign up|subscribe|register|join)\\b.{0,120}\\b(newsletter|free|today|now|email|alerts?|updates)\\b",
            "\\b(sign up for|subscribe to) (our|the|my) .{0,40}(newsletter|email|list)\\b",
            "^(get|receive) (our|the) .{0,40}newsletter\\b",
            "^(subscribe|sign in|log in) to (continue|read|keep reading)\\b",
            "^(already a subscriber|you have (reached|\\d+ free)|this (article|story|content) is (only )?(available )?(for|to) subscribers)",
            "^(to continue reading|continue reading with)\\b",
            // links to other articles
            "^(read more|read next|see also|also read|you may also like|more from|further reading)\\b",
            "^(more|related|recommended|most read|most popular|trending|watch|listen)( stories| articles| coverage| links)?\\s*[:|]",
            // follow and share
            "^follow (us|@\\w+|the author|\\p{Lu}[\\p{L}.'-]+( \\p{Lu}[\\p{L}.'-]+){0,3}) on\\b",
            "\\bfollow us\\b",
            "^(share|tweet|email|print|pin|whatsapp|facebook|twitter|linkedin|reddit|copy link|comments?)"
                    + "( (this|on|via) \\w+| (story|article|link))*\\s*$",
            "^share (this|on|via)\\b",
            // captions and credits
            "^\\(?(photo|photograph|image|picture|video|illustration|graphic)s?( credit)?\\s*[:(]",
            "^(photo|image|video|illustration)s?( courtesy| by| via)\\b",
            "\\b(getty images|AP Photo|shutterstock)\\b",
            "[/|]\\s*(AFP|EPA|Reuters|AP|PA|Bloomberg|Alamy)\\b.{0,40}$",
            "^\\(?(credit|source|courtesy)\\s*:",
            // author bios and contact lines
            "^(contact|email|e-mail|reach|write to)\\b.{0,80}(@\\w|[\\w.+-]+@[\\w-]+\\.)",
            "[\\w.+-]+@[\\w-]+\\.[\\w.]+\\s*\\.?$",
            "\\bcontributed (reporting )?to this (report|story|article)\\b",
            "^\\(?(additional )?(reporting|writing|editing) by\\b",
            // cookie and consent notices, copyright lines
            "\\b(uses?|we use) cookies\\b", "\\baccept (all )?cookies\\b", "\\bcookie (policy|settings|preferences)\\b",
            "^(©|\\(c\\)\\s*\\d{4}|copyright ©?\\s*\\d{4})", "\\ball rights reserved\\b",
            "^advertisement$"), CASE);
    /** A corrections box's line: not the article's text, but kept as its metadata. */
    private static final Pattern CORRECTION_LINE = Pattern.compile(
            "^(correction|clarification|editor'?s note)s?\\s*[:—–-]|^an earlier version of this (article|story|report)\\b", CASE);
    /** A corrections note is at most a paragraph. */
    private static final int CORRECTION_MAX = 600;
    /** A bio line: "Jane Doe is a reporter for ..." among the last lines of an article. */
    private static final Pattern BIO_LINE = Pattern.compile("^\\p{Lu}[\\p{L}.'-]+( \\p{Lu}[\\p{L}.'-]+){0,3} is (an? |the )"
            + "([\\p{L}-]+ ){0,4}(reporter|correspondent|writer|editor|journalist|columnist|contributor|author|producer"
            + "|fellow)\\b");
    private static final int BIO_TAIL = 3;
    /** "(Photo: Jane Doe)", "(AP Photo/John Smith)", "[Getty Images]" inside a paragraph. */
    private static final Pattern INLINE_CREDIT = Pattern.compile(
            "\\s*[(\\[](?:(?:AP |AFP |Reuters )?(?:photo|image|picture|video|illustration|graphic)s?(?: credit)?\\s*[:/]"
                    + "|getty images|shutterstock)[^)\\]]{0,120}[)\\]]", CASE);
    /**
     * A wire dateline opening the first paragraph: "KYIV, Ukraine (AP) —", "CAIRO —", "WASHINGTON (Reuters) -",
     * "KYIV, Dec 2 (Reuters) —". The place is in capitals (a region or a date after a comma may not be); an agency in
     * brackets is optional.
     */
    private static final Pattern DATELINE = Pattern.compile("^(\\p{Lu}[\\p{Lu}.'’ -]{1,40}\\p{Lu}\\.?"
            + "(?:, \\p{Lu}[\\p{L}.'’-]+(?: [\\p{Lu}\\d][\\p{L}\\d.'’-]*){0,2})?(?: \\([\\p{L}.&' ]{2,30}\\))?)\\s*(?:—|–|--|-)\\s+(?=\\S)");
    private static final int DATELINE_LINES = 3;

    private PageFurniture() {
    }

    /**
     * Removes the blocks the markup names as furniture; a block holding most of the article is never one. The text of
     * a removed corrections box is added to {@code corrections}.
     */
    static void removeBlocks(Element article, List<String> corrections) {
        List<Element> found = new ArrayList<>();
        for (Element e : article.getAllElements()) {
            if (e != article && (e.normalName().equals("figcaption") || FURNITURE_ITEMPROPS.contains(e.attr("itemprop"))
                    || FURNITURE_ROLES.contains(e.attr("role"))
                    || (e.hasAttr("class") || e.hasAttr("id")) && namedFurniture(e.attr("class") + " " + e.id()))) {
                found.add(e);
            }
        }
        int total = found.isEmpty() ? 0 : article.text().length();
        for (Element e : found) {
            if (e.parent() == null) {
                continue; // inside a block removed already
            }
            if (e.hasAttr("itemprop") && e.attr("itemprop").contains("author") || "author".equals(e.attr("rel"))
                    || !e.select("[itemprop~=author], a[rel=author], [class~=(?i)byline|author]").isEmpty()) {
                continue;
            }
            String text = e.text().strip();
            int length = text.length();
            if (length <= BLOCK_MAX && length * 2 < total) {
                if (isCorrection(e, text)) {
                    corrections.add(text);
                }
                e.remove();
            }
        }
    }

    /** True when a class-and-id string names a furniture word ("no_caption" says the opposite). */
    private static boolean namedFurniture(String names) {
        String lower = names.toLowerCase(Locale.ROOT);
        if (!containsStem(lower) || BYLINE_NAME.matcher(lower).find()) {
            return false;
        }
        String[] parts = NAME_PARTS.split(lower);
        for (int i = 0; i < parts.length; i++) {
            boolean negated = i > 0 && parts[i - 1].equals("no");
            if (!negated && (FURNITURE_WORDS.contains(parts[i])
                    || i + 1 < parts.length && FURNITURE_WORDS.contains(parts[i] + " " + parts[i + 1]))) {
                return true;
            }
        }
        return false;
    }

    /** A cheap first look, since nearly every element of a page has a class and almost none is furniture. */
    private static boolean containsStem(String lower) {
        for (String stem : NAME_STEMS) {
            if (lower.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    /** A block named a correction that is a note, not links (to the site's corrections policy, say). */
    private static boolean isCorrection(Element e, String text) {
        return (e.attr("class") + " " + e.id()).toLowerCase(Locale.ROOT).contains("correction")
                && text.length() <= CORRECTION_MAX && e.select("a").text().length() * 2 < text.length();
    }

    /**
     * The article's paragraphs without furniture lines, credits cut out of the ones kept; the lines of a corrections
     * box go to {@code corrections} instead.
     */
    static List<String> keptLines(List<String> paragraphs, List<String> corrections) {
        List<String> out = new ArrayList<>(paragraphs.size());
        for (int i = 0; i < paragraphs.size(); i++) {
            String line = paragraphs.get(i);
            if (line.length() <= CORRECTION_MAX && CORRECTION_LINE.matcher(line).find()) {
                corrections.add(line.strip());
                continue;
            }
            if (line.length() <= LINE_MAX && (FURNITURE_LINE.matcher(line).find()
                    || i >= paragraphs.size() - BIO_TAIL && BIO_LINE.matcher(line).find())) {
                continue;
            }
            String cut = INLINE_CREDIT.matcher(line).replaceAll("").strip();
            if (!cut.isEmpty()) {
                out.add(cut);
            }
        }
        return out;
    }

    /** True when {@code line} opens with a wire dateline ("KYIV, Ukraine (AP) —"). */
    static boolean startsWithDateline(String line) {
        return isDateline(DATELINE.matcher(line));
    }

    private static boolean isDateline(Matcher m) {
        return m.find() && m.group(1).codePoints().filter(Character::isUpperCase).count() >= 3;
    }

    /** The text with its opening dateline cut, and the dateline ("KYIV, Ukraine (AP)"), or null when it has none. */
    record Dated(List<String> lines, String dateline) {
    }

    static Dated cutDateline(List<String> lines) {
        for (int i = 0; i < Math.min(DATELINE_LINES, lines.size()); i++) {
            Matcher m = DATELINE.matcher(lines.get(i));
            if (isDateline(m)) {
                List<String> out = new ArrayList<>(lines);
                out.set(i, lines.get(i).substring(m.end()));
                return new Dated(out, m.group(1).strip());
            }
        }
        return new Dated(lines, null);
    }
}
