package org.whosaid.analysis.slavic;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.whosaid.model.SourceKind;
import org.whosaid.model.SourceMention;

/**
 * Turns the words naming a speaker ("официальный представитель Минобороны России Игорь Конашенков",
 * "в Генштабе ВСУ", "источник в украинских силовых структурах") into a source: a known source from the
 * gazetteer in any case, a pronoun or "в ведомстве" resolved to the last speaker, an anonymous or vague source,
 * or a new person or organisation whose canonical name is the Latin transliteration and whose native name is
 * kept as an alias. Holds the article's speakers so far, so one instance serves one article.
 */
final class SlavicSpeakers {
    /** The flags of the English analysis, so the Reader and the audit treat both alike. */
    static final String ANONYMOUS = "anonymous-source";
    static final String VAGUE = "vague-source";
    static final String FROM_CONTEXT = "speaker-from-context";

    /** A resolved speaker and the flags it carries. */
    /** Prepositions of place: a capitalised word after one is where something happened. */
    static final Set<String> LOCATIVES = Set.of("в", "во", "на", "у", "под", "під", "біля", "возле", "около");

    record Speaker(SourceMention source, List<String> flags) {
    }


    private final SlavicLexicon lexicon;
    private final boolean ukrainian;
    private final List<Speaker> seen = new ArrayList<>();
    private final SlavicNames names;
    private final SlavicTokens tokens;

    SlavicSpeakers(SlavicLexicon lexicon, SlavicTokens tokens, boolean ukrainian) {
        this.lexicon = lexicon;
        this.tokens = tokens;
        this.ukrainian = ukrainian;
        this.names = new SlavicNames(ukrainian);
    }

    /** The speaker the tokens name, or null when they name nobody. */
    Speaker resolve(String text, List<SlavicTokens.Token> words) {
        if (words.size() == 1 && lexicon.mediaWords.contains(words.get(0).folded())) {
            // "ТАСС сообщает", "как сообщает ТАСС": an agency alone is the source; after a speaker only the medium
            SlavicLexicon.KnownSource agency = known(words, new int[1]);
            if (agency != null) {
                return knownSpeaker(agency, text.substring(words.get(0).start(), words.get(0).end()));
            }
        }
        List<SlavicTokens.Token> span = trim(text, words);
        if (span.isEmpty()) {
            // "…, — говорится в сообщении": the report is the last organisation's, though "сообщении" alone names
            // no one (it is trimmed as the medium of "в сообщении Минобороны")
            boolean report = !words.isEmpty() && lexicon.backReferenceStems.contains(words.get(words.size() - 1).stem());
            return report ? last(true, text.substring(words.get(0).start(), words.get(words.size() - 1).end())) : null;
        }
        int mentionEnd = span.get(span.size() - 1).end();
        if (mentionEnd < text.length() && text.charAt(mentionEnd) == '»'
                && text.lastIndexOf('«', mentionEnd) >= span.get(0).start()) {
            mentionEnd++; // "с позывным «Лис»": the name's closing mark belongs to it
        }
        String mention = text.substring(span.get(0).start(), mentionEnd);
        SlavicTokens.Token head = span.get(0);
        if (span.size() == 1 && lexicon.writerPronouns.contains(head.folded())) {
            return null; // "Вчора я написав, що …": a column's writer, whose words the article is
        }
        if (span.size() == 1 && lexicon.pronouns.contains(head.folded()) || lexicon.possessives.contains(head.folded())) {
            return last(false, mention);
        }
        if (span.size() <= 2 && lexicon.backReferenceStems.contains(span.get(span.size() - 1).stem())) {
            return last(true, mention);
        }
        String party = partyOf(span);
        if (lexicon.anonymousStems.contains(head.stem())) {
            return remember(new Speaker(new SourceMention(mention, mention, SourceKind.ANONYMOUS, party, List.of()),
                    List.of(ANONYMOUS)));
        }
        int[] knownEnd = new int[1];
        SlavicLexicon.KnownSource known = known(span, knownEnd);
        boolean vague = lexicon.vagueStems.contains(head.stem()) || span.size() > 1
                && lexicon.vagueStems.contains(span.get(1).stem()) && !head.capitalised();
        List<SlavicTokens.Token> name = trailingName(span);
        if (!name.isEmpty() && namesAParty(name.get(name.size() - 1))) {
            name = List.of(); // "Министерство обороны Азербайджана", "Минобороны Армении": that state's organisation
        }
        if (name.size() == 1 && lexicon.institutionStems.contains(head.stem())) {
            name = List.of(); // "Міністерство оборони Литви": a state the lexicon does not list, not a "Lytvy"
        }
        if (known != null && known.kind() != SourceKind.PERSON && !name.isEmpty()
                && name.get(0).start() >= knownEnd[0]) {
            // "речник МЗС Георгій Тихий", "военкор Александр Коц": the person speaks, for the body's party
            return person(text, name, mention, known.party());
        }
        if (known != null && known.kind() != SourceKind.PERSON && lexicon.roleStems.contains(head.stem())) {
            // "— продовжив речник Генштабу" after "Речник Генштабу ЗСУ Дмитро Лиховій …": that spokesman
            List<SlavicTokens.Token> holder = roleHolderBefore(text, head);
            SlavicLexicon.KnownSource holderKnown = holder == null ? null : known(holder, new int[1]);
            if (holder != null) {
                return holderKnown != null ? knownSpeaker(holderKnown, mention) : person(text, holder, mention, known.party());
            }
        }
        if (known != null) {
            return knownSpeaker(known, mention);
        }
        if (known == null && name.isEmpty() && party.equals("Other")) {
            Speaker group = groupNamedBefore(text, span, mention);
            if (group != null) {
                return remember(group);
            }
        }
        if (vague && name.size() < 2) {
            // "жители Шебекино" is a vague group; "Військовий експерт Олег Жданов" a named person
            return remember(new Speaker(new SourceMention(mention, mention, SourceKind.GROUP, party, List.of()),
                    List.of(VAGUE)));
        }
        if (!name.isEmpty()) {
            return person(text, name, mention, party);
        }
        if (lexicon.roleStems.contains(head.stem())) {
            // "глава МИД", "дипломат", "міністр" after the person was named: that person again
            Speaker person = lastPerson(mention);
            if (person != null) {
                return person;
            }
        }
        boolean named = span.stream().anyMatch(t -> t.capitalised() || Character.isDigit(t.raw().charAt(0)));
        if (!named && span.stream().allMatch(t -> lexicon.roleStems.contains(t.stem()))) {
            return null; // "представитель" alone: nobody a reader could identify
        }
        return remember(new Speaker(new SourceMention(mention, mention, SourceKind.ORGANISATION, party, List.of()),
                named ? List.of() : List.of(VAGUE)));
    }

