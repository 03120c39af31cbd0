package org.whosaid.analysis.slavic;

import java.util.List;
import java.util.Set;

/**
 * Reads who a Russian or Ukrainian statement about control of a place says holds it: "под контролем ВСУ" → Ukraine,
 * "российские войска заняли" → Russia, "наши подразделения освободили" or a bare "освободили" → the speaker's side.
 */
final class SlavicHolders {
    private static final String OTHER = "Other";
    private static final int SUBJECT_WORDS = 5;
    /** "под"/"під" before "контролем": the holder follows. */
    private static final Set<String> UNDER = Set.of("под", "під");
    /** The speaker's own forces ("наши войска", "наші підрозділи"). */
    private static final Set<String> OWN = Set.of("наши", "нашими", "наших", "наші", "нашим");
    /** Negations and conditions: taking denied or only possible, so nobody is said to hold the place. */
    private static final Set<String> NOT_TAKEN_WORDS = Set.of("не", "ни", "бы", "б", "якщо", "если", "хоча", "хотя");
    /** Stems of trying and failing ("попытки", "пытаются", "спроби", "намагаються", "могут", "хочуть"). */
    private static final List<String> NOT_TAKEN_STEMS = List.of("попыт", "пыта", "спроб", "намага", "хоч", "хот",
            "мог", "змог", "зміг", "провал");
    /** Withdrawing and leaving name the side that no longer holds the place. */
    private static final List<String> GIVING_UP = List.of("отступ", "остав", "покину", "відступ", "залиш");

    private final SlavicLexicon lexicon;
    private final SlavicSpeakers speakers;

    SlavicHolders(SlavicLexicon lexicon, SlavicSpeakers speakers) {
        this.lexicon = lexicon;
        this.speakers = speakers;
    }

    /**
     * The holder the words name, or null; {@code speakerParty} (a side, or null) when they name none: a side
     * announces the places it took ("освобожден", "взяли под контроль") and words its losses as leaving them.
     */
    String holderIn(List<SlavicTokens.Token> words, String speakerParty) {
        int at = -1;
        for (int i = 0; i < words.size(); i++) {
            if (lexicon.controlStems.contains(words.get(i).stem())) {
                at = i;
                break;
            }
        }
        if (at < 0 || startsWithAny(words.get(at).folded(), GIVING_UP)) {
            return null;
        }
        if (at > 0 && UNDER.contains(words.get(at - 1).folded())) {
            return named(words.subList(at + 1, Math.min(words.size(), at + 1 + SUBJECT_WORDS)));
        }
        List<SlavicTokens.Token> before = words.subList(Math.max(0, at - SUBJECT_WORDS), at);
        for (SlavicTokens.Token w : before) {
            if (NOT_TAKEN_WORDS.contains(w.folded()) || startsWithAny(w.folded(), NOT_TAKEN_STEMS)) {
                return null;
            }
        }
        if (before.stream().anyMatch(w -> OWN.contains(w.folded()))) {
            return speakerParty;
        }
        String subject = named(before);
        if (subject != null) {
            return subject;
        }
        return speakerParty;
    }

    private String named(List<SlavicTokens.Token> span) {
        String party = speakers.partyOf(span);
        return party.equals(OTHER) ? null : party;
    }

    private static boolean startsWithAny(String folded, List<String> starts) {
        return starts.stream().anyMatch(folded::startsWith);
    }
}
