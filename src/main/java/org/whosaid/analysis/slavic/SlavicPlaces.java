package org.whosaid.analysis.slavic;

import com.ibm.icu.text.Transliterator;
import java.util.List;
import java.util.Optional;
import org.whosaid.analysis.TopicLinker;

/**
 * Finds the place a Russian or Ukrainian statement is about and whether it says who holds it, so "освобождён
 * Дзержинск", "звільнення Торецька" and "took control of Toretsk" answer one {@code toretsk-control} topic. A
 * capitalised word is tried as written, as its stem and its stem with a nominative ending ("Торецке" → "Торецк"),
 * in the place list's own names first and then in Latin letters (ICU's BGN transliteration), all through the
 * English {@link TopicLinker}, so places.json stays the one list of places and their names.
 */
final class SlavicPlaces {
    private static final String[] ENDINGS = {"", "а", "о", "е", "и", "я"};
    private static final ThreadLocal<Transliterator> LATIN = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Russian-Latin/BGN"));

    private final TopicLinker linker;
    private final SlavicLexicon lexicon;

    SlavicPlaces(TopicLinker linker, SlavicLexicon lexicon) {
        this.linker = linker;
        this.lexicon = lexicon;
    }

    /** True when a word of the content is a control word ("освобождён", "захопили", "контроль"). */
    boolean isAboutControl(List<SlavicTokens.Token> content) {
        return content.stream().anyMatch(t -> lexicon.controlStems.contains(t.stem()));
    }

    /** The first known place named in the words, in any case. */
    Optional<TopicLinker.PlaceRef> placeIn(List<SlavicTokens.Token> words) {
        for (int i = 0; i < words.size(); i++) {
            SlavicTokens.Token t = words.get(i);
            if (!t.capitalised() || !SlavicTokens.hasCyrillic(t.raw())) {
                continue;
            }
            if (i + 1 < words.size() && words.get(i + 1).capitalised()) {
                Optional<TopicLinker.PlaceRef> two = linker.placeIn(t.raw() + " " + words.get(i + 1).raw());
                if (two.isPresent()) {
                    return two;
                }
            }
            Optional<TopicLinker.PlaceRef> one = place(t);
            if (one.isPresent()) {
                return one;
            }
        }
        return Optional.empty();
    }

    private Optional<TopicLinker.PlaceRef> place(SlavicTokens.Token t) {
        for (boolean latin : new boolean[] {false, true}) {
            for (String base : new String[] {t.folded(), t.stem()}) {
                for (String ending : ENDINGS) {
                    String name = capitalise(base + ending);
                    if (latin) {
                        name = LATIN.get().transliterate(name).replace("ʹ", "").replace("ʺ", "");
                    }
                    Optional<TopicLinker.PlaceRef> ref = linker.placeIn(name);
                    if (ref.isPresent()) {
                        return ref;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
