package org.whosaid.analysis;

import java.util.ArrayList;
import java.util.List;

/** Word offsets in a text for the gazetteers: runs of letters and digits, joined across the inner marks named. */
final class WordSpans {

    private WordSpans() {
    }

    /** Letters and digits with inner apostrophes and hyphens ("People’s", "El-Fasher"). */
    static List<int[]> words(String s) {
        return scan(s, "'’-", false);
    }

    /**
     * Names: letters and digits joined by inner ' ’ - . / &amp; ("U.S.", "al-Qassam", "AFC/M23"), keeping the closing
     * dot of a short dotted name ("U.N.") and the apostrophe of a plural possessive ("Houthis'").
     */
    static List<int[]> names(String s) {
        return scan(s, "'’-./&", true);
    }

    private static List<int[]> scan(String s, String joiners, boolean closingMarks) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            if (!Character.isLetterOrDigit(s.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n) {
                char c = s.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    i++;
                } else if (joiners.indexOf(c) >= 0 && i + 1 < n && Character.isLetterOrDigit(s.charAt(i + 1))) {
                    i++;
                } else if (closingMarks && c == '.' && i - start <= 4 && s.substring(start, i).indexOf('.') > 0) {
                    i++; // the closing dot of "U.S." / "U.N."
                    break;
                } else if (closingMarks && (c == '\'' || c == '’') && i > start && s.charAt(i - 1) == 's') {
                    i++; // "Houthis'" plural possessive
                    break;
                } else {
                    break;
                }
            }
            out.add(new int[] {start, i});
        }
        return out;
    }
}
