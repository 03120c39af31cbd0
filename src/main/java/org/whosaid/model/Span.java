package org.whosaid.model;

/** A stretch of article text: character offsets [start, end) and the text they cover. */
public record Span(int start, int end, String text) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public static Span of(String articleText, int start, int end) {
        return new Span(start, end, articleText.substring(start, end));
    }

    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
