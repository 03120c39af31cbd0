package org.whosaid.analysis.slavic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * Ukrainian word forms to their dictionary lemma ("заявила", "заявили" → "заявити"; "Генштабу" → "генштаб"),
 * from the dict_uk morfologik dictionary that Lucene's UkrainianMorfologikAnalyzer reads. The Snowball stemmer
 * is Russian and leaves Ukrainian endings ("повідомляє", "повідомляють") apart; the dictionary knows every form.
 * One instance per analysis: a morfologik lookup keeps state between calls.
 */
final class UkrainianLemmas {
    private static final String DICTIONARY = "/ua/net/nlp/ukrainian.dict";
    private static final String UNKNOWN = "";

    /** Holds the 7 MB dictionary, read when the first Ukrainian text is analysed and never for Russian or English. */
    private static final class Shared {
        static final Dictionary DICT = read();

        private static Dictionary read() {
            URL url = UkrainianLemmas.class.getResource(DICTIONARY);
            if (url == null) {
                throw new IllegalStateException("the Ukrainian dictionary is missing from this build: " + DICTIONARY);
            }
            try {
                return Dictionary.read(url);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the Ukrainian dictionary " + DICTIONARY + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * Lemmas already looked up, for every analysis: news repeats its vocabulary, and a map hit costs a fraction of
     * a dictionary walk. Bounded, so a long import of rare words cannot grow it without end.
     */
    private static final Map<String, String> SEEN = new ConcurrentHashMap<>();
    private static final int MAX_SEEN = 100_000;

    private DictionaryLookup lookup;

    /**
     * The lemma of a folded (lower-case) word, in lower case, or null when the dictionary does not know the word
     * (names, Russian words). A form of two lemmas gives the likeliest in news prose (see {@link #likeliest}),
     * the same for the lexicon's words and the text's, so they still meet.
     */
    String lemma(String folded, boolean capitalised) {
        String key = capitalised ? "^" + folded : folded;
        String lemma = SEEN.get(key);
        if (lemma == null) {
            if (lookup == null) {
                lookup = new DictionaryLookup(Shared.DICT);
            }
            // the dictionary spells ґ as г and knows only the plain apostrophe, as Lucene's mapping_uk.txt does
            lemma = likeliest(lookup.lookup(folded.replace('ґ', 'г')), capitalised);
            if (SEEN.size() < MAX_SEEN) {
                SEEN.put(key, lemma);
            }
        }
        return lemma.isEmpty() ? null : lemma;
    }

    /** One reading of a person's name: its nominative as the dictionary spells it, gender (m/f) and case (v_rod…). */
    record NameReading(String nominative, String gender, String grammaticalCase) {
    }

    /**
     * The readings of a folded word as part of a person's name (an animate proper noun: "андрія" → Андрій, m,
     * v_rod), none when the dictionary knows no such reading.
     */
    List<NameReading> nameReadings(String folded) {
        if (lookup == null) {
            lookup = new DictionaryLookup(Shared.DICT);
        }
        List<NameReading> out = new ArrayList<>();
        for (WordData w : lookup.lookup(folded.replace('ґ', 'г'))) {
            String stem = w.getStem().toString();
            if (stem.isEmpty() || !Character.isUpperCase(stem.charAt(0)) || w.getTag() == null) {
                continue;
            }
            for (String tag : w.getTag().toString().split("\\|")) {
                String[] parts = tag.split(":");
                if (parts.length >= 4 && parts[0].equals("noun") && parts[1].equals("anim")) {
                    out.add(new NameReading(stem, parts[2], parts[3]));
                }
            }
        }
        return out;
    }

    /**
     * The first reading's lemma, passing over imperatives: "заяви" is "statements" (заява), hardly ever the
     * command "state!" (заявити), and a cue verb read into a noun would invent statements. A capitalised word
     * takes a proper noun's reading when it has one (the dictionary keeps their lemmas capitalised): "Гази" is
     * Gaza's, not the plural of "газ".
     */
    private static String likeliest(List<WordData> readings, boolean capitalised) {
        if (readings.isEmpty()) {
            return UNKNOWN;
        }
        WordData pick = null;
        for (WordData w : readings) {
            if (capitalised && Character.isUpperCase(w.getStem().charAt(0))) {
                pick = w;
                break;
            }
        }
        for (int i = 0; pick == null && i < readings.size(); i++) {
            WordData w = readings.get(i);
            if (w.getTag() == null || !w.getTag().toString().contains(":impr")) {
                pick = w;
            }
        }
        return (pick == null ? readings.get(0) : pick).getStem().toString().toLowerCase(Locale.ROOT);
    }
}