    private Speaker person(String text, List<SlavicTokens.Token> name, String mention, String party) {
        Speaker same = sameName(name);
        if (same != null) {
            return new Speaker(same.source().withMention(mention), same.flags());
        }
        int[] full = name.size() == 1 ? fullNameBefore(text, name.get(0)) : null;
        // "по словам Андрея Марочко": the person is stored as Андрей Марочко, whatever case named them
        String nativeName = full != null ? names.nominative(text, full[0], full[1])
                : names.nominative(text, name.get(0).start(), name.get(name.size() - 1).end());
        return remember(new Speaker(new SourceMention(LatinSpelling.of(nativeName, ukrainian), mention, SourceKind.PERSON, party,
                List.of(nativeName)), List.of()));
    }

    /**
     * "представитель группировки", "речник угруповання" (role and group words only): the group the article
     * named last before the mention ("хуситы", "ХАМАС"), from the lexicon's groups.
     */
    private Speaker groupNamedBefore(String text, List<SlavicTokens.Token> span, String mention) {
        if (span.stream().noneMatch(t -> lexicon.groupWordStems.contains(t.stem()))
                || !span.stream().allMatch(t -> lexicon.groupWordStems.contains(t.stem()) || lexicon.roleStems.contains(t.stem()))) {
            return null;
        }
        List<SlavicTokens.Token> before = tokens.tokens(text, 0, span.get(0).start());
        String group = null;
        String named = null;
        int at = -1;
        for (String g : lexicon.groups) {
            for (SlavicLexicon.Phrase p : lexicon.partyWords.getOrDefault(g, List.of())) {
                for (int i = before.size() - p.stems().size(); i > at; i--) {
                    if (SlavicLexicon.matchesAt(p, before, i)) {
                        group = g;
                        named = p.text();
                        at = i;
                        break;
                    }
                }
            }
        }
        return group == null ? null : new Speaker(new SourceMention(group, mention, SourceKind.ORGANISATION, group,
                List.of(named)), List.of(FROM_CONTEXT));
    }

