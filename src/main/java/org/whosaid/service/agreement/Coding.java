package org.whosaid.service.agreement;

/**
 * One statement as one coder coded it: the article it is in (any key naming the article the same way for every
 * coder), its place and text, and the three coded values compared, as codes ({@code quote}, {@code Russia},
 * {@code denies}), and the source it is credited to (null for none; carried for settling a disagreement, not compared:
 * a party or kind tells what agreement needs, while two coders name one speaker in many ways). {@code party} is null for a statement with none (an unattributed one, or a source without a
 * party); "no party" is a value like any other when agreement is counted. {@code ref} is the caller's handle on the
 * statement (a statement id, an annotation number), carried through untouched.
 */
public record Coding(String article, int start, int end, String text, String kind, String source, String party,
                     String stance, long ref) {
    public Coding {
        if (article == null || text == null || kind == null || stance == null) {
            throw new IllegalArgumentException("a coding needs its article, text, kind and stance");
        }
    }
}
