package org.whosaid.ingest;

/**
 * Mends words written in two scripts by copy-paste, OCR or evasion ("Зaявил" with a Latin a, "Rеuters" with a
 * Cyrillic е): inside a word whose letters are mostly of one script, the look-alike letters of the other become
 * their twins, one character for one character so every offset stays where it was.
 */
public final class Homoglyphs {
    private static final String LATIN = "aeopcxyiABEKMHOPCTXIY";
    private static final String CYRILLIC = "аеорсхуіАВЕКМНОРСТХІУ";

    private Homoglyphs() {
    }

    /**
     * The text with each mixed word mended. A word is changed only when its minority letters are all look-alikes
     * and fewer than its majority letters, so a genuinely mixed word ("Gazпром") and a word of one
     * script ("NATO", "iPhone", "МиГ-29") stay as they are.
     */
    public static String fix(String text) {
        if (text == null || !hasBothScripts(text)) {
            return text;
        }
        char[] chars = text.toCharArray();
        int i = 0;
        while (i < chars.length) {
            if (!Character.isLetter(chars[i])) {
                i++;
                continue;
            }
            int start = i;
            int latin = 0;
            int cyrillic = 0;
            while (i < chars.length && Character.isLetter(chars[i])) {
                if (isLatin(chars[i])) {
                    latin++;
                } else if (isCyrillic(chars[i])) {
                    cyrillic++;
                }
                i++;
            }
            if (latin > 0 && cyrillic > latin) {
                mend(chars, start, i, true);
            } else if (cyrillic > 0 && latin > cyrillic) {
                mend(chars, start, i, false);
            }
        }
        return new String(chars);
    }

    /** Replaces the minority letters of chars[start, end) by their twins, when every one of them has a twin. */
    private static void mend(char[] chars, int start, int end, boolean minorityIsLatin) {
        String from = minorityIsLatin ? LATIN : CYRILLIC;
        String to = minorityIsLatin ? CYRILLIC : LATIN;
        for (int k = start; k < end; k++) {
            if ((minorityIsLatin ? isLatin(chars[k]) : isCyrillic(chars[k])) && from.indexOf(chars[k]) < 0) {
                return;
            }
        }
        for (int k = start; k < end; k++) {
            int at = from.indexOf(chars[k]);
            if (at >= 0) {
                chars[k] = to.charAt(at);
            }
        }
    }

    private static boolean hasBothScripts(String text) {
        boolean latin = false;
        boolean cyrillic = false;
        for (int i = 0; i < text.length() && !(latin && cyrillic); i++) {
            char c = text.charAt(i);
            latin |= isLatin(c);
            cyrillic |= isCyrillic(c);
        }
        return latin && cyrillic;
    }

    private static boolean isLatin(char c) {
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= 0xC0 && c <= 0x24F && Character.isLetter(c);
    }

    private static boolean isCyrillic(char c) {
        return c >= 0x0400 && c <= 0x04FF;
    }
}
