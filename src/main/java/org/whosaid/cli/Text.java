package org.whosaid.cli;

/** Small text helpers for tables on a terminal. */
final class Text {
    private Text() {
    }

    /** The value, or "-" when missing, cut to {@code width} characters with an ellipsis. */
    static String cut(String value, int width) {
        if (value == null || value.isBlank()) {
            return "-";
        }
        String oneLine = value.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= width ? oneLine : oneLine.substring(0, width - 1) + "\u2026";
    }

    /** The date part of a published date or date-time ("2015-07-24T05:36:09+01:00" → "2015-07-24"), or "-". */
    static String date(String published) {
        if (published == null || published.isBlank()) {
            return "-";
        }
        return published.matches("\\d{4}-\\d{2}-\\d{2}.*") ? published.substring(0, 10) : cut(published, 10);
    }
}