    /** [start, end) of the full name an earlier sentence gave a surname ("Іван Петренко написав …", "зазначив Петренко"). */
    private int[] fullNameBefore(String text, SlavicTokens.Token surname) {
        List<SlavicTokens.Token> before = tokens.tokens(text, 0, surname.start());
        for (int i = before.size() - 1; i > 0; i--) {
            SlavicTokens.Token given = before.get(i - 1);
            if (SlavicTokens.sameWord(before.get(i), surname.folded(), surname.stem()) && given.capitalised()
                    && SlavicTokens.hasCyrillic(given.raw()) && !isAcronym(given.raw())
                    && !lexicon.roleStems.contains(given.stem()) && !namesAParty(given)
                    && text.substring(given.end(), before.get(i).start()).equals(" ")) {
                return new int[] {given.start(), before.get(i).end()};
            }
        }
        return null;
    }

    /** The given name and surname after the same role word earlier, in one phrase ("Речник Генштабу ЗСУ Дмитро Лиховій"). */
    private List<SlavicTokens.Token> roleHolderBefore(String text, SlavicTokens.Token role) {
        List<SlavicTokens.Token> before = tokens.tokens(text, 0, role.start());
        for (int i = before.size() - 1; i >= 0; i--) {
            if (!before.get(i).stem().equals(role.stem())) {
                continue;
            }
            for (int k = i + 2; k < Math.min(before.size(), i + 7); k++) {
                if (text.substring(before.get(i).end(), before.get(k).start()).matches(".*[.,;:!?«»\"“”].*")) {
                    break;
                }
                List<SlavicTokens.Token> name = before.subList(k - 1, k + 1);
                if (name.stream().allMatch(t -> t.capitalised() && SlavicTokens.hasCyrillic(t.raw()) && !isAcronym(t.raw())
                        && !namesAParty(t) && isPersonOrUnknown(known(List.of(t), new int[1])))) {
                    return name;
                }
            }
        }
        return null;
    }

    private Speaker knownSpeaker(SlavicLexicon.KnownSource known, String mention) {
        SourceMention source = new SourceMention(known.canonical(), mention, known.kind(), known.party(),
                List.of(known.names().get(0).text()));
        return remember(new Speaker(source, known.kind() == SourceKind.GROUP ? List.of(VAGUE) : List.of()));
    }

    private static boolean isPersonOrUnknown(SlavicLexicon.KnownSource s) {
        return s == null || s.kind() == SourceKind.PERSON;
    }

    private Speaker lastPerson(String mention) {
        for (int i = seen.size() - 1; i >= 0; i--) {
            Speaker s = seen.get(i);
            if (s.source().kind() == SourceKind.PERSON) {
                List<String> flags = new ArrayList<>(s.flags());
                flags.add(FROM_CONTEXT);
                return new Speaker(s.source().withMention(mention), flags);
            }
        }
        return null;
    }

    /**
     * Drops leading prepositions, time and medium words ("в", "в среду", "в Telegram") and trailing ones, a
     * recipient outlet in quotes right after the cue ("рассказал «Медузе» житель …") and whatever follows a
     * phrase that ends a speaker's name ("… Подоляк в свою очередь", "Baza со ссылкой на источники").
     */
    private List<SlavicTokens.Token> trim(String text, List<SlavicTokens.Token> words) {
        int a = 0;
        int b = words.size();
        while (a < b && lexicon.mediaWords.contains(words.get(a).folded())) {
            a++;
        }
        if (b - a > 1 && quotedAlone(text, words.get(a))) {
            a++;
        }
        for (int k = a + 1; k < b; k++) {
            int at = k;
            if (lexicon.speakerEnds.stream().anyMatch(p -> SlavicLexicon.stemsAt(p, words, at))) {
                b = k;
                break;
            }
        }
        while (b > a && (lexicon.mediaWords.contains(words.get(b - 1).folded()) || words.get(b - 1).folded().matches("\\d+"))) {
            b--;
        }
        // "X в Telegram": a medium after the name, with its preposition
        for (int k = a + 1; k < b; k++) {
            if (isMedium(words.get(k)) && lexicon.mediaWords.contains(words.get(k - 1).folded())) {
                b = k - 1;
                break;
            }
        }
        return words.subList(a, b);
    }

    private static boolean quotedAlone(String text, SlavicTokens.Token t) {
        return t.start() > 0 && text.charAt(t.start() - 1) == '«' && t.end() < text.length() && text.charAt(t.end()) == '»';
    }

    private static boolean isMedium(SlavicTokens.Token t) {
        String f = t.folded();
        return f.startsWith("telegram") || f.startsWith("телеграм") || f.equals("facebook") || f.startsWith("фейсбук")
                || f.startsWith("соцсет") || f.startsWith("соцмереж") || f.startsWith("эфир") || f.startsWith("ефір")
                || f.startsWith("интервью") || f.startsWith("інтерв");
    }

