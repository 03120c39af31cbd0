package org.whosaid.app.common;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.whosaid.model.Party;
import org.whosaid.model.Span;
import org.whosaid.model.Statement;
import org.whosaid.model.StatementKind;

/**
 * The one place where the Reader's marks are computed: from an article's statements to style classes over its text.
 * Each active statement is a layer overlaid on the others, so overlapping statements keep all their classes: a quote
 * fills its background in its party's colour ({@code q-…}), a claim is underlined in it ({@code c-…}), an unattributed
 * claim is grey and dashed, a cue is bold and underlined, and the selected statement is outlined.
 */
public final class Highlighting {
    public static final String QUOTE = "st-quote";
    public static final String CLAIM = "st-claim";
    public static final String UNATTRIBUTED = "st-unattributed";
    public static final String CUE = "st-cue";
    public static final String SELECTED = "st-selected";

    private Highlighting() {
    }

    public static StyleSpans<Collection<String>> compute(int length, List<Statement> statements, List<Party> parties,
                                                         Long selectedId) {
        StyleSpans<Collection<String>> spans = plain(length);
        for (Statement statement : statements) {
            if (!statement.active()) {
                continue;
            }
            Set<String> classes = new LinkedHashSet<>();
            String party = partyKey(statement.party(), parties);
            switch (statement.kind()) {
                case QUOTE -> classes.addAll(List.of(QUOTE, "q-" + party));
                case CLAIM -> classes.addAll(List.of(CLAIM, "c-" + party));
                case UNATTRIBUTED -> classes.add(UNATTRIBUTED);
                default -> throw new IllegalStateException(statement.kind().toString());
            }
            if (selectedId != null && selectedId == statement.id()) {
                classes.add(SELECTED);
            }
            spans = layer(spans, length, statement.start(), statement.end(), classes);
            Span cue = statement.cue();
            if (cue != null && statement.kind() != StatementKind.UNATTRIBUTED) {
                spans = layer(spans, length, cue.start(), cue.end(), Set.of(CUE, "cue-" + party));
            }
        }
        return spans;
    }

    /** The style-class key of a party: {@code p<id>} for a known party, {@code pnone} for none or an unknown one. */
    public static String partyKey(String partyName, List<Party> parties) {
        if (partyName == null) {
            return "pnone";
        }
        return parties.stream().filter(p -> p.name().equalsIgnoreCase(partyName)).findFirst()
                .map(p -> "p" + p.id()).orElse("pnone");
    }

    /** A stylesheet with each party's colours, so colours chosen in the database show without a fixed list. */
    public static String partyStylesheet(List<Party> parties) {
        StringBuilder css = new StringBuilder();
        appendParty(css, "pnone", "#8a8f98");
        for (Party party : parties) {
            appendParty(css, "p" + party.id(), safeColour(party.colour()));
        }
        return css.toString();
    }

    private static void appendParty(StringBuilder css, String key, String colour) {
        // Claims come first so that where a quote lies inside a claim the quote's fill wins and the claim's
        // underline still shows.
        css.append(".c-").append(key).append(" { -rtfx-underline-color: ").append(colour)
                .append("; -rtfx-underline-width: 2.5; -rtfx-background-color: ").append(colour).append("24; }\n");
        css.append(".q-").append(key).append(" { -rtfx-background-color: ").append(colour).append("59; }\n");
        css.append(".cue-").append(key).append(" { -rtfx-underline-color: ").append(colour).append("; }\n");
        css.append(".party-dot-").append(key).append(" { -fx-fill: ").append(colour).append("; }\n");
        css.append(".party-chip-").append(key).append(" { -fx-background-color: ").append(colour)
                .append("33; -fx-border-color: ").append(colour).append("; }\n");
    }

    private static String safeColour(String colour) {
        return colour != null && colour.toLowerCase(Locale.ROOT).matches("#[0-9a-f]{6}") ? colour : "#8a8f98";
    }

    private static StyleSpans<Collection<String>> plain(int length) {
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        builder.add(Set.of(), Math.max(0, length));
        return builder.create();
    }

    private static StyleSpans<Collection<String>> layer(StyleSpans<Collection<String>> base, int length, int start,
                                                        int end, Set<String> classes) {
        int from = Math.max(0, Math.min(start, length));
        int to = Math.max(from, Math.min(end, length));
        if (to == from) {
            return base;
        }
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        if (from > 0) {
            builder.add(Set.of(), from);
        }
        builder.add(classes, to - from);
        if (length > to) {
            builder.add(Set.of(), length - to);
        }
        return base.overlay(builder.create(), (below, above) -> {
            if (above.isEmpty()) {
                return below;
            }
            Set<String> union = new LinkedHashSet<>(below);
            union.addAll(above);
            return union;
        });
    }
}
