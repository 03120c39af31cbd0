package org.whosaid.analysis;

/**
 * A direct quote: {@code start}/{@code end} cover the marks, {@code contentStart}/{@code contentEnd} the words
 * inside them. A quote continued over paragraphs runs from its first opening mark to its final closing mark;
 * {@code closed} is false when the text ended (or the paragraph ended without a reopening) before a closing mark.
 */
public record Quote(int start, int end, int contentStart, int contentEnd, boolean closed) {
}
