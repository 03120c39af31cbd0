package org.whosaid.analysis;

/**
 * Where a speaker is written in a sentence: the mention [start, end) as written (with titles and appositions)
 * and the part that names it [nameStart, nameEnd) — "Andriy Kovalenko" in "Andriy Kovalenko, head of the Centre".
 * {@code weak}: only its determiner makes it a speaker ("a business chamber"); trusted only where nothing follows the cue.
 */
record SpeakerPhrase(int start, int end, int nameStart, int nameEnd, boolean weak) {
}
