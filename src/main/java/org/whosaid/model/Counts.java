package org.whosaid.model;

/** Words a count with its noun in the singular or plural ("1 article", "3 articles"): the one way counts are shown. */
public final class Counts {
    private Counts() {
    }

    /** "1 article", "0 articles", "2 articles": the plural is the singular with an "s". */
    public static String of(long count, String singular) {
        return of(count, singular, singular + "s");
    }

    /** "1 party", "2 parties": for nouns whose plural is not the singular with an "s". */
    public static String of(long count, String singular, String plural) {
        return count + " " + (count == 1 ? singular : plural);
    }
}
