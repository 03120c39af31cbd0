package org.whosaid.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the lines of a PDF's pages back into paragraphs: running headers, footers and page numbers dropped,
 * lines joined across line and page breaks, words split by a hyphen at a line's end joined again.
 */
final class PdfPages {
    /** A line as the text stripper gave it, and whether the stripper saw a paragraph start there. */
    record Line(String text, boolean startsParagraph) {
    }

    /** How many lines at the top and at the bottom of a page may be running headers or footers. */
    private static final int EDGE = 2;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)^[\\s\\-–—|\\[(]*(page|p\\.|стор\\.?|страница|сторінка)?\\s*\\d{1,4}(\\s*(of|/|из|з)\\s*\\d{1,4})?[\\s\\-–—|\\])]*$");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SPLIT_WORD = Pattern.compile("(\\p{L}+)-$");
    private static final Pattern FIRST_WORD = Pattern.compile("^(\\p{Ll}\\p{L}*)");
    private static final Pattern HYPHENATED = Pattern.compile("\\p{L}+-\\p{L}+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;\"”’»)\\]…]$");

    private PdfPages() {
    }

    /** The article text of a document's pages: one paragraph a line. */
    static String text(List<List<Line>> pages) {
        List<List<Line>> body = withoutFurniture(pages);
        Set<String> hyphenatedWords = hyphenatedWords(body);
        List<StringBuilder> paragraphs = new ArrayList<>();
        for (List<Line> page : body) {
            for (int i = 0; i < page.size(); i++) {
                Line line = page.get(i);
                String text = SPACES.matcher(line.text()).replaceAll(" ").strip();
                if (text.isEmpty()) {
                    continue;
                }
                StringBuilder last = paragraphs.isEmpty() ? null : paragraphs.get(paragraphs.size() - 1);
                // A page's first line always looks like a paragraph start to the stripper; it continues the last
                // paragraph unless that one ended a sentence.
                boolean continuesAcrossPage = i == 0 && last != null && !SENTENCE_END.matcher(last).find();
                if (last == null || (line.startsParagraph() && !continuesAcrossPage)) {
                    paragraphs.add(new StringBuilder(text));
                } else {
                    append(last, text, hyphenatedWords);
                }
            }
        }
        List<String> out = new ArrayList<>(paragraphs.size());
        paragraphs.forEach(p -> out.add(p.toString()));
        return String.join("\n", out);
    }

    private static void append(StringBuilder paragraph, String line, Set<String> hyphenatedWords) {
        Matcher split = SPLIT_WORD.matcher(paragraph);
        Matcher next = FIRST_WORD.matcher(line);
        if (split.find() && next.find()) {
            String compound = (split.group(1) + "-" + next.group(1)).toLowerCase(Locale.ROOT);
            if (!hyphenatedWords.contains(compound)) {
                paragraph.setLength(paragraph.length() - 1);
            }
            paragraph.append(line);
        } else if (paragraph.charAt(paragraph.length() - 1) == '-' && Character.isLetter(paragraph.charAt(Math.max(0, paragraph.length() - 2)))) {
            paragraph.append(line); // "Russian-" + "Ukrainian": a compound broken at its own hyphen
        } else {
            paragraph.append(' ').append(line);
        }
    }

    /** Words written with a hyphen inside a line somewhere: a break in one of them keeps its hyphen. */
    private static Set<String> hyphenatedWords(List<List<Line>> pages) {
        Set<String> words = new HashSet<>();
        for (List<Line> page : pages) {
            for (Line line : page) {
                Matcher m = HYPHENATED.matcher(line.text());
                while (m.find()) {
                    words.add(m.group().toLowerCase(Locale.ROOT));
                }
            }
        }
        return words;
    }

    /**
     * The pages without their running headers and footers (a line near the top or bottom that recurs, numbers
     * aside, on at least half the pages of a document of two or more) and without page numbers.
     */
    static List<List<Line>> withoutFurniture(List<List<Line>> pages) {
        Map<String, Integer> recurring = new HashMap<>();
        for (List<Line> page : pages) {
            Set<String> seen = new HashSet<>();
            for (int i : edges(page)) {
                seen.add(key(page.get(i).text()));
            }
            seen.forEach(k -> recurring.merge(k, 1, Integer::sum));
        }
        int needed = Math.max(2, (pages.size() + 1) / 2);
        List<List<Line>> result = new ArrayList<>(pages.size());
        for (List<Line> page : pages) {
            Set<Integer> drop = new HashSet<>();
            for (int i : edges(page)) {
                String text = page.get(i).text().strip();
                if (PAGE_NUMBER.matcher(text).matches() || recurring.getOrDefault(key(text), 0) >= needed) {
                    drop.add(i);
                }
            }
            List<Line> kept = new ArrayList<>(page.size());
            boolean startNext = false;
            for (int i = 0; i < page.size(); i++) {
                if (drop.contains(i)) {
                    startNext = startNext || page.get(i).startsParagraph();
                    continue;
                }
                Line line = page.get(i);
                kept.add(startNext ? new Line(line.text(), true) : line);
                startNext = false;
            }
            result.add(kept);
        }
        return result;
    }

    /** Indexes of the non-blank lines that could be furniture: the first and last {@link #EDGE} of the page. */
    private static Set<Integer> edges(List<Line> page) {
        List<Integer> nonBlank = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            if (!page.get(i).text().isBlank()) {
                nonBlank.add(i);
            }
        }
        Set<Integer> edges = new HashSet<>();
        for (int k = 0; k < nonBlank.size() && k < EDGE; k++) {
            edges.add(nonBlank.get(k));
            edges.add(nonBlank.get(nonBlank.size() - 1 - k));
        }
        return edges;
    }

    private static String key(String line) {
        return SPACES.matcher(DIGITS.matcher(line.toLowerCase(Locale.ROOT)).replaceAll("#")).replaceAll(" ").strip();
    }
}
