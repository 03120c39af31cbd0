package org.whosaid.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.whosaid.model.SourceKind;
import org.whosaid.model.SourceMention;

/**
 * Turns a speaker phrase into a source: canonical name ("the Russian Defense Ministry", "Russia's Defence Ministry",
 * "Moscow's Defense Ministry" → "Russian Defence Ministry"; "US President Donald Trump" → "Donald Trump"), kind,
 * party (null when nothing in the phrase points to one: no party, not "Other"), aliases, and the flags for vague ("military analysts") and anonymous ("a Ukrainian officer") sources.
 */
public final class SourceNormalizer {

    /** A normalised source and the flags its phrase earns. */
    public record Normalized(SourceMention source, List<String> flags) {
    }

    /** The prepositions that end a head phrase ("workers" in "Rescue workers in Antakya"). */
    private static final Set<String> HEAD_ENDERS = Set.of("in", "at", "from", "of", "for", "on", "with");
    static final String VAGUE = "vague-source";
    static final String ANONYMOUS = "anonymous-source";

    private static final Set<String> CORPORATE_SUFFIXES = Set.of("inc", "inc.", "corp", "corp.", "ltd", "ltd.", "llc",
            "plc", "co.", "co", "gmbh", "ag", "s.a.", "n.v.", "group", "labs");
    private static final Set<String> MEDIA_SUFFIXES = Set.of("times", "post", "online", "news", "magazine", "journal",
            "herald", "telegraph", "guardian", "tribune", "gazette", "daily", "review", "wire", "press", "radio", "tv",
            "television", "observer", "independent", "chronicle", "mail", "express", "standard", "courier");

    private final Lexicons lexicons;
    private final PartyGazetteer gazetteer;
    /** The demonyms' adjectives ("Ukrainian"), looked up per word: a map's containsValue walks every entry. */
    private final Set<String> demonymAdjectives;
    private final Map<String, Lexicons.KnownSource> known = new HashMap<>();

    SourceNormalizer(Lexicons lexicons, PartyGazetteer gazetteer) {
        this.lexicons = lexicons;
        this.gazetteer = gazetteer;
        this.demonymAdjectives = Set.copyOf(lexicons.demonyms.values());
        for (Lexicons.KnownSource s : lexicons.knownSources) {
            known.put(key(s.canonical()), s);
            for (String a : s.aliases()) {
                known.put(key(a), s);
            }
        }
    }

    /** A normaliser with the bundled lexicons. */
    public static SourceNormalizer withBundledLexicon() {
        Lexicons lexicons = Lexicons.load(null);
        return new SourceNormalizer(lexicons, new PartyGazetteer(lexicons));
    }

