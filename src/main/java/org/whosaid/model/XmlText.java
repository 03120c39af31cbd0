package org.whosaid.model;

/**
 * Text made safe for XML 1.0 and HTML: each character XML forbids (C0 controls but tab, line feed and carriage
 * return; U+FFFE, U+FFFF; a lone surrogate) becomes U+FFFD. Replacing rather than dropping keeps the code-point
 * count, so positions into the text (REFI-QDA selections) still point at the same words. Every article is
 * cleaned this way when it is read ({@link ArticleContent}), and every XML or HTML export again for libraries
 * stored before that.
 */
public final class XmlText {
    private static final char REPLACEMENT = '\uFFFD';

    private XmlText() {
    }

    /** {@code text} with every forbidden character replaced; the same instance when there is none (or null). */
    public static String clean(String text) {
        if (text == null || firstForbidden(text) < 0) {
            return text;
        }
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                s.append(c).append(text.charAt(++i));
            } else {
                s.append(forbidden(c) ? REPLACEMENT : c);
            }
        }
        return s.toString();
    }

    private static int firstForbidden(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (forbidden(c)) {
                return i;
            }
        }
        return -1;
    }

    /** Forbidden on its own: a surrogate here is a lone one, its pair having been skipped by the caller. */
    private static boolean forbidden(char c) {
        return c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF';
    }
}
