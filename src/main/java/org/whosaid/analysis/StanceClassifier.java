package org.whosaid.analysis;

import java.util.List;
import java.util.Locale;
import org.whosaid.model.Stance;

/**
 * The stance of a statement towards its content: from the cue (deny, reject, dismiss, refute → denies;
 * doubt, question → questions) and, for neutral cues, from denial phrases in the content
 * ("had nothing to do with the strikes").
 */
public final class StanceClassifier {

    private final List<String> denialPhrases;
    private final List<String> questionPhrases;

    StanceClassifier(Lexicons lexicons) {
        this.denialPhrases = lexicons.denialPhrases;
        this.questionPhrases = lexicons.questionPhrases;
    }

    /** A classifier with the bundled phrase lists. */
    public static StanceClassifier withBundledLexicon() {
        return new StanceClassifier(Lexicons.load(null));
    }

    /** The stance given the cue's own stance and the statement's content. */
    public Stance classify(Stance cueStance, String content) {
        if (cueStance != Stance.ASSERTS) {
            return cueStance;
        }
        String lower = content.toLowerCase(Locale.ROOT).replace('’', '\'');
        for (String p : denialPhrases) {
            if (lower.contains(p)) {
                return Stance.DENIES;
            }
        }
        for (String p : questionPhrases) {
            if (lower.contains(p)) {
                return Stance.QUESTIONS;
            }
        }
        return Stance.ASSERTS;
    }
}
