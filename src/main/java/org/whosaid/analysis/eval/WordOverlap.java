package org.whosaid.analysis.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The content match of both shared scorers: lower-cased words as Python's {@code \w+} finds them, and their overlap. */
final class WordOverlap {

    /** Python's {@code \w} on text: letters, any number and the underscore (a combining mark ends a word). */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");

    private WordOverlap() {
    }

    /** The lower-cased words of {@code s}, in order; none for null. */
    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        if (s == null) {
            return out;
        }
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /**
     * How many words the two lists share (as multisets) when that is at least half of each, else -1: the scorers'
     * "at least half the gold content's words are in the prediction, and at least half the prediction's are gold".
     */
    static int overlap(List<String> gold, List<String> predicted) {
        if (gold.isEmpty() || predicted.isEmpty()) {
            return -1;
        }
        Map<String, Integer> left = new HashMap<>();
        gold.forEach(w -> left.merge(w, 1, Integer::sum));
        int shared = 0;
        for (String w : predicted) {
            Integer n = left.get(w);
            if (n != null && n > 0) {
                shared++;
                left.put(w, n - 1);
            }
        }
        return shared * 2 >= gold.size() && shared * 2 >= predicted.size() ? shared : -1;
    }
}
