package org.whosaid.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** A web server on 127.0.0.1 for tests that fetch pages or feeds (tests never reach the internet), and its answers. */
public final class LocalHttp {

    private LocalHttp() {
    }

    /** A server on a free port of 127.0.0.1, not started yet. */
    public static HttpServer server() throws IOException {
        return HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
    }

    /** The server's address, {@code http://127.0.0.1:PORT}. */
    public static String base(HttpServer server) {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Answers {@code ex} with {@code status}, the Content-Type {@code type} and {@code body}. */
    public static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }
}
