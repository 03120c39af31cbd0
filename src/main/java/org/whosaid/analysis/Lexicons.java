package org.whosaid.analysis;

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
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.whosaid.model.Stance;

/** The word lists the analysis reads: bundled JSON resources, each overridable by a same-named file in a data folder. */
final class Lexicons {

    /** One form of a reporting verb: its lemma, the stance it carries, and grammar hints. */
    record VerbForm(String lemma, Stance stance, boolean takesRecipient, String requiresNext) {
    }

    /** A known source: canonical name, kind code and other spellings. */
    record KnownSource(String canonical, String kind, List<String> aliases) {
    }

    /** A party with the words that point to it, by strength: people and organisations, then terms, then generic words. */
    record PartyEntry(String name, String colour, Set<String> specific, Set<String> terms, Set<String> generic) {
    }

    /** A name list of {@code world.json}: the party its names point to, and which tier they belong to. */
    record WorldEntry(String party, WorldGazetteer.Tier tier, List<String> names) {
    }

    /** A place that can be controlled, with its other names. */
    record Place(String canonical, List<String> aliases) {
    }

    final Map<String, List<VerbForm>> verbForms;
    final Set<String> participles;
    final List<String> denialPhrases;
    /** Nouns that name a claim: "rejected the accusation" reports speech, "rejected the offer" does not. */
    final Set<String> claimNouns;
    /** Cues that also take plain objects, and what their content needs: "claimNoun" or "clause". */
    final Map<String, String> objectTakingCues;
    final List<String> questionPhrases;
    final Set<String> titles;
    final Set<String> roles;
    final Set<String> groups;
    /** Nouns of documents and counts that a statement can be credited to: "according to recent polls". */
    final Set<String> documents;
    final List<String> anonymousMarkers;
    final Set<String> organisationWords;
    /** Companies and other organisations usually written by a bare name ("Microsoft said"). */
    final Set<String> companies;
    /** Words that open a sentence but never a speaker's name ("But", "Enter", "What"): stripped or refused. */
    final Set<String> notNameWords;
    /** Countries and capitals that stand for their governments ("South Africa said", "Pretoria said"). */
    final Set<String> states;
    /** The parties of the world gazetteer's armed groups ("M23", "Rapid Support Forces"), lower case. */
    final Set<String> armedGroups;
    final List<String> recipients;
    /** Each recipient and its last word ("corps" of "the press corps"): what a word after a cue is checked against. */
    final Set<String> recipientWords;
    final Set<String> mediaNouns;
    final Set<String> timeWords;
    final Set<String> abbreviations;
    final Set<String> sentenceFinalAbbreviations;
    final Set<String> sentenceOpeners;
    final List<PartyEntry> parties;
    final List<Place> places;
    final Set<String> controlWords;
    final List<KnownSource> knownSources;
    final Map<String, String> demonyms;
    /** The word lists of {@link CheckWorthiness}, by name ("violence", "hedges", ...). */
    final Map<String, Set<String>> checkWorthiness;
    /** The world gazetteer's states and organisations, and its names that are also people's names. */
    final List<WorldEntry> world;
    final Set<String> worldAmbiguous;

