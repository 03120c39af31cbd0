package org.whosaid.analysis.slavic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.whosaid.analysis.AttributionEngine;
import org.whosaid.model.Attribution;
import org.whosaid.model.SourceMention;
import org.whosaid.model.StatementKind;

/**
 * Holds the Russian and Ukrainian development set (src/test/resources/gold-slavic) and its held-out batch to a floor, matching as
 * shared/tools/score_attribution.py does: content overlapping by half of both token lists, the speaker named
 * by its canonical, mentioned or native name (Cyrillic words compared on four letters, since they inflect).
 */
class SlavicGoldSetTest {
    private static final AttributionEngine ENGINE = AttributionEngine.withLexicons(null);
    private static final Path DIR = Path.of("src/test/resources/gold-slavic");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "in", "for", "on", "s", "by", "в", "во", "на",
            "по", "с", "со", "из", "от", "у", "и", "та", "і", "й", "до", "для", "за", "при");
    private static final Set<String> PRONOUNS = Set.of("он", "она", "они", "его", "её", "ее", "их", "він", "вона", "вони",
            "його", "її");

    @ParameterizedTest
    @ValueSource(strings = {"ru", "uk", "heldout/ru", "heldout/uk"})
    void developmentSetStaysAboveItsFloor(String set) throws Exception {
        Path file = DIR.resolve(set + ".gold.json");
        String language = file.getFileName().toString().substring(0, 2);
        JsonNode gold = new ObjectMapper().readTree(file.toFile());
        int total = 0;
        int attributed = 0;
        int partyRight = 0;
        int denials = 0;
        int denialsMarked = 0;
        int predicted = 0;
        int predictedRight = 0;
        StringBuilder misses = new StringBuilder();
        for (JsonNode doc : gold.path("documents")) {
            String raw = Files.readString(file.resolveSibling(doc.path("article").asText()), StandardCharsets.UTF_8);
            String body = raw.substring(raw.indexOf("\n\n") + 2).strip();
            List<Attribution> found = ENGINE.analyze(body).attributions().stream()
                    .filter(a -> a.kind() != StatementKind.UNATTRIBUTED).toList();
            Set<Integer> used = new HashSet<>();
            for (JsonNode g : doc.path("attributions")) {
                total++;
                boolean denies = g.path("stance").asText().equals("denies");
                denials += denies ? 1 : 0;
                for (int i = 0; i < found.size(); i++) {
                    Attribution a = found.get(i);
                    if (!used.contains(i) && sameContent(g.path("content").asText(), a.content().text())) {
                        used.add(i);
                        boolean right = sameSpeaker(g, a.source());
                        attributed += right ? 1 : 0;
                        partyRight += right && g.path("party").asText().equals(a.source().party()) ? 1 : 0;
                        denialsMarked += denies && a.stance().code().equals("denies") ? 1 : 0;
                        break;
                    }
                }
            }
            List<JsonNode> all = new ArrayList<>();
            doc.path("attributions").forEach(all::add);
            doc.path("optional").forEach(all::add);
            for (Attribution a : found) {
                predicted++;
                boolean right = all.stream().anyMatch(g -> sameContent(g.path("content").asText(), a.content().text())
                        && sameSpeaker(g, a.source()));
                predictedRight += right ? 1 : 0;
                if (!right) {
                    misses.append(doc.path("article").asText()).append(": ").append(a.source().name()).append(" | ")
                            .append(a.content().text()).append('\n');
                }
            }
        }
        double recall = (double) attributed / total;
        double precision = (double) predictedRight / predicted;
        double f1 = 2 * precision * recall / (precision + recall);
        String summary = String.format(Locale.ROOT, "%s: recall %.3f precision %.3f F1 %.3f party %d/%d denials %d/%d%n%s",
                language, recall, precision, f1, partyRight, attributed, denialsMarked, denials, misses);
        assertThat(gold.path("documents").size()).isGreaterThanOrEqualTo(set.startsWith("heldout") ? 5 : 10);
        assertThat(f1).as(summary).isGreaterThanOrEqualTo(0.90);
        assertThat((double) partyRight / attributed).as(summary).isGreaterThanOrEqualTo(0.90);
        assertThat(denialsMarked).as(summary).isEqualTo(denials);
    }

    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(s == null ? "" : s);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static boolean sameContent(String gold, String predicted) {
        List<String> g = tokens(gold);
        List<String> p = tokens(predicted);
        Map<String, Integer> counts = new HashMap<>();
        g.forEach(t -> counts.merge(t, 1, Integer::sum));
        int common = 0;
        for (String t : p) {
            if (counts.getOrDefault(t, 0) > 0) {
                common++;
                counts.merge(t, -1, Integer::sum);
            }
        }
        return !g.isEmpty() && !p.isEmpty() && common * 2 >= g.size() && common * 2 >= p.size();
    }

    private static Set<String> stems(String s) {
        Set<String> out = new HashSet<>();
        for (String t : tokens(s)) {
            if (!STOP.contains(t) && !PRONOUNS.contains(t)) {
                boolean cyrillic = Character.UnicodeBlock.of(t.charAt(0)) == Character.UnicodeBlock.CYRILLIC;
                out.add(t.substring(0, Math.min(t.length(), cyrillic ? 4 : 5)));
            }
        }
        return out;
    }

    private static boolean sameSpeaker(JsonNode gold, SourceMention source) {
        Set<String> candidate = stems(String.join(" ", source.name(), source.mention() == null ? "" : source.mention(),
                String.join(" ", source.aliases())));
        for (String field : List.of("source", "mention", "source_native")) {
            Set<String> ref = stems(gold.path(field).asText());
            if (ref.isEmpty()) {
                continue;
            }
            long common = ref.stream().filter(candidate::contains).count();
            if (common * 2 >= ref.size()) {
                return true;
            }
        }
        return false;
    }
}
