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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local HTTP server (on a free port) that answers with recorded-shape files from a classpath folder, for testing a
 * client of an outside source. A GET is matched on its path and query parameters (in any order, decoded); a POST on
 * its path and fragments its body must contain (e.g. a SOAP operation and an id). It can be told to fail a request
 * once, to test what a client does when the source errs and what happens when it is asked again. When several
 * answers match a request, the one added last wins (so a test can override a general answer); a request nothing
 * matches is answered 404. Every request is recorded.
 */
public final class FixtureServer implements AutoCloseable {

    /** A request as the server received it. */
    public record Request(String method, String path, String query, String body) {
    }

    private record Route(String method, String path, Map<String, List<String>> query, List<String> bodyContains,
            byte[] content, String contentType, int[] failures, int status) {

        boolean matches(String method, String path, Map<String, List<String>> query, String body) {
            return this.method.equals(method) && this.path.equals(path)
                    && (this.query == null || this.query.equals(query))
                    && bodyContains.stream().allMatch(body::contains);
        }
    }

    private final String folder;
    private final HttpServer server;
    private final List<Route> routes = new CopyOnWriteArrayList<>();
    private final List<Route> failures = new CopyOnWriteArrayList<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    private FixtureServer(String folder) {
        this.folder = folder.replaceAll("^/+|/+$", "");
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::answer);
        server.start();
    }

    /** A started server answering with files from {@code classpathFolder}, e.g. "harvest/notubiz". */
    public static FixtureServer serving(String classpathFolder) {
        return new FixtureServer(classpathFolder);
    }

    /**
     * Answer a GET of {@code pathAndQuery} ("/items?page=2&from=2025-01-01 00:00:00", written encoded or not) with
     * {@code file} from the folder.
     */
    public FixtureServer get(String pathAndQuery, String file) {
        routes.add(route("GET", pathAndQuery, List.of(), file, 0, 200));
        return this;
    }

    /** Answer a POST to {@code path} whose body contains every fragment with {@code file} from the folder. */
    public FixtureServer post(String path, String file, String... bodyContains) {
        routes.add(route("POST", path, Arrays.asList(bodyContains), file, 0, 200));
        return this;
    }

    /** Answer the next GET of {@code pathAndQuery} with {@code status}; later ones as usual. */
    public FixtureServer failOnceOnGet(String pathAndQuery, int status) {
        failures.add(route("GET", pathAndQuery, List.of(), null, 1, status));
        return this;
    }

    /** Answer the next POST to {@code path} whose body contains every fragment with {@code status}. */
    public FixtureServer failOnceOnPost(String path, int status, String... bodyContains) {
        failures.add(route("POST", path, Arrays.asList(bodyContains), null, 1, status));
        return this;
    }

    /** The server's base URL, "http://127.0.0.1:port". */
    public URI uri() {
        return URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort());
    }

    /** The URL of {@code path} on this server. */
    public URI uri(String path) {
        return URI.create(uri() + path);
    }

    /** The requests received so far, in order. */
    public List<Request> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private Route route(String method, String pathAndQuery, List<String> bodyContains, String file, int failures,
            int status) {
        int question = pathAndQuery.indexOf('?');
        String path = question < 0 ? pathAndQuery : pathAndQuery.substring(0, question);
        byte[] content = file == null ? ("Fout " + status).getBytes(StandardCharsets.UTF_8) : read(file);
        String contentType = file == null ? "text/plain; charset=utf-8"
                : file.endsWith(".json") ? "application/json; charset=utf-8"
                : file.endsWith(".xml") ? "text/xml; charset=utf-8" : "text/plain; charset=utf-8";
        Map<String, List<String>> query = "GET".equals(method)
                ? parameters(question < 0 ? null : pathAndQuery.substring(question + 1)) : null;
        return new Route(method, path, query, List.copyOf(bodyContains), content, contentType,
                new int[] {failures}, status);
    }

    private byte[] read(String file) {
        String resource = "/" + folder + "/" + file;
        try (InputStream in = FixtureServer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("Geen fixture " + resource + " op het classpath.");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getRawPath();
            String rawQuery = exchange.getRequestURI().getRawQuery();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(new Request(method, path, rawQuery, body));
            Map<String, List<String>> query = parameters(rawQuery);
            Route failure = failures.stream()
                    .filter(route -> route.failures()[0] > 0 && route.matches(method, path, query, body))
                    .findFirst().orElse(null);
            if (failure != null) {
                failure.failures()[0]--;
                send(exchange, failure.status(), failure.contentType(), failure.content());
                return;
            }
            Route route = null;
            for (int i = routes.size() - 1; i >= 0 && route == null; i--) {
                route = routes.get(i).matches(method, path, query, body) ? routes.get(i) : null;
            }
            if (route == null) {
                send(exchange, 404, "text/plain; charset=utf-8", ("Geen fixture voor " + method + " " + path
                        + (rawQuery == null ? "" : "?" + rawQuery)).getBytes(StandardCharsets.UTF_8));
                return;
            }
            send(exchange, route.status(), route.contentType(), route.content());
        }
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] content)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, content.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(content);
        }
    }

    private static Map<String, List<String>> parameters(String rawQuery) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            parameters.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        parameters.values().forEach(values -> values.sort(null));
        return parameters;
    }
}
