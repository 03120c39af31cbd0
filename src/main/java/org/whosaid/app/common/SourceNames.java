package org.whosaid.app.common;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.whosaid.model.Source;
import org.whosaid.model.SourceStats;
import org.whosaid.service.LibraryService;
import org.whosaid.service.SourceService;

/**
 * How the Sources, Compare and Reader screens show a source's name, by the user's choice of script: "as written"
 * gives a Russian or Ukrainian source its native name (the Cyrillic alias the analysis kept, "Минобороны России"
 * for the Russian Defence Ministry), "in Latin script" its Latin name, transliterating (ICU, BGN/PCGN) a name
 * that has none ("Штаб обороны Шебекино"). What is stored never changes, only what is shown.
 */
public final class SourceNames {
    private final ObjectProperty<NameScript> script = new SimpleObjectProperty<>(NameScript.LATIN);
    private final Supplier<List<Source>> sources;
    /** Aliases by stored name, replaced whole by {@link #reload()} (a background load), read on the FX thread. */
    private volatile Map<String, List<String>> aliases = Map.of();

    /** @param sources the library's sources, read again by {@link #reload()} for screens that show names only */
    public SourceNames(Supplier<List<Source>> sources) {
        this.sources = sources;
    }

    /** The names of the library's sources. */
    public static SourceNames of(LibraryService library) {
        return new SourceNames(() -> library.sources().stream().map(SourceStats::source).toList());
    }

    /** The user's choice of script; screens listen to it to show names again. */
    public ObjectProperty<NameScript> scriptProperty() {
        return script;
    }

    /** Reads the library's sources and their aliases again; safe off the FX thread. */
    public void reload() {
        learn(sources.get());
    }

    /** Keeps the aliases of these sources (all the library's, just read by a screen) for {@link #show(String)}. */
    public void learn(List<Source> all) {
        Map<String, List<String>> byName = new HashMap<>();
        for (Source s : all) {
            byName.put(s.name(), s.aliases());
        }
        aliases = Map.copyOf(byName);
    }

    /** The name to show for a source known only by its stored name (a Compare card); its aliases as last reloaded. */
    public String show(String name) {
        return name == null ? null : show(name, aliases.getOrDefault(name, List.of()));
    }

    /** The name to show for a source with this stored name and these aliases, in the chosen script. */
    public String show(String name, List<String> aliasList) {
        if (name == null) {
            return null;
        }
        if (script.get() == NameScript.AS_WRITTEN) {
            if (isCyrillic(name)) {
                return name;
            }
            return nativeName(name, aliasList);
        }
        if (!isCyrillic(name)) {
            return name;
        }
        return aliasList.stream().filter(a -> !isCyrillic(a) && !a.isBlank()).findFirst().orElseGet(() -> latin(name));
    }

    /**
     * The Cyrillic alias that spells the name ("Сергей Лавров" for Sergei Lavrov, not the mention "Глава МИД"):
     * the one whose Latin spelling shares most letter pairs with the name, the first on a tie.
     */
    private static String nativeName(String name, List<String> aliasList) {
        String best = name;
        double bestScore = -1;
        Set<String> pairs = pairs(name);
        for (String alias : aliasList) {
            if (isCyrillic(alias)) {
                Set<String> other = pairs(latin(alias));
                long common = other.stream().filter(pairs::contains).count();
                double score = other.isEmpty() ? 0 : 2.0 * common / (other.size() + pairs.size());
                if (score > bestScore) {
                    best = alias;
                    bestScore = score;
                }
            }
        }
        return best;
    }

    private static Set<String> pairs(String s) {
        String folded = s.toLowerCase(Locale.ROOT);
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 1 < folded.length(); i++) {
            out.add(folded.substring(i, i + 2));
        }
        return out;
    }

    /** The BGN/PCGN Latin spelling, Ukrainian when the name has a letter only Ukrainian uses. */
    static String latin(String name) {
        return SourceService.latinSpelling(name);
    }

    private static boolean isCyrillic(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
    }
}
