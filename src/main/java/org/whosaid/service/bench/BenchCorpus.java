package org.whosaid.service.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.whosaid.model.ArticleContent;
import org.whosaid.service.ImportService;

/**
 * The benchmark's articles: the bundled sample plus every {@code bench/*.txt} resource, varied deterministically
 * (paragraph order, place and person names, a closing sentence with the article's number) so that any number of
 * generated articles are all distinct and none is deduplicated by its content hash.
 */
final class BenchCorpus {
    private static final String FOLDER = "/org/whosaid/service/bench";
    private static final List<String> PLACES = List.of("Toretsk", "Dzerzhinsk", "Sumy", "Marenka", "Sadra", "Tine",
            "Sotk", "San Aurelio", "Las Brisas", "Taroud", "Tiz", "Tagadirt", "Brezovo", "Eastbay", "Geneva");
    private static final List<String> PLACE_POOL = List.of("Kalvar", "Ostrel", "Medvin", "Porlan", "Zarek",
            "Belmar", "Tovra", "Ilsen", "Dravik", "Montesol", "Karsk", "Velin", "Achra", "Rudno", "Sarvan", "Lomira",
            "Pelago", "Hestra", "Norvik", "Tamsin", "Vodra", "Azrel", "Quiros", "Bretan");
    private static final List<String> PEOPLE = List.of("Zelensky", "Trump", "Putin", "Kots", "Osei", "Ekwueme",
            "Carvalho", "Sedrakov", "Hasanova", "Moreno", "Quintero", "Lanza", "Adebayo", "Halas", "Alaoui", "Benali",
            "Kovac", "Horvat", "Munteanu", "Rusu", "Briggs", "Okafor");
    private static final List<String> PEOPLE_POOL = List.of("Abara", "Berisha", "Castell", "Dimitrov", "Eriksen",
            "Fofana", "Gallo", "Haddad", "Ivanova", "Jansen", "Kamau", "Lindqvist", "Mensah", "Nakamura", "Orsini",
            "Petrenko", "Quaye", "Rahman", "Sorensen", "Tanaka", "Umarov", "Vargas", "Weber", "Yilmaz");
    private static final List<String> OUTLETS = List.of("Wire Service A", "Wire Service B", "Daily Ledger",
            "Evening Courier", "Radio Free Plains");
    private static final Pattern NAMES = Pattern.compile(
            "\\b(" + String.join("|", Stream.concat(PLACES.stream(), PEOPLE.stream()).map(Pattern::quote).toList())
                    + ")\\b");

    private final List<Base> bases;

    private BenchCorpus(List<Base> bases) {
        this.bases = bases;
    }

    /** The texts bundled with WhoSaid: the sample article and the benchmark folder. */
    static BenchCorpus bundled() {
        List<Base> bases = new ArrayList<>();
        bases.add(Base.parse("toretsk.txt", resource("/org/whosaid/service/" + ImportService.SAMPLE_RESOURCE)));
        for (String name : folderTexts()) {
            bases.add(Base.parse(name, resource(FOLDER + "/" + name)));
        }
        return new BenchCorpus(bases);
    }

    int baseCount() {
        return bases.size();
    }

    /** Article number {@code index} (from 0): the same index always gives the same article. */
    ArticleContent article(int index) {
        Base base = bases.get(index % bases.size());
        int round = index / bases.size();
        Random random = new Random(index * 7919L + 17);
        List<String> paragraphs = new ArrayList<>(base.paragraphs());
        if (round > 0) {
            Collections.shuffle(paragraphs.subList(1, paragraphs.size()), random);
        }
        StringBuilder text = new StringBuilder();
        for (String paragraph : paragraphs) {
            text.append(rename(paragraph, round)).append('\n');
        }
        text.append("This is article ").append(index + 1).append(" of the WhoSaid benchmark.\n");
        String published = LocalDate.of(2025, 1, 1).plusDays(index % 365).toString();
        return new ArticleContent(rename(base.title(), round), null, OUTLETS.get(index % OUTLETS.size()), null,
                published, "en", text.toString());
    }

    /** Swaps known place and person names for others from the pools; round 0 keeps the originals. */
    private static String rename(String text, int round) {
        if (round == 0) {
            return text;
        }
        Matcher m = NAMES.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 16);
        while (m.find()) {
            String name = m.group(1);
            List<String> pool = PLACES.contains(name) ? PLACE_POOL : PEOPLE_POOL;
            int slot = Math.floorMod(name.hashCode() + round * 31, pool.size());
            m.appendReplacement(out, Matcher.quoteReplacement(pool.get(slot)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String resource(String name) {
        try (InputStream in = BenchCorpus.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the benchmark text " + name + " is missing from this build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the benchmark text " + name, e);
        }
    }

    /** Names of the {@code *.txt} files in the benchmark folder, sorted; works from a folder or from the jar. */
    private static List<String> folderTexts() {
        // Found through its README: the package's folder name alone may resolve to the test classes' folder first.
        URL url = BenchCorpus.class.getResource(FOLDER + "/README.md");
        if (url == null) {
            return List.of();
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return list(jar.provider().getPath(uri).getParent());
                }
            }
            return list(Path.of(uri).getParent());
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot list the benchmark texts at " + url, e);
        }
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList();
        }
    }

    /** One bundled text: its headline and its paragraphs (non-blank lines after the headline). */
    private record Base(String name, String title, List<String> paragraphs) {
        static Base parse(String name, String text) {
            List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            if (lines.size() < 2) {
                throw new IllegalStateException("the benchmark text " + name + " has no paragraphs");
            }
            return new Base(name, lines.get(0), lines.subList(1, lines.size()));
        }
    }
}
