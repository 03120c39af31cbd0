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
}
