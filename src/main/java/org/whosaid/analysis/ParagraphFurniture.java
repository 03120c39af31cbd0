package org.whosaid.analysis;

import java.util.List;
import java.util.Locale;

/**
 * Whether the paragraph around a sentence is page furniture rather than prose: a headline or subhead, a label in
 * capitals, a caption or credit, a prompt, a notice or an author's bio. Only short paragraphs are looked at.
 */
final class ParagraphFurniture {

    /** Photo and video credits, written the way agencies and papers print them (case matters: "CreditJane Doe"). */
    private static final GatedPattern CREDIT = GatedPattern.compile(
            "Getty Images|\\bAP Photo\\b|Credit\\p{Lu}|\\((?:Photo|Image|Video|Pictured)\\b|\\((?:Reuters|AP|AFP|EPA)\\)\\s*$"
                    + "|/(?:AFP|AP|Reuters|EPA)\\b");
    /** Lower-case phrases that mark captions, reporting credits, corrections, prompts and notices. */
    private static final List<String> FURNITURE_PHRASES = List.of("photo via", "in this photo", "in this image", "file photo",
            "contributed to this report", "contributed reporting", "this version corrects", "has been corrected",
            "has been updated", "appears in print", "order reprints", "sign up", "newsletter", "subscribe", "follow us",
            "read more", "all rights reserved", "copyright");
    /** A byline or bio: "Jane Roe is a senior correspondent for ...", "Steven Mufson covers the White House." */
    private static final GatedPattern BIO = GatedPattern.compile(
            "\\bis an? (?:\\p{L}+ ){0,3}(?:reporter|correspondent|editor|columnist|writer|journalist) (?:for|at|with|covering|who)\\b"
                    + "|\\bcovers (?:the )?\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+)?(?: for \\p{Lu}\\p{L}+)?\\.");
    /** Captions, credits and headlines are short: a longer paragraph is prose and is not scanned again per sentence. */
    private static final int MAX_FURNITURE_PARAGRAPH = 600;

    private ParagraphFurniture() {
    }

    /** Whether {@code text[start, end)} lies in a short paragraph that is a headline, label, caption, credit or bio. */
    static boolean isAround(String text, int start, int end) {
        String paragraph = shortParagraph(text, start, end);
        return paragraph != null && (!endsLikeSentence(paragraph) || isShouting(paragraph) || isFurniture(paragraph));
    }

    private static boolean isFurniture(String paragraph) {
        if (CREDIT.find(paragraph)) {
            return true;
        }
        String lower = paragraph.toLowerCase(Locale.ROOT);
        for (String phrase : FURNITURE_PHRASES) {
            if (lower.contains(phrase)) {
                return true;
            }
        }
        return (lower.contains(" is a") || lower.contains("covers ")) && BIO.find(paragraph);
    }

    /**
     * The paragraph around [start, end) when it is short enough to be a caption, credit or headline; else null (prose),
     * so that a long paragraph (or a text without line breaks) is never scanned once per sentence.
     */
    private static String shortParagraph(String text, int start, int end) {
        int from = start;
        while (from > 0 && text.charAt(from - 1) != '\n' && end - from < MAX_FURNITURE_PARAGRAPH) {
            from--;
        }
        int to = end;
        while (to < text.length() && text.charAt(to) != '\n' && to - from < MAX_FURNITURE_PARAGRAPH) {
            to++;
        }
        boolean whole = (from == 0 || text.charAt(from - 1) == '\n') && (to == text.length() || text.charAt(to) == '\n');
        return whole ? text.substring(from, to).strip() : null;
    }

    /** Prose ends in a full stop, an exclamation, a closing quote or bracket, or a colon before a quote; headlines do not. */
    private static boolean endsLikeSentence(String paragraph) {
        if (paragraph.isEmpty()) {
            return false;
        }
        char last = paragraph.charAt(paragraph.length() - 1);
        return ".!…\"”’»):".indexOf(last) >= 0;
    }

    /** A paragraph in capitals ("LAURIE OAKES IS THE NINE NETWORK POLITICAL EDITOR") is a label, not prose. */
    private static boolean isShouting(String paragraph) {
        int upper = 0;
        int letters = 0;
        for (int i = 0; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                upper += Character.isUpperCase(c) ? 1 : 0;
            }
        }
        return letters >= 12 && upper * 10 >= letters * 8;
    }
}
