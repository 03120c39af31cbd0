package org.whosaid.export;

/**
 * Converts between the UTF-16 offsets WhoSaid stores and the code-point offsets other tools count in, so that an
 * emoji or a rare CJK character before a statement does not shift it by one.
 */
public final class CodePoints {
    private CodePoints() {
    }

    /** The code-point offset of UTF-16 offset {@code index} in {@code text}. */
    public static int toCodePoint(String text, int index) {
        return text.codePointCount(0, index);
    }

    /** The UTF-16 offset of code-point offset {@code codePoint}; -1 when the text is shorter. */
    public static int toIndex(String text, int codePoint) {
        if (codePoint < 0 || codePoint > text.codePointCount(0, text.length())) {
            return -1;
        }
        return text.offsetByCodePoints(0, codePoint);
    }

    /** Up to {@code count} code points of text ending at UTF-16 offset {@code end}. */
    public static String before(String text, int end, int count) {
        int start = end;
        for (int i = 0; i < count && start > 0; i++) {
            start = text.offsetByCodePoints(start, -1);
        }
        return text.substring(start, end);
    }

    /** Up to {@code count} code points of text starting at UTF-16 offset {@code start}. */
    public static String after(String text, int start, int count) {
        int end = start;
        for (int i = 0; i < count && end < text.length(); i++) {
            end = text.offsetByCodePoints(end, 1);
        }
        return text.substring(start, end);
    }
}
