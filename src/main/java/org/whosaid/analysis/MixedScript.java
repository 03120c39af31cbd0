package org.whosaid.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.whosaid.model.Analysis;
import org.whosaid.model.Attribution;
import org.whosaid.model.StatementKind;
import org.whosaid.model.TopicDef;

/** Joins the English and the Russian/Ukrainian analyses of a text written in both scripts. */
final class MixedScript {
    private MixedScript() {
    }

    /**
     * The attributed statements of {@code main}, then those of {@code other} that overlap none of them, then the
     * unattributed sentences neither analysis credited to anyone; topics of both, {@code main}'s label first.
     */
    static Analysis merge(Analysis main, Analysis other) {
        List<Attribution> attributed = new ArrayList<>();
        for (Analysis a : List.of(main, other)) {
            for (Attribution x : a.attributions()) {
                if (x.kind() != StatementKind.UNATTRIBUTED && attributed.stream().noneMatch(y -> overlaps(x, y))) {
                    attributed.add(x);
                }
            }
        }
        List<Attribution> out = new ArrayList<>(attributed);
        for (Attribution x : main.attributions()) {
            if (x.kind() == StatementKind.UNATTRIBUTED && attributed.stream().noneMatch(y -> overlaps(x, y))) {
                out.add(x);
            }
        }
        out.sort(Comparator.comparingInt(x -> x.content().start()));
        Map<String, TopicDef> topics = new LinkedHashMap<>();
        main.topics().forEach(t -> topics.putIfAbsent(t.key(), t));
        other.topics().forEach(t -> topics.putIfAbsent(t.key(), t));
        return new Analysis(out, List.copyOf(topics.values()));
    }

    private static boolean overlaps(Attribution a, Attribution b) {
        return a.content().overlaps(b.content().start(), b.content().end());
    }
}