    private Lexicons(Loader loader) {
        JsonNode verbs = loader.read("reporting-verbs.json");
        Map<String, List<VerbForm>> forms = new HashMap<>();
        for (JsonNode verb : verbs.path("verbs")) {
            String stanceCode = verb.path("stance").asText("asserts");
            VerbForm form = new VerbForm(verb.path("lemma").asText(), Stance.fromCode(stanceCode),
                    verb.path("takesRecipient").asBoolean(false),
                    verb.hasNonNull("requiresNext") ? verb.get("requiresNext").asText().toLowerCase(Locale.ROOT) : null);
            for (JsonNode f : verb.path("forms")) {
                forms.computeIfAbsent(f.asText().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(form);
            }
        }
        // a form that needs its next word ("called for") is tried before the bare verb ("called")
        forms.replaceAll((k, v) -> v.stream().sorted(java.util.Comparator.comparing((VerbForm f) -> f.requiresNext() == null)).toList());
        verbForms = Map.copyOf(forms);
        participles = lowerSet(verbs.path("participles"));
        denialPhrases = lowerList(verbs.path("denialPhrases"));
        claimNouns = lowerSet(verbs.path("claimNouns"));
        Map<String, String> objectTaking = new HashMap<>();
        verbs.path("objectTakingCues").properties().forEach(e -> objectTaking.put(e.getKey(), e.getValue().asText()));
        objectTakingCues = Map.copyOf(objectTaking);
        questionPhrases = lowerList(verbs.path("questionPhrases"));

        JsonNode speakers = loader.read("speakers.json");
        titles = lowerSet(speakers.path("titles"));
        roles = lowerSet(speakers.path("roles"));
        groups = lowerSet(speakers.path("groups"));
        documents = lowerSet(speakers.path("documents"));
        anonymousMarkers = lowerList(speakers.path("anonymous"));
        organisationWords = lowerSet(speakers.path("organisations"));
        companies = lowerSet(speakers.path("companies"));
        notNameWords = lowerSet(speakers.path("notNameWords"));
        JsonNode worldNode = loader.read("world.json");
        Set<String> stateNames = new HashSet<>(lowerSet(speakers.path("states")));
        Map<String, String> worldDemonyms = new LinkedHashMap<>();
        List<WorldEntry> worldList = new ArrayList<>();
        for (JsonNode st : worldNode.path("states")) {
            List<String> names = new ArrayList<>();
            names.add(st.path("name").asText());
            st.path("aka").forEach(a -> names.add(a.asText()));
            String demonym = st.path("demonyms").path(0).asText(null);
            for (String n : names) {
                if (demonym != null) {
                    worldDemonyms.putIfAbsent(n.toLowerCase(Locale.ROOT), demonym); // "Pakistan's army" → "Pakistani army"
                }
            }
            st.path("seats").forEach(a -> names.add(a.asText()));
            names.forEach(n -> stateNames.add(n.toLowerCase(Locale.ROOT)));
            st.path("demonyms").forEach(a -> names.add(a.asText()));
            worldList.add(new WorldEntry(st.path("name").asText(), WorldGazetteer.Tier.STATE, List.copyOf(names)));
        }
        Set<String> armed = new HashSet<>();
        for (JsonNode o : worldNode.path("organisations")) {
            if (o.path("kind").asText().equals("armed group")) {
                armed.add(o.path("party").asText().toLowerCase(Locale.ROOT));
            }
            List<String> names = new ArrayList<>();
            o.path("names").forEach(a -> names.add(a.asText()));
            worldList.add(new WorldEntry(o.path("party").asText(), WorldGazetteer.Tier.ORGANISATION, List.copyOf(names)));
        }
        world = List.copyOf(worldList);
        Set<String> ambiguous = new HashSet<>();
        worldNode.path("ambiguous").forEach(a -> ambiguous.add(a.asText()));
        worldAmbiguous = Set.copyOf(ambiguous);
        states = Set.copyOf(stateNames);
        armedGroups = Set.copyOf(armed);
        recipients = lowerList(speakers.path("recipients"));
        Set<String> recipientWordSet = new HashSet<>(recipients);
        recipients.forEach(r -> recipientWordSet.add(r.substring(r.lastIndexOf(' ') + 1)));
        recipientWords = Set.copyOf(recipientWordSet);
        mediaNouns = lowerSet(speakers.path("mediaNouns"));
        timeWords = lowerSet(speakers.path("timeWords"));

        JsonNode abbr = loader.read("abbreviations.json");
        abbreviations = lowerSet(abbr.path("abbreviations"));
        sentenceFinalAbbreviations = lowerSet(abbr.path("sentenceFinal"));
        sentenceOpeners = lowerSet(abbr.path("sentenceOpeners"));

        List<PartyEntry> partyList = new ArrayList<>();
        for (JsonNode p : loader.read("parties.json").path("parties")) {
            Set<String> specific = new HashSet<>(lowerSet(p.path("people")));
            specific.addAll(lowerSet(p.path("organisations")));
            partyList.add(new PartyEntry(p.path("name").asText(), p.path("colour").asText(null), Set.copyOf(specific),
                    lowerSet(p.path("terms")), lowerSet(p.path("generic"))));
        }
        parties = List.copyOf(partyList);

        JsonNode placesNode = loader.read("places.json");
        List<Place> placeList = new ArrayList<>();
        for (JsonNode p : placesNode.path("places")) {
            List<String> aliases = new ArrayList<>();
            p.path("aliases").forEach(a -> aliases.add(a.asText()));
            placeList.add(new Place(p.path("canonical").asText(), List.copyOf(aliases)));
        }
        places = List.copyOf(placeList);
        controlWords = lowerSet(placesNode.path("controlWords"));

        JsonNode sources = loader.read("sources.json");
        List<KnownSource> known = new ArrayList<>();
        for (JsonNode s : sources.path("sources")) {
            List<String> aliases = new ArrayList<>();
            s.path("aliases").forEach(a -> aliases.add(a.asText()));
            known.add(new KnownSource(s.path("canonical").asText(), s.path("kind").asText("organisation"), List.copyOf(aliases)));
        }
        knownSources = List.copyOf(known);
        Map<String, String> dem = new LinkedHashMap<>();
        sources.path("demonyms").properties().forEach(e -> dem.put(e.getKey().toLowerCase(Locale.ROOT), e.getValue().asText()));
        worldDemonyms.forEach(dem::putIfAbsent);
        demonyms = Map.copyOf(dem);

        Map<String, Set<String>> check = new HashMap<>();
        loader.read("check-worthiness.json").properties().forEach(e -> {
            if (e.getValue().isArray()) {
                check.put(e.getKey(), lowerSet(e.getValue()));
            }
        });
        checkWorthiness = Map.copyOf(check);
    }

    /** Loads every lexicon; a file in {@code dataDir} (may be null) replaces the bundled one of the same name. */
    static Lexicons load(Path dataDir) {
        return new Lexicons(new Loader(dataDir));
    }

    /** The reporting-verb readings of a lower-cased word, empty when it is not a reporting verb. */
    List<VerbForm> verbForms(String lowerWord) {
        return verbForms.getOrDefault(lowerWord, List.of());
    }

    private static Set<String> lowerSet(JsonNode array) {
        return Set.copyOf(lowerList(array));
    }

    private static List<String> lowerList(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText().toLowerCase(Locale.ROOT)));
        return List.copyOf(new java.util.LinkedHashSet<>(out));
    }

    private record Loader(Path dataDir) {
        private static final ObjectMapper MAPPER = new ObjectMapper();

        JsonNode read(String name) {
            try {
                if (dataDir != null) {
                    Path override = dataDir.resolve(name);
                    if (Files.isRegularFile(override)) {
                        return MAPPER.readTree(override.toFile());
                    }
                }
                try (InputStream in = Lexicons.class.getResourceAsStream(name)) {
                    if (in == null) {
                        throw new IllegalStateException("bundled lexicon missing: " + name);
                    }
                    return MAPPER.readTree(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read lexicon " + name + ": " + e.getMessage(), e);
            }
        }
    }
}
