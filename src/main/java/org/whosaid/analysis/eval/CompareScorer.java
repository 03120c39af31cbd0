package org.whosaid.analysis.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Scores cross-article topic linking against a compare gold file, exactly as {@code score_compare.py} does (same
 * matching, same figures, same lines): the gold's questions and unlinked items, a whosaid-export/1 JSON export.
 */
public final class CompareScorer {

    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CompareScorer() {
    }

    private static final class Item {
        int i;
        boolean member;
        String article;
        String content;
        List<String> toks;
        String q;
        Set<String> party = new HashSet<>();
        String canon;
        String stance;
        boolean attributed;
    }

    /** The report of {@code score_compare.py GOLD EXPORT} (without --verbose); its last line is {@code compare F1 = X}. */
    public static String score(Path goldFile, JsonNode export) {
        JsonNode gold = read(goldFile);
        Path goldDir = goldFile.toAbsolutePath().getParent();
        List<Item> items = new ArrayList<>();
        List<JsonNode> questions = list(gold.get("questions"));
        for (JsonNode q : questions) {
            for (JsonNode m : list(q.get("members"))) {
                Item it = new Item();
                it.member = true;
                it.article = m.path("article").asText();
                it.content = m.path("content").asText();
                it.toks = WordOverlap.tokens(it.content);
                it.q = q.path("id").asText();
                List<JsonNode> parties = list(m.get("party"));
                parties.forEach(p -> it.party.add(casefold(p.asText())));
                it.canon = parties.isEmpty() ? null : parties.get(0).asText();
                it.stance = m.path("stance").isNull() ? null : m.path("stance").asText(null);
                JsonNode source = m.get("source");
                it.attributed = source != null && !source.isNull() && !(source.isTextual() && source.asText().isEmpty());
                items.add(it);
            }
        }
        for (JsonNode u : list(gold.get("unlinked"))) {
            Item it = new Item();
            it.article = u.path("article").asText();
            it.content = u.path("content").asText();
            it.toks = WordOverlap.tokens(it.content);
            items.add(it);
        }
        for (int i = 0; i < items.size(); i++) {
            items.get(i).i = i;
        }

        List<JsonNode> arts = new ArrayList<>();
        for (JsonNode a : list(export == null ? null : export.get("articles"))) {
            if (a.isObject()) {
                arts.add(a);
            }
        }
        Map<String, String> topicOfId = new HashMap<>();
        for (JsonNode t : list(export == null ? null : export.get("topics"))) {
            if (!t.isObject()) {
                continue;
            }
            for (JsonNode sid : list(t.get("statements"))) {
                topicOfId.putIfAbsent(sid.asText(), text(t.get("id")));
            }
        }

        Map<String, List<Integer>> byTitle = new HashMap<>();
        for (int k = 0; k < arts.size(); k++) {
            byTitle.computeIfAbsent(norm(text(arts.get(k).get("title"))), x -> new ArrayList<>()).add(k);
        }
        TreeSet<String> goldFiles = new TreeSet<>();
        items.forEach(it -> goldFiles.add(it.article));
        Map<String, Integer> artOf = new HashMap<>();
        for (String gf : goldFiles) {
            String[] hb = readGoldFile(goldDir.resolve(gf));
            List<Integer> cands = hb[0].isEmpty() ? List.of() : byTitle.getOrDefault(norm(hb[0]), List.of());
            Integer choice = null;
            if (!cands.isEmpty()) {
                choice = cands.get(0);
            } else {
                String nb = norm(hb[1]);
                int bestScore = 0;
                for (int k = 0; k < arts.size(); k++) {
                    String nt = norm(text(arts.get(k).get("text")));
                    if (nt.isEmpty()) {
                        continue;
                    }
                    if (!nb.isEmpty() && (nt.contains(nb) || nb.contains(nt))) {
                        choice = k;
                        break;
                    }
                    int s = 0;
                    for (Item it : items) {
                        if (it.article.equals(gf) && nt.contains(prefix(norm(it.content), 60))) {
                            s++;
                        }
                    }
                    if (s > bestScore) {
                        bestScore = s;
                        choice = k;
                    }
                }
            }
            artOf.put(gf, choice);
        }

        Map<Integer, JsonNode> match = new HashMap<>();
        for (String gf : goldFiles) {
            Integer k = artOf.get(gf);
            if (k == null) {
                continue;
            }
            List<JsonNode> stmts = new ArrayList<>();
            for (JsonNode s : list(arts.get(k).get("statements"))) {
                if (s.isObject()) {
                    stmts.add(s);
                }
            }
            List<List<String>> ptoks = new ArrayList<>();
            stmts.forEach(s -> ptoks.add(WordOverlap.tokens(text(s.get("text")))));
            List<double[]> cands = new ArrayList<>();
            for (Item it : items) {
                if (!it.article.equals(gf)) {
                    continue;
                }
                for (int j = 0; j < ptoks.size(); j++) {
                    int inter = WordOverlap.overlap(it.toks, ptoks.get(j));
                    if (inter >= 0) {
                        cands.add(new double[] {2.0 * inter / (it.toks.size() + ptoks.get(j).size()), it.i, j});
                    }
                }
            }
            cands.sort(Comparator.<double[]>comparingDouble(c -> -c[0]).thenComparingDouble(c -> c[1])
                    .thenComparingDouble(c -> c[2]));
            Set<Integer> used = new HashSet<>();
            for (double[] c : cands) {
                int i = (int) c[1];
                int j = (int) c[2];
                if (match.containsKey(i) || used.contains(j)) {
                    continue;
                }
                match.put(i, stmts.get(j));
                used.add(j);
            }
        }

        List<Item> members = items.stream().filter(it -> it.member).toList();
        List<Item> unlinked = items.stream().filter(it -> !it.member).toList();
        List<Item> mm = members.stream().filter(it -> match.containsKey(it.i)).toList();
        List<Item> mu = unlinked.stream().filter(it -> match.containsKey(it.i)).toList();
        List<Item> matched = new ArrayList<>(mm);
        matched.addAll(mu);
        Map<String, Integer> c = new HashMap<>();
        Set<Integer> fpUnlinkedItems = new HashSet<>();
        for (int x = 0; x < matched.size(); x++) {
            for (int y = x + 1; y < matched.size(); y++) {
                Item a = matched.get(x);
                Item b = matched.get(y);
                if (!a.member && !b.member) {
                    continue;
                }
                String ta = topic(match.get(a.i), topicOfId);
                String tb = topic(match.get(b.i), topicOfId);
                boolean p = ta != null && ta.equals(tb);
                boolean g = a.member && b.member && a.q.equals(b.q);
                boolean cross = !a.article.equals(b.article);
                for (String scope : cross ? List.of("all", "cross") : List.of("all")) {
                    add(c, scope + "tp", p && g);
                    add(c, scope + "fp", p && !g);
                    add(c, scope + "fn", g && !p);
                    add(c, scope + "fp_unlinked", p && !g && (!a.member || !b.member));
                }
                if (p && !g) {
                    if (!a.member) {
                        fpUnlinkedItems.add(a.i);
                    }
                    if (!b.member) {
                        fpUnlinkedItems.add(b.i);
                    }
                }
            }
        }
        int goldCross = 0;
        for (JsonNode q : questions) {
            List<JsonNode> ms = list(q.get("members"));
            for (int x = 0; x < ms.size(); x++) {
                for (int y = x + 1; y < ms.size(); y++) {
                    goldCross += ms.get(x).path("article").asText().equals(ms.get(y).path("article").asText()) ? 0 : 1;
                }
            }
        }

        int confTotal = 0;
        int confFound = 0;
        int confStrict = 0;
        for (JsonNode q : questions) {
            String id = q.path("id").asText();
            List<Item> qm = mm.stream().filter(it -> it.q.equals(id)).toList();
            Map<String, Integer> tops = new LinkedHashMap<>();
            for (Item it : qm) {
                String t = topic(match.get(it.i), topicOfId);
                if (t != null) {
                    tops.merge(t, 1, Integer::sum);
                }
            }
            String mainTopic = null;
            int most = 0;
            for (Map.Entry<String, Integer> e : tops.entrySet()) {
                if (e.getValue() > most) { // the first of the most common, as Counter.most_common
                    most = e.getValue();
                    mainTopic = e.getKey();
                }
            }
            final String main = mainTopic;
            List<Item> inside = qm.stream().filter(it -> main != null && main.equals(topic(match.get(it.i), topicOfId)))
                    .toList();
            boolean found = false;
            boolean strict = false;
            for (Item a : inside) {
                for (Item b : inside) {
                    if (a.canon != null && !a.canon.isEmpty() && b.canon != null && !b.canon.isEmpty()
                            && !a.canon.equals(b.canon) && opposite(a.stance, b.stance)) {
                        found = true;
                        if (opposite(text(match.get(a.i).get("stance")), text(match.get(b.i).get("stance")))) {
                            strict = true;
                        }
                    }
                }
            }
            if (q.path("conflict").asBoolean(false)) {
                confTotal++;
                confFound += found ? 1 : 0;
                confStrict += strict ? 1 : 0;
            }
        }

        List<Item> attributed = mm.stream().filter(it -> it.attributed).toList();
        int partyOk = 0;
        for (Item it : attributed) {
            JsonNode src = match.get(it.i).get("source");
            String pp = src != null && src.isObject() ? text(src.get("party")) : null;
            if (it.party.contains(casefold(pp == null ? "" : pp.strip()))) {
                partyOk++;
            }
        }
        int stanceOk = 0;
        for (Item it : mm) {
            String s = text(match.get(it.i).get("stance"));
            if (s == null ? it.stance == null : s.equals(it.stance)) {
                stanceOk++;
            }
        }

        long foundArts = goldFiles.stream().filter(gf -> artOf.get(gf) != null).count();
        int tpa = c.getOrDefault("alltp", 0);
        int fpa = c.getOrDefault("allfp", 0);
        int fna = c.getOrDefault("allfn", 0);
        int tpc = c.getOrDefault("crosstp", 0);
        int fpc = c.getOrDefault("crossfp", 0);
        int fnc = c.getOrDefault("crossfn", 0);
        double pa = ratio(tpa, tpa + fpa);
        double ra = ratio(tpa, tpa + fna);
        double pc = ratio(tpc, tpc + fpc);
        double rc = ratio(tpc, tpc + fnc);
        StringBuilder out = new StringBuilder();
        out.append("articles matched: ").append(foundArts).append('/').append(goldFiles.size()).append('\n');
        out.append("members found: ").append(mm.size()).append('/').append(members.size()).append(" (")
                .append(f3(ratio(mm.size(), members.size()))).append("); unlinked found: ").append(mu.size()).append('/')
                .append(unlinked.size()).append('\n');
        out.append("links, all pairs: P ").append(f3(pa)).append(" (").append(tpa).append('/').append(tpa + fpa)
                .append(") R ").append(f3(ra)).append(" (").append(tpa).append('/').append(tpa + fna).append(") F1 ")
                .append(f3(f1(pa, ra))).append('\n');
        out.append("links, cross-article pairs: P ").append(f3(pc)).append(" (").append(tpc).append('/').append(tpc + fpc)
                .append(") R ").append(f3(rc)).append(" (").append(tpc).append('/').append(tpc + fnc).append(") F1 ")
                .append(f3(f1(pc, rc))).append('\n');
        out.append("cross-article recall over all gold pairs (unmatched members count as misses): ")
                .append(f3(ratio(tpc, goldCross))).append(" (").append(tpc).append('/').append(goldCross).append(")\n");
        out.append("false links from unlinked items: ").append(c.getOrDefault("allfp_unlinked", 0)).append(" pairs (")
                .append(c.getOrDefault("crossfp_unlinked", 0)).append(" cross-article); ").append(fpUnlinkedItems.size())
                .append('/').append(mu.size()).append(" matched unlinked items share a topic with gold members\n");
        out.append("conflicts found: ").append(confFound).append('/').append(confTotal).append(" (")
                .append(f3(ratio(confFound, confTotal))).append("); with predicted stances opposite too: ")
                .append(confStrict).append('/').append(confTotal).append('\n');
        out.append("party accuracy: ").append(f3(ratio(partyOk, attributed.size()))).append(" (").append(partyOk)
                .append('/').append(attributed.size()).append(" matched attributed members)\n");
        out.append("stance accuracy: ").append(f3(ratio(stanceOk, mm.size()))).append(" (").append(stanceOk).append('/')
                .append(mm.size()).append(" matched members)\n");
        out.append("compare F1 = ").append(f3(tpc + fpc > 0 ? f1(pc, rc) : 0.0)).append('\n');
        return out.toString();
    }

