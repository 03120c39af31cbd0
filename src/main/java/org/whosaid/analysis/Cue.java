package org.whosaid.analysis;

import org.whosaid.model.Stance;

/**
 * A reporting cue in a sentence: token range [first, last] (e.g. "said", "according to", "called for"),
 * its lemma and the stance it carries.
 */
record Cue(int first, int last, String lemma, Stance stance, boolean takesRecipient, boolean participle) {
}
