package org.whosaid.analysis;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Texts for property tests: up to {@code max} words, each followed by a separator, both drawn from small pools. */
final class WordTexts {
    private WordTexts() {
    }

    static Arbitrary<String> of(Arbitrary<String> words, Arbitrary<String> separators, int max) {
        return Combinators.combine(words.list().ofMinSize(1).ofMaxSize(max), separators.list().ofSize(max))
                .as((w, seps) -> {
                    StringBuilder b = new StringBuilder();
                    for (int i = 0; i < w.size(); i++) {
                        b.append(w.get(i)).append(seps.get(i));
                    }
                    return b.toString();
                });
    }
}
