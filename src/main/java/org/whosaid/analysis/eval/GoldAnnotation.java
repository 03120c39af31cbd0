package org.whosaid.analysis.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A hand-made reference annotation (the format of {@code toretsk.gold.json}): attributed statements, optional ones,
 * unattributed claims, conflicts and aliases of one article; or, in the multi-document format
 * {@code {"documents": [...]}}, one such annotation per article. {@code article} is the article file, relative to
 * the gold file or the working directory.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoldAnnotation(String article, String about, String language, List<String> parties,
                             List<Item> attributions, List<Item> optional,
                             @JsonProperty("unattributed_claims") List<String> unattributedClaims,
                             @JsonProperty("unattributed_optional") List<String> unattributedOptional,
                             List<Conflict> conflicts, List<Alias> aliases, List<GoldAnnotation> documents) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public GoldAnnotation {
        parties = parties == null ? List.of() : List.copyOf(parties);
        attributions = attributions == null ? List.of() : List.copyOf(attributions);
        optional = optional == null ? List.of() : List.copyOf(optional);
        // null (the key absent) is "not annotated"; an empty list says the article has no unattributed claim
        unattributedClaims = unattributedClaims == null ? null : List.copyOf(unattributedClaims);
        unattributedOptional = unattributedOptional == null ? List.of() : List.copyOf(unattributedOptional);
        conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    /** Whether the article's unattributed claims were annotated (then a predicted one not in the lists is wrong). */
    public boolean unattributedAnnotated() {
        return unattributedClaims != null;
    }

    /** The annotated articles: those of {@code documents}, or this annotation itself in the one-article format. */
    public List<GoldAnnotation> articles() {
        return documents.isEmpty() ? List.of(this) : documents;
    }

    /**
     * One attributed statement: {@code type} is "direct" (a quote) or "indirect" (a reported claim);
     * {@code sourceNative} is the source as written in the article's own language, when that is not English.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(String id, String type, String mention, String source,
                       @JsonProperty("source_native") String sourceNative, String party, String cue, String content,
                       String stance, String topic, List<String> flags) {
        /** Any resolved speaker counts (a pronoun source in a corpus without coreference). */
        public static final String ANY_SPEAKER = "any-speaker";

        public Item {
            flags = flags == null ? List.of() : List.copyOf(flags);
        }

        public boolean direct() {
            return "direct".equalsIgnoreCase(type);
        }

        /** Denies or questions: the stances the scorer checks are marked. */
        public boolean disputes() {
            return "denies".equalsIgnoreCase(stance) || "questions".equalsIgnoreCase(stance);
        }

        public boolean anySpeaker() {
            return flags.contains(ANY_SPEAKER);
        }
    }

    /** Statements that answer one topic on opposite sides. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Conflict(String topic, String question, List<String> asserts, List<String> denies, List<String> also) {
        public Conflict {
            asserts = asserts == null ? List.of() : List.copyOf(asserts);
            denies = denies == null ? List.of() : List.copyOf(denies);
            also = also == null ? List.of() : List.copyOf(also);
        }
    }

    /** Other names of one thing. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Alias(String canonical, List<String> aliases) {
        public Alias {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
        }
    }

    /** Reads a gold file; an unreadable or malformed file is reported with its path. */
    public static GoldAnnotation read(Path file) {
        try {
            return MAPPER.readValue(file.toFile(), GoldAnnotation.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold annotation " + file + ": " + e.getMessage(), e);
        }
    }
}
