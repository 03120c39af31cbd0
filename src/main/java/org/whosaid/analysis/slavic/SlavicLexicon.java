package org.whosaid.analysis.slavic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.whosaid.model.SourceKind;
import org.whosaid.model.Stance;

/**
 * The Russian and Ukrainian word lists ({@code slavic.json}), keyed once when built: one instance for Russian
 * text (Snowball stems) and one for Ukrainian text (dictionary lemmas), so a listed form stands for every form.
 */
final class SlavicLexicon {
    static final String FILE = "slavic.json";

    /** A phrase as the stems of its words, with the text it was written as. */
    record Phrase(String text, List<String> folded, List<String> stems) {
    }

    /** A known source: English canonical name, kind, party and its Russian and Ukrainian names. */
    record KnownSource(String canonical, SourceKind kind, String party, List<Phrase> names) {
    }

    final Map<String, Stance> cueStems = new HashMap<>();
    final Set<String> objectCueStems = new HashSet<>();
    /** "назвал": with a word for claims as its object ("обвинения", "публикации") the cue denies them. */
    final Set<String> namingCueStems = new HashSet<>();
    final Set<String> claimWordStems = new HashSet<>();
    /** "эти", "цю": the object placed before its cue starts with one ("В X эти сообщения опровергли"). */
    final Set<String> demonstratives = new HashSet<>();
    final Set<String> complementizers = new HashSet<>();
    final List<Phrase> accordingTo = new ArrayList<>();
    final List<Phrase> aboutThis = new ArrayList<>();
    final Set<String> mediaWords = new HashSet<>();
    /** "в свою очередь", "со ссылкой на": the speaker's name ended before them. */
    final List<Phrase> speakerEnds = new ArrayList<>();
    final Set<String> pronouns = new HashSet<>();
    /** "але", "но", "однако": after a quoted claim and a comma, the writer goes on in their own words. */
    final Set<String> contrastWords = new HashSet<>();
    /** "я", "мы", "ми": the writer's own voice, no source of the article. */
    final Set<String> writerPronouns = new HashSet<>();
    /** "его", "його": in "по его словам" the speaker is the one just named. */
    final Set<String> possessives = new HashSet<>();
    final Set<String> backReferenceStems = new HashSet<>();
    final Set<String> anonymousStems = new HashSet<>();
    final Set<String> vagueStems = new HashSet<>();
    final Set<String> roleStems = new HashSet<>();
    /** "министерство", "посольство", "уряд": a capitalised word after one is whose it is, not a person's name. */
    final Set<String> institutionStems = new HashSet<>();
    final Set<String> denialStems = new HashSet<>();
    final List<Phrase> denialPhrases = new ArrayList<>();
    final Set<String> controlStems = new HashSet<>();
    final Map<String, List<Phrase>> partyWords = new LinkedHashMap<>();
    /** {@link #partyWords} indexed by first word. */
    final PartyPhrases partyPhrases;
    /** "группировка", "угруповання": with a role and no name, the speaker is a group named earlier. */
    final Set<String> groupWordStems = new HashSet<>();
    /** The parties that are armed groups or movements, not states ("Houthis", "Hamas"). */
    final Set<String> groups = new HashSet<>();
    final List<KnownSource> sources = new ArrayList<>();
    final SlavicCheckWorthiness checkWorthiness;