    private static boolean opposite(String a, String b) {
        return "asserts".equals(a) && "denies".equals(b) || "denies".equals(a) && "asserts".equals(b);
    }

    private static void add(Map<String, Integer> c, String key, boolean yes) {
        c.merge(key, yes ? 1 : 0, Integer::sum);
    }

    private static String topic(JsonNode s, Map<String, String> topicOfId) {
        String t = text(s.get("topic"));
        if (t == null || t.isEmpty()) {
            JsonNode id = s.get("id");
            t = id == null || id.isNull() ? null : topicOfId.get(id.asText());
        }
        return t == null || t.isEmpty() ? null : t;
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    private static String norm(String s) {
        return casefold(SPACE.matcher(s == null ? "" : s).replaceAll(" ").strip());
    }

    private static String casefold(String s) {
        return s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    private static String prefix(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n);
    }

    private static String[] readGoldFile(Path path) {
        try {
            String text = Files.readString(path);
            int nl = text.indexOf('\n');
            String head = nl < 0 ? text : text.substring(0, nl);
            String rest = nl < 0 ? "" : text.substring(nl + 1);
            if (rest.startsWith("\n")) {
                rest = rest.substring(1);
            }
            return new String[] {head.strip(), rest};
        } catch (IOException e) {
            return new String[] {"", ""};
        }
    }

    private static JsonNode read(Path file) {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": not a readable compare gold file: " + e.getMessage(), e);
        }
    }

    private static List<JsonNode> list(JsonNode n) {
        List<JsonNode> out = new ArrayList<>();
        if (n != null && n.isArray()) {
            n.forEach(out::add);
        }
        return out;
    }

    private static double ratio(double a, double b) {
        return b != 0 ? a / b : 0.0;
    }

    private static double f1(double p, double r) {
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }

    /** Three decimals rounded as Python's format does: the exact binary value, half to even. */
    private static String f3(double x) {
        return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    }
}
