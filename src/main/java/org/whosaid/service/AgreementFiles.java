package org.whosaid.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.whosaid.service.agreement.Agreement;
import org.whosaid.service.agreement.Coding;
import org.whosaid.export.WebAnnotationImporter;
import org.whosaid.export.WebAnnotationImporter.Shared;
import org.whosaid.export.WebAnnotationStream;
import org.whosaid.model.Stance;
import org.whosaid.model.StatementKind;

/**
 * Reads the coders' Web Annotation exports ({@code export --format webanno}, one file per coder) as their codings
 * and compares them; needs no library. Articles are told apart by content hash, else URL, else title.
 */
public final class AgreementFiles {
    static final String HASH = "sha256:";
    static final String TITLE = "title:";

    private AgreementFiles() {
    }

    /** One coder's export; {@code name} null takes the name its annotations give their creator, else the file's. */
    public record CoderFile(String name, Path file) {
        /** "Maria=maria.jsonld" names the coder; a bare file name leaves the name to the file. */
        public static CoderFile parse(String argument) {
            int eq = argument.indexOf('=');
            if (eq > 0 && !Files.exists(Path.of(argument))) {
                return new CoderFile(argument.substring(0, eq).strip(), Path.of(argument.substring(eq + 1)));
            }
            return new CoderFile(null, Path.of(argument));
        }
    }

    /**
     * Reads each coder's export and compares them. A file that cannot be read, or holds a bad value, stops it with an
     * IOException naming the file and the reason.
     */
    public static AgreementService.Comparison compare(List<CoderFile> files) throws IOException {
        if (files.size() < 2) {
            throw new IllegalArgumentException("agreement needs the exports of two coders or more");
        }
        Map<String, String> titles = new HashMap<>();
        List<List<Coding>> codings = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (CoderFile f : files) {
            List<Coding> mine = new ArrayList<>();
            Set<String> creators = new LinkedHashSet<>();
            try (InputStream in = Files.newInputStream(f.file())) {
                WebAnnotationStream.read(in, shared -> {
                    String key = articleKey(shared);
                    titles.putIfAbsent(key, shared.title() == null ? key : shared.title());
                    if (shared.creator() != null) {
                        creators.add(shared.creator());
                    }
                    mine.add(coding(key, shared));
                });
            } catch (NoSuchFileException e) {
                throw new IOException(f.file() + ": no such file", e);
            } catch (IOException e) {
                throw new IOException(f.file() + ": " + e.getMessage(), e);
            }
            codings.add(mine);
            names.add(f.name() != null && !f.name().isBlank() ? f.name().strip()
                    : creators.size() == 1 ? creators.iterator().next() : stem(f.file()));
        }
        return new AgreementService.Comparison(Agreement.compare(distinct(names, files), codings), titles, Map.of(),
                false);
    }

    /** Coders whose files gave the same name are told apart by their files' names. */
    private static List<String> distinct(List<String> names, List<CoderFile> files) {
        List<String> result = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            boolean clash = names.indexOf(name) != names.lastIndexOf(name) && files.get(i).name() == null;
            result.add(clash ? stem(files.get(i).file()) : name);
        }
        return result;
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String articleKey(Shared shared) {
        return WebAnnotationImporter.hash(shared).map(h -> HASH + h)
                .or(() -> WebAnnotationImporter.url(shared))
                .orElse(TITLE + shared.title());
    }

    private static Coding coding(String key, Shared s) {
        String kind = s.kind() != null ? s.kind()
                : (s.source() == null ? StatementKind.UNATTRIBUTED : StatementKind.CLAIM).code();
        int start = Math.max(0, s.start());
        int end = s.end() >= start ? s.end() : start + s.exact().codePointCount(0, s.exact().length());
        return new Coding(key, start, end, s.exact(), kind, s.source(), s.party(),
                s.stance() == null ? Stance.ASSERTS.code() : s.stance(), s.number());
    }
}