    /** The lexicon of {@code root} keyed by {@code t}, as the text it is matched against will be. */
    SlavicLexicon(JsonNode root, SlavicTokens t) {
        for (JsonNode cue : root.path("cues")) {
            Stance stance = Stance.fromCode(cue.path("stance").asText("asserts"));
            cue.path("forms").forEach(f -> cueStems.put(t.keyOf(f.asText()), stance));
        }
        root.path("objectCues").forEach(f -> objectCueStems.add(t.keyOf(f.asText())));
        // a denial names what it denies: every form of "опровергнуть" takes an object, as "опроверг" does
        cueStems.forEach((stem, stance) -> {
            if (stance == Stance.DENIES) {
                objectCueStems.add(stem);
            }
        });
        stems(t, root.path("namingCues"), namingCueStems);
        stems(t, root.path("claimWords"), claimWordStems);
        root.path("demonstratives").forEach(f -> demonstratives.add(SlavicTokens.fold(f.asText())));
        root.path("complementizers").forEach(f -> complementizers.add(SlavicTokens.fold(f.asText())));
        root.path("accordingTo").forEach(f -> accordingTo.add(phrase(t, f.asText())));
        // longest first, so "как сообщили в" wins over "как сообщили"
        accordingTo.sort((a, b) -> b.stems().size() - a.stems().size());
        root.path("aboutThis").forEach(f -> aboutThis.add(phrase(t, f.asText())));
        root.path("mediaWords").forEach(f -> mediaWords.add(SlavicTokens.fold(f.asText())));
        root.path("speakerEnds").forEach(f -> speakerEnds.add(phrase(t, f.asText())));
        root.path("pronouns").forEach(f -> pronouns.add(SlavicTokens.fold(f.asText())));
        root.path("writerPronouns").forEach(f -> writerPronouns.add(SlavicTokens.fold(f.asText())));
        root.path("contrastWords").forEach(f -> contrastWords.add(SlavicTokens.fold(f.asText())));
        root.path("possessives").forEach(f -> possessives.add(SlavicTokens.fold(f.asText())));
        stems(t, root.path("backReferences"), backReferenceStems);
        stems(t, root.path("anonymous"), anonymousStems);
        stems(t, root.path("vague"), vagueStems);
        stems(t, root.path("roles"), roleStems);
        stems(t, root.path("institutionWords"), institutionStems);
        stems(t, root.path("groupWords"), groupWordStems);
        root.path("groups").forEach(g -> groups.add(g.asText()));
        stems(t, root.path("denialWords"), denialStems);
        root.path("denialPhrases").forEach(f -> denialPhrases.add(phrase(t, f.asText())));
        stems(t, root.path("controlWords"), controlStems);
        root.path("parties").properties().forEach(e -> {
            List<Phrase> words = new ArrayList<>();
            e.getValue().forEach(w -> words.add(phrase(t, w.asText())));
            partyWords.put(e.getKey(), words);
        });
        partyPhrases = new PartyPhrases(partyWords);
        checkWorthiness = new SlavicCheckWorthiness(root.path("checkWorthiness"), t);
        for (JsonNode s : root.path("sources")) {
            List<Phrase> names = new ArrayList<>();
            s.path("names").forEach(n -> names.add(phrase(t, n.asText())));
            sources.add(new KnownSource(s.path("canonical").asText(), SourceKind.fromCode(s.path("kind").asText("organisation")),
                    s.path("party").asText("Other"), List.copyOf(names)));
        }
    }

    /** The bundled lexicon's JSON, or that of {@code slavic.json} in {@code dataDir} when that file exists. */
    static JsonNode read(Path dataDir) {
        ObjectMapper mapper = new ObjectMapper();
        try {
            if (dataDir != null && Files.isRegularFile(dataDir.resolve(FILE))) {
                return mapper.readTree(dataDir.resolve(FILE).toFile());
            }
            try (InputStream in = SlavicLexicon.class.getResourceAsStream(FILE)) {
                if (in == null) {
                    throw new IllegalStateException("bundled lexicon missing: " + FILE);
                }
                return mapper.readTree(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + FILE + ": " + e.getMessage(), e);
        }
    }

    private static void stems(SlavicTokens t, JsonNode array, Set<String> into) {
        array.forEach(f -> into.add(t.keyOf(f.asText())));
    }

    static Phrase phrase(SlavicTokens t, String text) {
        List<String> folded = new ArrayList<>();
        List<String> stems = new ArrayList<>();
        for (SlavicTokens.Token token : t.tokens(text, 0, text.length())) {
            folded.add(token.folded());
            stems.add(token.stem());
        }
        return new Phrase(text, List.copyOf(folded), List.copyOf(stems));
    }

    /** True when the phrase's words are the tokens from {@code at} on, each in any of its cases. */
    static boolean matchesAt(Phrase p, List<SlavicTokens.Token> tokens, int at) {
        if (at + p.stems().size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < p.stems().size(); k++) {
            if (!SlavicTokens.sameWord(tokens.get(at + k), p.folded().get(k), p.stems().get(k))) {
                return false;
            }
        }
        return true;
    }

    /** True when the phrase's words are the tokens from {@code at} on, by stem only (for function words). */
    static boolean stemsAt(Phrase p, List<SlavicTokens.Token> tokens, int at) {
        if (at + p.stems().size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < p.stems().size(); k++) {
            if (!tokens.get(at + k).stem().equals(p.stems().get(k))) {
                return false;
            }
        }
        return true;
    }
}
