package org.whosaid.analysis;

/** A sentence: character offsets [start, end) into the article text, and the index of its paragraph. */
public record Sentence(int start, int end, int paragraph) {

    public String text(String articleText) {
        return articleText.substring(start, end);
    }
}
