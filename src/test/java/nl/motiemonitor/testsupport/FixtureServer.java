package nl.motiemonitor.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A source on this machine: an HTTP server on a free port that answers each request from the fixture files of the
 * source's current state (a folder under {@code src/test/resources/harvest/}), as the source's {@link Responder}
 * chooses them (each source has one: {@code TweedeKamerFixtures}, {@code NotubizFixtures}, {@code IbabsFixtures}).
 * A later state is a folder below the first that holds only what changed ({@link #read}). The server remembers every
 * request, and can fail one kind of request once (503), as a source that breaks halfway a harvest.
 */
public final class FixtureServer implements AutoCloseable {

    /** A request as the source got it: method, path, query parameters (decoded) and body. */
    public record Request(String method, String path, String query, Map<String, String> parameters, String body) {
    }

    /** An answer: status, content type and body. */
    public record Response(int status, String contentType, String body) {

        public static Response notFound(String why) {
            return new Response(404, "text/plain; charset=utf-8", why);
        }
    }

    /** How one kind of source answers a request from the files of a state (folder) of it. */
    @FunctionalInterface
    public interface Responder {
        Response respond(String folder, Request request, String baseUrl) throws IOException;
    }

    private final HttpServer server;
    private final Responder responder;
    private final String path;
    private final AtomicReference<String> folder;
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    private final AtomicReference<Predicate<Request>> failOnce = new AtomicReference<>();

    /**
     * @param folder the source's state to start with: a classpath folder such as {@code harvest/tweedekamer}
     * @param path   where the source's API starts on the server, such as {@code /OData/v4/2.0/}
     */
    public FixtureServer(String folder, String path, Responder responder) {
        this.folder = new AtomicReference<>(folder);
        this.path = path;
        this.responder = responder;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    /** The source's base URL: {@code http://127.0.0.1:<port><path>}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** From now on the source is in this state (another folder): a later day at the source. */
    public void moveTo(String laterFolder) {
        folder.set(laterFolder);
    }

    /** The next request that matches fails (503), once. */
    public void failOnce(Predicate<Request> request) {
        failOnce.set(request);
    }

    /** Every request so far, in order. */
    public List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    public void forgetRequests() {
        requests.clear();
    }

    /**
     * A fixture file of a state, as text: the state's own, else the state's above it (a later state, a folder below
     * the first, holds only the files that changed); null when no state has it.
     */
    public static String read(String folder, String file) throws IOException {
        for (String state = folder; state != null; state = state.contains("/")
                ? state.substring(0, state.lastIndexOf('/')) : null) {
            try (InputStream in = FixtureServer.class.getClassLoader().getResourceAsStream(state + "/" + file)) {
                if (in != null) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        return null;
    }

    /** The query's parameters, decoded (the last of a name counts). */
    public static Map<String, String> parameters(String query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    parameters.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(equals + 1).replace("+", "%2B"), StandardCharsets.UTF_8));
                }
            }
        }
        return parameters;
    }

    private void handle(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Request request = new Request(exchange.getRequestMethod(), uri.getPath(), uri.getRawQuery(),
                parameters(uri.getRawQuery()), body);
        requests.add(request);
        Predicate<Request> failing = failOnce.get();
        Response response;
        if (failing != null && failing.test(request) && failOnce.compareAndSet(failing, null)) {
            response = new Response(503, "text/plain; charset=utf-8", "Even niet beschikbaar.");
        } else {
            try {
                response = responder.respond(folder.get(), request, baseUrl());
            } catch (RuntimeException e) {
                response = new Response(500, "text/plain; charset=utf-8", String.valueOf(e.getMessage()));
            }
        }
        byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", response.contentType());
        exchange.sendResponseHeaders(response.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
