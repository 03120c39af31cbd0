package org.whosaid.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Downloads one http(s) page or feed: only http and https, redirects followed by hand (at most 5, never to another
 * scheme), a timeout for connecting and for the whole request, the body capped while it is read.
 */
final class UrlFetcher {
    static final int MAX_REDIRECTS = 5;
    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*\"?([^\";\\s]+)", Pattern.CASE_INSENSITIVE);
    private static final Map<Integer, String> STATUS = Map.of(400, "Bad Request", 401, "Unauthorized",
            403, "Forbidden", 404, "Not Found", 410, "Gone", 429, "Too Many Requests", 500, "Internal Server Error",
            502, "Bad Gateway", 503, "Service Unavailable", 504, "Gateway Timeout");

    /** A downloaded page: its bytes, the charset its header names (or null), HTML or PDF or text, where it ended up. */
    record Page(byte[] body, String charset, boolean html, boolean pdf, String finalUrl) {
    }

    private final long maxBytes;
    private final Duration timeout;
    private HttpClient client;

    UrlFetcher(long maxBytes, Duration timeout) {
        this.maxBytes = maxBytes;
        this.timeout = timeout;
    }

    /** Built on first use: a client owns a selector thread, and most readers never open a URL. */
    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(timeout)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
        }
        return client;
    }

    /** A downloaded feed, or word that it is unchanged since the validators sent; the validators to send next time. */
    record Feed(boolean notModified, byte[] body, String etag, String lastModified, String finalUrl) {
    }

    private static final String PAGE_TYPES = "text/html,application/xhtml+xml,application/pdf,text/plain;q=0.9";
    private static final String FEED_TYPES = "application/rss+xml,application/atom+xml,application/rdf+xml,"
            + "application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1";

    Page fetch(URI url) throws IngestException {
        String input = url.toString();
        Reply reply = follow(url, PAGE_TYPES, Map.of());
        HttpResponse<InputStream> response = reply.response();
        String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        String mime = type.split(";", 2)[0].strip();
        boolean html = mime.isEmpty() || mime.equals("text/html") || mime.equals("application/xhtml+xml");
        boolean pdf = mime.equals("application/pdf");
        if (!html && !pdf && !mime.startsWith("text/")) {
            closeQuietly(response.body());
            throw new IngestException(input, "not an HTML, text or PDF page (" + mime + ")");
        }
        byte[] body = body(response, input);
        Matcher m = CHARSET.matcher(type);
        return new Page(body, m.find() ? m.group(1) : null, html, pdf, reply.url().toString());
    }

    /** Downloads a feed with a conditional GET: the ETag and Last-Modified of the last download (either may be null). */
    Feed fetchFeed(URI url, String etag, String lastModified) throws IngestException {
        Map<String, String> conditions = new java.util.HashMap<>();
        if (etag != null && !etag.isBlank()) {
            conditions.put("If-None-Match", etag);
        }
        if (lastModified != null && !lastModified.isBlank()) {
            conditions.put("If-Modified-Since", lastModified);
        }
        Reply reply = follow(url, FEED_TYPES, conditions);
        HttpResponse<InputStream> response = reply.response();
        String newEtag = response.headers().firstValue("ETag").orElse(etag);
        String newModified = response.headers().firstValue("Last-Modified").orElse(lastModified);
        if (response.statusCode() == 304) {
            closeQuietly(response.body());
            return new Feed(true, null, newEtag, newModified, reply.url().toString());
        }
        return new Feed(false, body(response, url.toString()), newEtag, newModified, reply.url().toString());
    }

    private record Reply(HttpResponse<InputStream> response, URI url) {
    }

    /** Sends a GET and follows redirects; the reply is a 2xx, or a 304 when conditions were sent. */
    private Reply follow(URI url, String accept, Map<String, String> conditions) throws IngestException {
        String input = url.toString();
        URI current = url;
        for (int redirects = 0; ; redirects++) {
            checkScheme(current, input);
            HttpResponse<InputStream> response = send(current, input, accept, conditions);
            int status = response.statusCode();
            if (status == 304 && !conditions.isEmpty()) {
                return new Reply(response, current);
            }
            if (status >= 300 && status < 400 && status != 304) {
                closeQuietly(response.body());
                Optional<String> location = response.headers().firstValue("Location");
                if (location.isEmpty()) {
                    throw new IngestException(input, "HTTP " + status + " redirect without a Location");
                }
                if (redirects >= MAX_REDIRECTS) {
                    throw new IngestException(input, "more than " + MAX_REDIRECTS + " redirects");
                }
                try {
                    current = current.resolve(location.get().strip());
                } catch (IllegalArgumentException e) {
                    throw new IngestException(input, "redirect to an invalid address: " + location.get());
                }
                continue;
            }
            if (status < 200 || status >= 300) {
                closeQuietly(response.body());
                throw new IngestException(input, "HTTP " + status + " " + STATUS.getOrDefault(status, "error").strip());
            }
            return new Reply(response, current);
        }
    }

    private byte[] body(HttpResponse<InputStream> response, String input) throws IngestException {
        long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > maxBytes) {
            closeQuietly(response.body());
            throw new IngestException(input, "larger than the " + ArticleReader.megabytes(maxBytes)
                    + " limit (" + ArticleReader.megabytes(declared) + ")");
        }
        return readCapped(response.body(), input);
    }

    private static void checkScheme(URI url, String input) throws IngestException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            String where = url.toString().equals(input) ? "" : " (redirected to " + url + ")";
            throw new IngestException(input, "only http and https addresses can be imported"
                    + (scheme.isEmpty() ? "" : ", not " + scheme + ":") + where);
        }
        if (url.getHost() == null || url.getHost().isBlank()) {
            throw new IngestException(input, "the address has no host");
        }
    }

    private HttpResponse<InputStream> send(URI url, String input, String accept, Map<String, String> conditions)
            throws IngestException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("User-Agent", "WhoSaid/0.1 (article import)")
                .header("Accept", accept)
                .GET();
        conditions.forEach(builder::header);
        HttpRequest request = builder.build();
        try {
            return client().send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException e) {
            throw new IngestException(input, "could not connect within " + timeout.toSeconds() + " s", e);
        } catch (HttpTimeoutException e) {
            throw new IngestException(input, "timed out after " + timeout.toSeconds() + " s", e);
        } catch (ConnectException e) {
            throw new IngestException(input, "could not connect (" + (e.getMessage() == null ? "refused" : e.getMessage()) + ")", e);
        } catch (IOException e) {
            throw new IngestException(input, "download failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IngestException(input, "download interrupted", e);
        }
    }

    /** Reads at most one byte over the limit; a watchdog closes the stream when the body trickles in past the timeout. */
    private byte[] readCapped(InputStream body, String input) throws IngestException {
        AtomicBoolean timedOut = new AtomicBoolean();
        CompletableFuture<Void> watchdog = CompletableFuture.runAsync(() -> {
            timedOut.set(true);
            closeQuietly(body);
        }, CompletableFuture.delayedExecutor(timeout.toMillis(), TimeUnit.MILLISECONDS));
        try (InputStream in = body) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (timedOut.get()) {
                throw new IngestException(input, "timed out after " + timeout.toSeconds() + " s");
            }
            if (bytes.length > maxBytes) {
                throw new IngestException(input, "larger than the " + ArticleReader.megabytes(maxBytes) + " limit");
            }
            return bytes;
        } catch (IOException e) {
            if (timedOut.get() || e instanceof HttpTimeoutException) {
                throw new IngestException(input, "timed out after " + timeout.toSeconds() + " s", e);
            }
            throw new IngestException(input, "download failed: " + e, e);
        } finally {
            watchdog.cancel(false);
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // the response is abandoned anyway
        }
    }
}