    /**
     * The known source named in the span: the longest name, a person's over an organisation's; {@code end[0]}
     * is set to the offset where its name ends.
     */
    private SlavicLexicon.KnownSource known(List<SlavicTokens.Token> span, int[] end) {
        SlavicLexicon.KnownSource best = null;
        int bestScore = 0;
        for (SlavicLexicon.KnownSource s : lexicon.sources) {
            for (SlavicLexicon.Phrase name : s.names()) {
                for (int i = 0; i < span.size(); i++) {
                    int after = i + name.stems().size();
                    if (SlavicLexicon.matchesAt(name, span, i)
                            && !(after < span.size() && namesOtherParty(span.get(after), s.party()))) {
                        int score = name.stems().size() * 2 + (s.kind() == SourceKind.PERSON ? 10 : 0);
                        if (score > bestScore) {
                            best = s;
                            bestScore = score;
                            end[0] = span.get(i + name.stems().size() - 1).end();
                        }
                    }
                }
            }
        }
        return best;
    }

    /**
     * The party the span's words speak for ("российские", "ВСУ", "Киева"), or "Other": the longest party name
     * in it, so "міністерство охорони здоров'я Гази" in "підконтрольне ХАМАС міністерство …" outweighs "ХАМАС".
     */
    String partyOf(List<SlavicTokens.Token> span) {
        String party = lexicon.partyPhrases.longestIn(span);
        return party == null ? "Other" : party;
    }

    /** True when the word alone names a party (a state, "Азербайджана", "Ізраїлю"): a place, not a person's name. */
    private boolean namesAParty(SlavicTokens.Token word) {
        return namesOtherParty(word, null);
    }

    /**
     * True when the word alone names a party other than {@code party}: "Минобороны Армении" is not the
     * gazetteer's "Минобороны" (Russia's) but Armenia's ministry.
     */
    private boolean namesOtherParty(SlavicTokens.Token word, String party) {
        return lexicon.partyPhrases.namesOtherThan(word, party);
    }

    /**
     * The capitalised words closing the span: a person's name, given name and surname, or three words when the
     * middle one is a patronymic in any case ("Иван Иванович Петров", "Ивана Ивановича Петрова"); "Мер Харкова Ігор Терехов" gives "Ігор Терехов".
     */
    private List<SlavicTokens.Token> trailingName(List<SlavicTokens.Token> span) {
        int k = span.size();
        while (k > 0 && span.size() - k < 3 && span.get(k - 1).capitalised() && SlavicTokens.hasCyrillic(span.get(k - 1).raw())
                && !isAcronym(span.get(k - 1).raw())) {
            k--;
        }
        if (span.size() - k == 3 && !span.get(k + 1).folded().matches(".*(ович|евич|овн|евн|івн)[а-яіїє]{0,3}")) {
            k++;
        }
        if (k > 0 && k < span.size() && LOCATIVES.contains(span.get(k - 1).folded())) {
            return List.of(); // "на Донеччині", "в Курской области": a place where, never a speaker's name
        }
        return span.subList(k, span.size());
    }

    private static boolean isAcronym(String raw) {
        return raw.length() >= 2 && raw.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    private Speaker sameName(List<SlavicTokens.Token> name) {
        SlavicTokens.Token surname = name.get(name.size() - 1);
        for (int i = seen.size() - 1; i >= 0; i--) {
            Speaker s = seen.get(i);
            for (String alias : s.source().aliases()) {
                String[] parts = alias.split(" ");
                String last = SlavicTokens.fold(parts[parts.length - 1]);
                if (s.source().kind() == SourceKind.PERSON && SlavicTokens.sameWord(surname, last, last)) {
                    return s;
                }
            }
        }
        return null;
    }

    private Speaker last(boolean organisation, String mention) {
        for (int i = seen.size() - 1; i >= 0; i--) {
            Speaker s = seen.get(i);
            if (!organisation || s.source().kind() == SourceKind.ORGANISATION) {
                List<String> flags = new ArrayList<>(s.flags());
                flags.add(FROM_CONTEXT);
                return new Speaker(s.source().withMention(mention), flags);
            }
        }
        return null;
    }

    private Speaker remember(Speaker s) {
        seen.add(s);
        return s;
    }

    /** A latest speaker for dash-introduced speech that names nobody again, or null. */
    Speaker latest() {
        return seen.isEmpty() ? null : seen.get(seen.size() - 1);
    }
}
