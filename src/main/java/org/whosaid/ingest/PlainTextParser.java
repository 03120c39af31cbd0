package org.whosaid.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.whosaid.model.ArticleContent;

/**
 * Reads a .txt or .md article: the first line is the title when a blank line follows it and it reads as a headline;
 * paragraphs become single lines; a wire dateline opening the story is kept as metadata; markdown markup is stripped
 * lightly (headings, emphasis, links, images, code fences, quotes).
 */
final class PlainTextParser {
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+]|\\d{1,3}[.)])\\s+.*");
    private static final Pattern LIST_MARKER = Pattern.compile("^\\s*(?:[-*+]|\\d{1,3}[.)])\\s+");
    private static final Pattern RULE = Pattern.compile("^\\s{0,3}(?:[-*_]\\s*){3,}$");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\([^)]*\\)");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*])([*_])(?=\\S)(.+?)(?<=\\S)\\1(?![\\w*])");
    private static final Pattern CODE = Pattern.compile("`([^`]*)`");
    private static final Pattern FRONT_MATTER_FIELD = Pattern.compile("^(title|author|date|source|url):\\s*(.*)$");
    private static final int HEADLINE_MAX = 200;
    private static final int HEADLINE_SENTENCE_WORDS = 8;
    private static final int WRAPPED_MIN = 40;
    private static final int WRAPPED_MAX = 100;

    private PlainTextParser() {
    }

    static ArticleContent parse(String decoded, boolean markdown) {
        List<String> lines = new ArrayList<>(List.of(decoded.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)));
        String title = null;
        String byline = null;
        String published = null;
        String url = null;
        if (markdown && !lines.isEmpty() && lines.get(0).strip().equals("---")) {
            int end = -1;
            for (int i = 1; i < lines.size(); i++) {
                if (lines.get(i).strip().equals("---")) {
                    end = i;
                    break;
                }
            }
            for (int i = 1; i < end; i++) {
                Matcher m = FRONT_MATTER_FIELD.matcher(lines.get(i).strip());
                if (m.matches()) {
                    String value = unquote(m.group(2));
                    switch (m.group(1)) {
                        case "title" -> title = value;
                        case "author" -> byline = value;
                        case "date" -> published = value;
                        default -> url = value;
                    }
                }
            }
            if (end > 0) {
                lines = new ArrayList<>(lines.subList(end + 1, lines.size()));
            }
        }
        while (!lines.isEmpty() && lines.get(0).isBlank()) {
            lines.remove(0);
        }
        if (lines.size() > 2 && lines.get(1).isBlank()) {
            boolean heading = markdown && HEADING.matcher(lines.get(0)).matches();
            String first = collapse(markdown ? inline(stripHeading(lines.get(0))) : lines.get(0));
            // With a title from the front matter the first line goes only when it repeats it as a heading; without
            // one, a first line is the title only when it reads as a headline, not as the story's opening sentence.
            if (title != null ? heading || first.equalsIgnoreCase(title.strip()) : heading || isHeadline(first)) {
                title = title != null ? title : first;
                lines = new ArrayList<>(lines.subList(2, lines.size()));
            }
        }
        List<String> paragraphs = markdown ? markdownParagraphs(lines) : textParagraphs(lines);
        PageFurniture.Dated dated = PageFurniture.cutDateline(paragraphs);
        return new ArticleContent(title, byline, null, url, published, null, String.join("\n", dated.lines()),
                dated.dateline(), null);
    }

    /**
     * A line that reads as a headline: not over {@value #HEADLINE_MAX} characters, no wire dateline at its start
     * ("GOMA, Congo —" opens a story), and not a full sentence of more than {@value #HEADLINE_SENTENCE_WORDS} words
     * closed by a full stop, as a lead paragraph is. Headlines rarely end in a full stop, leads always do.
     */
    static boolean isHeadline(String line) {
        if (line.isEmpty() || line.length() > HEADLINE_MAX || PageFurniture.startsWithDateline(line)) {
            return false;
        }
        String end = line.replaceAll("[\"”’')\\]]+$", "");
        return !(end.endsWith(".") && !end.endsWith("...") && line.split("\\s+").length > HEADLINE_SENTENCE_WORDS);
    }

    /** Blocks separated by blank lines; a hard-wrapped block (every line but the last long, none very long) is one paragraph. */
    private static List<String> textParagraphs(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (List<String> block : blocks(lines)) {
            if (isHardWrapped(block)) {
                out.add(collapse(String.join(" ", block)));
            } else {
                for (String line : block) {
                    addIfText(out, line);
                }
            }
        }
        return out;
    }

    private static List<String> markdownParagraphs(List<String> lines) {
        List<String> kept = new ArrayList<>();
        boolean inFence = false;
        for (String line : lines) {
            String s = line.strip();
            if (s.startsWith("```") || s.startsWith("~~~")) {
                inFence = !inFence;
                continue;
            }
            if (inFence || RULE.matcher(s).matches() || s.startsWith("<!--")) {
                continue;
            }
            kept.add(line.replaceFirst("^\\s*(?:>\\s?)+", ""));
        }
        List<String> out = new ArrayList<>();
        for (List<String> block : blocks(kept)) {
            List<String> paragraph = new ArrayList<>();
            for (String line : block) {
                boolean heading = HEADING.matcher(line).matches();
                if (heading || LIST_ITEM.matcher(line).matches()) {
                    flush(out, paragraph);
                    String clean = heading ? stripHeading(line) : LIST_MARKER.matcher(line).replaceFirst("");
                    addIfText(out, inline(clean));
                } else {
                    paragraph.add(inline(line));
                }
            }
            flush(out, paragraph);
        }
        return out;
    }

    private static void flush(List<String> out, List<String> paragraph) {
        if (!paragraph.isEmpty()) {
            addIfText(out, String.join(" ", paragraph));
            paragraph.clear();
        }
    }

    private static List<List<String>> blocks(List<String> lines) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    blocks.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(line);
            }
        }
        if (!current.isEmpty()) {
            blocks.add(current);
        }
        return blocks;
    }

    private static boolean isHardWrapped(List<String> block) {
        if (block.size() < 2) {
            return false;
        }
        for (int i = 0; i < block.size(); i++) {
            int length = block.get(i).strip().length();
            if (length > WRAPPED_MAX || (i < block.size() - 1 && length < WRAPPED_MIN)) {
                return false;
            }
        }
        return true;
    }

    private static String stripHeading(String line) {
        Matcher m = HEADING.matcher(line);
        return m.matches() ? m.group(1) : line;
    }

    private static String inline(String s) {
        String t = IMAGE.matcher(s).replaceAll("");
        t = LINK.matcher(t).replaceAll("$1");
        t = CODE.matcher(t).replaceAll("$1");
        t = STRONG.matcher(t).replaceAll("$2");
        return EMPHASIS.matcher(t).replaceAll("$2");
    }

    private static void addIfText(List<String> out, String s) {
        String c = collapse(s);
        if (!c.isEmpty()) {
            out.add(c);
        }
    }

    static String collapse(String s) {
        return s.replaceAll("[\\s\\u00A0\\u200B\\uFEFF]+", " ").strip();
    }

    private static String unquote(String s) {
        String t = s.strip();
        if (t.length() >= 2 && (t.startsWith("\"") && t.endsWith("\"") || t.startsWith("'") && t.endsWith("'"))) {
            return t.substring(1, t.length() - 1);
        }
        return t;
    }
}
