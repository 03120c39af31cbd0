package org.whosaid.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.whosaid.model.ArticleContent;
import org.whosaid.model.OutletProfile;

/**
 * Outlet profiles by web domain, from the bundled {@code outlets.json}; an {@code outlets.json} in the data folder
 * adds outlets and replaces bundled ones of the same domain.
 */
public final class OutletDirectory {
    static final String FILE = "outlets.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, OutletProfile> byDomain;
    private final Map<String, OutletProfile> byName = new HashMap<>();

    private OutletDirectory(Map<String, OutletProfile> byDomain) {
        this.byDomain = Map.copyOf(byDomain);
        byDomain.values().forEach(p -> byName.putIfAbsent(p.name().toLowerCase(Locale.ROOT), p));
    }

    /** The bundled outlets only. */
    public static OutletDirectory bundled() {
        return load(null);
    }

    /**
     * The bundled outlets extended by {@code dataDir/outlets.json} when there is one (dataDir may be null).
     *
     * @throws UncheckedIOException naming the file when it cannot be read or is not an outlets file
     */
    public static OutletDirectory load(Path dataDir) {
        Map<String, OutletProfile> outlets = new HashMap<>();
        try (InputStream in = OutletDirectory.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("bundled " + FILE + " is missing from this build");
            }
            read(JSON.readTree(in), "bundled " + FILE, outlets);
        } catch (IOException e) {
            throw new UncheckedIOException("bundled " + FILE + ": " + e.getMessage(), e);
        }
        Path own = dataDir == null ? null : dataDir.resolve(FILE);
        if (own != null && Files.isRegularFile(own)) {
            try {
                read(JSON.readTree(own.toFile()), own.toString(), outlets);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new UncheckedIOException(own + ": not valid JSON (" + e.getOriginalMessage() + ")", e);
            } catch (IOException e) {
                throw new UncheckedIOException(e.getMessage(), e);
            }
        }
        return new OutletDirectory(outlets);
    }

    private static void read(JsonNode root, String file, Map<String, OutletProfile> into) throws IOException {
        JsonNode outlets = root == null ? null : root.get("outlets");
        if (outlets == null || !outlets.isObject()) {
            throw new IOException(file + ": expected {\"outlets\": {\"domain\": {\"name\": ...}}}");
        }
        for (var entry : outlets.properties()) {
            String name = entry.getValue().path("name").asText("").strip();
            if (name.isEmpty()) {
                throw new IOException(file + ": the outlet of " + entry.getKey() + " has no name");
            }
            into.put(domain(entry.getKey()), new OutletProfile(name, text(entry.getValue(), "country"),
                    text(entry.getValue(), "ownership")));
        }
    }

    private static String text(JsonNode node, String field) {
        String s = node.path(field).asText("").strip();
        return s.isEmpty() ? null : s;
    }

    /** The outlet of an address: its host, else the nearest parent domain listed ("edition.cnn.com" → CNN). */
    public Optional<OutletProfile> forUrl(String url) {
        String host = host(url);
        for (String d = host; d != null; d = parent(d)) {
            OutletProfile p = byDomain.get(d);
            if (p != null) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The profile of an outlet by its name as stored on articles, ignoring case. */
    public Optional<OutletProfile> byName(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(byName.get(name.strip().toLowerCase(Locale.ROOT)));
    }

    public int size() {
        return byDomain.size();
    }

    /**
     * The article with its outlet settled: the listed outlet of its domain (so every page of one outlet groups
     * under one name), else the outlet its metadata, feed or channel named, else its bare host name.
     */
    public ArticleContent complete(ArticleContent content) {
        String outlet = forUrl(content.url()).map(OutletProfile::name).orElse(null);
        if (outlet == null && content.outlet() != null && !content.outlet().isBlank()) {
            return content;
        }
        if (outlet == null) {
            outlet = host(content.url());
        }
        if (outlet == null || outlet.equals(content.outlet())) {
            return content;
        }
        return new ArticleContent(content.title(), content.byline(), outlet, content.url(), content.published(),
                content.language(), content.text(), content.dateline(), content.corrections());
    }

    /** "www.bbc.co.uk" → "bbc.co.uk"; null for no address or one without a host. */
    static String host(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null || host.isBlank()) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String domain(String key) {
        String d = key.strip().toLowerCase(Locale.ROOT);
        return d.startsWith("www.") ? d.substring(4) : d;
    }

    private static String parent(String domain) {
        int dot = domain.indexOf('.');
        return dot < 0 || domain.indexOf('.', dot + 1) < 0 ? null : domain.substring(dot + 1);
    }
}