    /** Normalises {@code mention} (as written) whose naming part is {@code name} (equal to it without apposition). */
    public Normalized normalize(String mention, String name) {
        String core = stripDeterminer(name.strip());
        String lower = mention.toLowerCase(Locale.ROOT).replace('’', '\'');
        List<String> flags = new ArrayList<>();
        boolean anonymous = lexicons.anonymousMarkers.stream().anyMatch(m -> containsWord(lower, m.replace('’', '\'')));
        String[] words = SpeakerNames.SPACES.split(core);
        String head = SpeakerResolver.stripPossessive(headWord(words).toLowerCase(Locale.ROOT));
        boolean hasProperName = hasProperName(words);
        String[] headPhrase = headPhrase(words);
        boolean firstIsCommonWord = lexicons.roles.contains(headPhrase[0].toLowerCase(Locale.ROOT))
                || lexicons.groups.contains(headPhrase[0].toLowerCase(Locale.ROOT));
        boolean group = lexicons.groups.contains(head) && !hasProperName(firstIsCommonWord
                ? java.util.Arrays.copyOfRange(headPhrase, 1, headPhrase.length) : headPhrase);
        boolean pluralHead = headPhrase.length > 1 && lexicons.groups.contains(head) && !head.equals("police")
                && !head.equals("authorities") && !Character.isUpperCase(headWord(words).charAt(0));
        if (pluralHead) {
            group = true; // "Con Edison officials", "Obama administration officials": the names only modify the head
        }
        SourceKind kind;
        String canonical;
        Lexicons.KnownSource knownSource = known.get(key(respell(core)));
        if (knownSource == null) {
            knownSource = known.get(key(core));
        }
        if (knownSource != null) {
            canonical = knownSource.canonical();
            kind = SourceKind.fromCode(knownSource.kind());
        } else if (anonymous) {
            kind = SourceKind.ANONYMOUS;
            canonical = capitalizeFirst(core);
        } else if (group || SpeakerResolver.opensShare(words)) {
            kind = SourceKind.GROUP; // "About one in five residents": the capital of "About" names nobody
            canonical = capitalizeFirst(core);
        } else if (namedAfterRole(words)) {
            kind = SourceKind.PERSON; // "White House press secretary Josh Earnest": the organisation only qualifies the role
            canonical = personName(words);
        } else if (isOrganisation(core)) {
            kind = SourceKind.ORGANISATION;
            canonical = respell(core);
        } else if (firstIsCommonWord ? hasProperName(java.util.Arrays.copyOfRange(words, 1, words.length)) : hasProperName) {
            kind = SourceKind.PERSON;
            canonical = personName(words);
            if (canonical.equals(String.join(" ", words)) && headPhrase.length < words.length
                    && !words[headPhrase.length].equals("of")) { // "the Duke of Sussex" is no "Duke"
                String inHead = personName(headPhrase);
                if (!inHead.equals(String.join(" ", headPhrase)) || hasProperName(headPhrase)) {
                    canonical = inHead; // "chief inspector Jennifer Mattinson from the West Mercia police"
                }
            }
        } else if (lexicons.roles.contains(head) && !head.endsWith("s")) {
            kind = SourceKind.PERSON; // an unnamed individual: "the Ukrainian leader", "a spokesperson for ..."
            canonical = capitalizeFirst(core);
        } else {
            kind = SourceKind.GROUP;
            canonical = capitalizeFirst(core);
        }
        if (anonymous) {
            flags.add(ANONYMOUS);
        } else if (kind == SourceKind.GROUP) {
            flags.add(VAGUE);
        }
        final String canonicalName = canonical;
        String party = gazetteer.partyOf(mention).orElseGet(() -> canonicalName.equals(mention) ? null
                : gazetteer.partyOf(canonicalName).orElse(null));
        Set<String> aliases = new LinkedHashSet<>();
        if (!mention.equals(canonical)) {
            aliases.add(mention);
        }
        if (!core.equals(canonical)) {
            aliases.add(core);
        }
        if (knownSource != null) {
            aliases.addAll(knownSource.aliases());
        }
        aliases.remove(canonical);
        return new Normalized(new SourceMention(canonical, mention, kind, party, List.copyOf(aliases)), List.copyOf(flags));
    }

