package org.whosaid.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds reporting cues in a sentence's narration: every form of the verbs in {@code reporting-verbs.json}
 * ("said", "told", "denied", "wrote", "according to", "called for"), skipping passives ("was reported") and
 * -ing forms unless they open a participle clause after a comma (", saying", ", adding that", ", describing it as").
 */
final class CueFinder {

    private static final Set<String> BE = Set.of("is", "was", "were", "are", "be", "been", "being", "am", "'s");

    private final Lexicons lexicons;

    CueFinder(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    List<Cue> find(Tokens tokens) {
        List<Cue> cues = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.lower(i);
            for (Lexicons.VerbForm form : lexicons.verbForms(word)) {
                int last = i;
                if (form.requiresNext() != null) {
                    if (!tokens.lower(i + 1).equals(form.requiresNext()) || tokens.boundaryBefore(i + 1)) {
                        continue;
                    }
                    last = i + 1;
                }
                boolean according = form.lemma().equals("according to");
                if (!according && i > 0 && BE.contains(tokens.lower(i - 1))) {
                    continue;
                }
                boolean ing = word.endsWith("ing") && !according;
                if (ing && !(lexicons.participles.contains(word) && tokens.gapContains(i, ','))) {
                    continue;
                }
                cues.add(new Cue(i, last, form.lemma(), form.stance(), form.takesRecipient(), ing));
                i = last;
                break;
            }
        }
        return cues;
    }
}