    /** A name of two or more capitalised words right after a lower-case title or role ("press secretary Josh Earnest"). */
    private boolean namedAfterRole(String[] words) {
        String name = personName(words);
        int nameWords = SpeakerNames.SPACES.split(name).length;
        int before = words.length - nameWords - 1;
        if (nameWords < 2 || nameWords >= words.length || before < 0) {
            return false;
        }
        String w = words[before];
        String lower = w.toLowerCase(Locale.ROOT);
        return Character.isLowerCase(w.charAt(0)) && (lexicons.titles.contains(lower) || lexicons.roles.contains(lower))
                && !lexicons.organisationWords.contains(name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT));
    }

    private static String[] headPhrase(String[] words) {
        for (int i = 1; i < words.length; i++) {
            if (HEAD_ENDERS.contains(words[i])) {
                return java.util.Arrays.copyOf(words, i);
            }
        }
        return words;
    }

    /** The head noun: the last word before a prepositional phrase ("workers" in "Rescue workers in Antakya"). */
    private static String headWord(String[] words) {
        for (int i = 1; i < words.length; i++) {
            if (HEAD_ENDERS.contains(words[i])) {
                return words[i - 1];
            }
        }
        return words[words.length - 1];
    }

    private boolean isOrganisation(String core) {
        String lower = core.toLowerCase(Locale.ROOT);
        String bareName = SpeakerResolver.stripPossessive(lower.replace('’', '\''));
        if (lexicons.companies.contains(bareName) || lexicons.states.contains(bareName)) {
            return true; // "Microsoft", "Uber", "Alibaba's"; "South Africa", "Pretoria"
        }
        String last = bareName.substring(bareName.lastIndexOf(' ') + 1);
        if (bareName.indexOf(' ') > 0 && CORPORATE_SUFFIXES.contains(last)) {
            return true; // "Arachnid Labs", "Con Edison Co."
        }
        if (bareName.indexOf(' ') > 0 && Character.isUpperCase(core.charAt(core.lastIndexOf(' ') + 1))
                && MEDIA_SUFFIXES.contains(last)) {
            return true; // "Korea Times", "Heise Online", "Wired Italy" is not, "The Simple Dollar" is not
        }
        String head = SpeakerResolver.stripPossessive(headWord(SpeakerNames.SPACES.split(lower)));
        if (lexicons.organisationWords.contains(head)) {
            return true;
        }
        if (!core.contains(" ")) {
            String bare = SpeakerResolver.stripPossessive(lower);
            return lexicons.demonyms.containsKey(bare) || gazetteer.partyOf(core).isPresent() && !isPersonKnown(core)
                    || core.equals(core.toUpperCase(Locale.ROOT)) && core.length() > 1;
        }
        return lexicons.organisationWords.stream().anyMatch(o -> o.contains(" ") && lower.contains(o));
    }

    private boolean isPersonKnown(String core) {
        Lexicons.KnownSource s = known.get(key(core));
        return s != null && s.kind().equals("person");
    }

    private boolean hasProperName(String[] words) {
        for (String w : words) {
            String lower = SpeakerResolver.stripPossessive(w.toLowerCase(Locale.ROOT));
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !lexicons.titles.contains(lower)
                    && !lexicons.demonyms.containsKey(lower) && !isDemonymAdjective(w)) {
                return true;
            }
        }
        return false;
    }

    private boolean isDemonymAdjective(String w) {
        return demonymAdjectives.contains(w) || w.endsWith("ian") || w.equals("American") || w.equals("African") || w.endsWith("ese") || w.endsWith("ish")
                || w.equals("Western") || w.equals("Eastern") || w.equals("Israeli") || w.equals("Iraqi");
    }

    /**
     * The trailing run of capitalised words that are not titles: "US President Donald Trump" → "Donald Trump"; all
     * the words when the run ends in an organisation's head ("the People's Defence Force" names no person).
     */
    private String personName(String[] words) {
        int end = words.length;
        int start = end;
        while (start > 0) {
            String w = words[start - 1];
            String lower = w.toLowerCase(Locale.ROOT);
            boolean nameWord = !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !lexicons.titles.contains(lower)
                    && !w.endsWith("'s") && !w.endsWith("’s");
            if (!nameWord) {
                break;
            }
            start--;
        }
        if (start == end || lexicons.organisationWords.contains(words[end - 1].toLowerCase(Locale.ROOT))) {
            return String.join(" ", words);
        }
        String from = start > 1 && words[start - 1].equals("from") ? nameBefore(words, start - 1) : null;
        if (from != null) {
            return from; // "Maria Lopez from Austin, Texas"
        }
        int of = start > 1 && words[start - 1].equals("the") ? start - 2 : start - 1;
        if (of >= 0 && words[of].equals("of")) {
            // the names after "of (the)" are what the role is of ("the governor of Texas", "the president of the Red
            // Cross", "the wife of John Smith"), nobody's own name; a longer run is a place and then the person
            // ("Mayor of Kharkiv Ihor Terekhov")
            String named = nameBefore(words, of);
            if (named != null) {
                return named; // "Stacy Baker of Columbia, South Carolina": a person's name, then where they live
            }
            if (end - start < 3) {
                return capitalizeFirst(String.join(" ", words));
            }
            start = end - 2;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, start, end));
    }

    /** Two or more capitalised words, none a title, right before {@code of}; else null. */
    private String nameBefore(String[] words, int of) {
        int start = of;
        while (start > 0 && !words[start - 1].isEmpty() && Character.isUpperCase(words[start - 1].charAt(0))
                && !lexicons.titles.contains(words[start - 1].toLowerCase(Locale.ROOT))
                && !lexicons.roles.contains(words[start - 1].toLowerCase(Locale.ROOT)) && !words[start - 1].endsWith(",")) {
            start--;
        }
        return of - start >= 2 ? String.join(" ", java.util.Arrays.copyOfRange(words, start, of)) : null;
    }

    /** "Russia's Defense Ministry" → "Russian Defence Ministry". */
    private String respell(String core) {
        String[] words = SpeakerNames.SPACES.split(core);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            String lower = w.toLowerCase(Locale.ROOT).replace('’', '\'');
            if (i == 0 && lower.endsWith("'s") && words.length > 1) {
                String demonym = lexicons.demonyms.get(lower.substring(0, lower.length() - 2));
                if (demonym != null) {
                    w = demonym;
                }
            }
            if (w.equals("Defense")) {
                w = "Defence";
            } else if (w.equals("defense")) {
                w = "defence";
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(w);
        }
        return b.toString();
    }

    static String stripDeterminer(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        for (String d : List.of("the ", "a ", "an ")) {
            if (lower.startsWith(d) && s.length() > d.length()) {
                return s.substring(d.length());
            }
        }
        return s;
    }

    private static String capitalizeFirst(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String key(String s) {
        return stripDeterminer(s.strip()).toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    private static boolean containsWord(String lower, String phrase) {
        int i = lower.indexOf(phrase);
        while (i >= 0) {
            boolean startOk = i == 0 || !Character.isLetterOrDigit(lower.charAt(i - 1));
            int end = i + phrase.length();
            boolean endOk = end >= lower.length() || !Character.isLetterOrDigit(lower.charAt(end));
            if (startOk && endOk) {
                return true;
            }
            i = lower.indexOf(phrase, i + 1);
        }
        return false;
    }
}
