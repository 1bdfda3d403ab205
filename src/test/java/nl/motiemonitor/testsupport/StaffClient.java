package nl.motiemonitor.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SSLSession;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * A browser-like HTTP client for the portal under test, as staff use it: keeps cookies, sends the CSRF token of the
 * last page it read with every POST, and never follows redirects. {@link #clerk}, {@link #member} and {@link #admin}
 * create a fresh user and log in. Each client connects from its own loopback address (127.x.y.z), so the per-address
 * login throttling of one test never affects another: plain HTTP/1.0 over a socket, because the JDK's HttpClient cannot
 * choose its local address.
 */
public final class StaffClient {

    private byte[] lastBody = new byte[0];

    public static final String PASSWORD = "een lang genoeg wachtwoord";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final int port;
    private final InetAddress localAddress;
    private final Map<String, String> cookies;
    private String csrf;
    private String username;

    private StaffClient(int port, String localAddress) {
        this.port = port;
        this.cookies = new LinkedHashMap<>();
        try {
            this.localAddress = InetAddress.getByName(localAddress);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private StaffClient(int port, StaffClient browser) {
        this.port = port;
        this.cookies = browser.cookies;
        this.localAddress = browser.localAddress;
        this.csrf = browser.csrf;
        this.username = browser.username;
    }

    /** A client, not logged in, from a loopback address no other test uses. */
    public static StaffClient fresh(int port) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new StaffClient(port, "127." + random.nextInt(1, 255) + "." + random.nextInt(0, 256) + "."
                + random.nextInt(1, 255));
    }

    public static StaffClient clerk(int port, JdbcTemplate jdbc, String bodySlug) {
        return loggedInNewUser(port, jdbc, false, Map.of(bodySlug, "CLERK"));
    }

    public static StaffClient member(int port, JdbcTemplate jdbc, String bodySlug) {
        return loggedInNewUser(port, jdbc, false, Map.of(bodySlug, "MEMBER"));
    }

    public static StaffClient admin(int port, JdbcTemplate jdbc) {
        return loggedInNewUser(port, jdbc, true, Map.of());
    }

    private static StaffClient loggedInNewUser(int port, JdbcTemplate jdbc, boolean admin, Map<String, String> roles) {
        String username = "test-" + UUID.randomUUID().toString().substring(0, 8);
        createUser(jdbc, username, "Test " + username, admin, roles);
        return fresh(port).loggedInAs(username, PASSWORD);
    }

    /**
     * A user with {@link #PASSWORD} and these roles per body slug ({@code CLERK}, {@code MEMBER}). Written as rows:
     * the account module's service is package-private, and the account tests create users through it.
     */
    public static void createUser(JdbcTemplate jdbc, String username, String displayName, boolean admin,
            Map<String, String> roles) {
        String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD);
        Long id = jdbc.queryForObject("insert into users (username, display_name, password_hash, admin) "
                + "values (?, ?, ?, ?) returning id", Long.class, username, displayName, hash, admin);
        roles.forEach((slug, role) -> jdbc.update("insert into user_body_roles (user_id, body_id, role) "
                + "select ?, id, ? from bodies where slug = ?", id, role, slug));
    }

    /**
     * The same browser (its cookies, shared from now on, its address and CSRF token) sent to the instance of the
     * portal on {@code otherPort}, as a proxy in front of several instances would.
     */
    public StaffClient at(int otherPort) {
        return new StaffClient(otherPort, this);
    }

    /** Another client (no cookies) from the same address. */
    public StaffClient sameAddress() {
        return new StaffClient(port, localAddress.getHostAddress());
    }

    public String address() {
        return localAddress.getHostAddress();
    }

    public String sessionId() {
        return cookies.get("SESSION");
    }

    /** Who logged in, if one did. */
    public String username() {
        return username;
    }

    public String displayName() {
        return "Test " + username;
    }

    /** The body of a GET as bytes, for downloads (CSV, Excel) that are no text. */
    public byte[] getBytes(String path) {
        Response response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError(path + " answered " + response.statusCode());
        }
        return lastBody.clone();
    }

    private static byte[] bodyBytes(byte[] raw) {
        for (int i = 0; i + 3 < raw.length; i++) {
            if (raw[i] == '\r' && raw[i + 1] == '\n' && raw[i + 2] == '\r' && raw[i + 3] == '\n') {
                return java.util.Arrays.copyOfRange(raw, i + 4, raw.length);
            }
        }
        return new byte[0];
    }

    public Response get(String path) {
        return send("GET", path, null, null);
    }

    /** POSTs the form fields plus the CSRF token of the last page read. */
    public Response post(String path, Map<String, String> fields) {
        return post(path, new ArrayList<>(fields.entrySet()));
    }

    public Response post(String path, List<Map.Entry<String, String>> fields) {
        List<Map.Entry<String, String>> all = new ArrayList<>(fields);
        if (csrf != null && all.stream().noneMatch(field -> field.getKey().equals("_csrf"))) {
            all.add(Map.entry("_csrf", csrf));
        }
        StringBuilder body = new StringBuilder();
        for (Map.Entry<String, String> field : all) {
            if (!body.isEmpty()) {
                body.append('&');
            }
            body.append(URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8));
        }
        return send("POST", path, "application/x-www-form-urlencoded", body.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Posts without any CSRF token, as a forged request from another site would. */
    public Response postWithoutCsrf(String path, Map<String, String> fields) {
        String saved = csrf;
        csrf = null;
        try {
            return post(path, fields);
        } finally {
            csrf = saved;
        }
    }

    /** A file for a multipart form post. */
    public record Upload(String field, String fileName, String contentType, byte[] content) {
    }

    /** Posts a multipart form (file uploads plus fields) with the CSRF token of the last page read. */
    public Response postMultipart(String path, List<Upload> uploads, Map<String, String> fields) {
        String boundary = "----motiemonitor" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        java.util.function.Consumer<String> write = text -> body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (csrf != null) {
            all.put("_csrf", csrf);
        }
        all.forEach((name, value) -> write.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n"));
        for (Upload upload : uploads) {
            write.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + upload.field()
                    + "\"; filename=\"" + upload.fileName().replace("\"", "%22") + "\"\r\nContent-Type: "
                    + upload.contentType() + "\r\n\r\n");
            body.writeBytes(upload.content());
            write.accept("\r\n");
        }
        write.accept("--" + boundary + "--\r\n");
        return send("POST", path, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    /** Reads the login page (for its CSRF token) and submits the login form. */
    public Response login(String username, String password) {
        get("/login");
        return post("/login", Map.of("username", username, "password", password));
    }

    /** Logs in and checks that it worked. */
    public StaffClient loggedInAs(String username, String password) {
        Response response = login(username, password);
        if (response.statusCode() != 302 || !"/beheer".equals(response.location())) {
            throw new AssertionError("Login of " + username + " failed: " + response.statusCode() + " "
                    + response.location());
        }
        this.username = username;
        return this;
    }

    private Response send(String method, String path, String contentType, byte[] content) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(localAddress, 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5000);
            socket.setSoTimeout(30_000);
            StringBuilder request = new StringBuilder();
            request.append(method).append(' ').append(path).append(" HTTP/1.0\r\n");
            request.append("Host: localhost:").append(port).append("\r\n");
            request.append("Accept: text/html\r\n");
            if (!cookies.isEmpty()) {
                request.append("Cookie: ");
                request.append(String.join("; ", cookies.entrySet().stream()
                        .map(cookie -> cookie.getKey() + "=" + cookie.getValue()).toList()));
                request.append("\r\n");
            }
            if (content != null) {
                request.append("Content-Type: ").append(contentType).append("\r\n");
                request.append("Content-Length: ").append(content.length).append("\r\n");
            }
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (content != null) {
                out.write(content);
            }
            out.flush();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(all);
            byte[] raw = all.toByteArray();
            lastBody = bodyBytes(raw);
            Response response = parse(URI.create("http://localhost:" + port + path),
                    new java.io.ByteArrayInputStream(raw));
            remember(response);
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void remember(Response response) {
        for (String setCookie : response.headers("set-cookie")) {
            String pair = setCookie.split(";", 2)[0];
            int equals = pair.indexOf('=');
            String name = pair.substring(0, equals).strip();
            String value = pair.substring(equals + 1).strip();
            boolean expired = setCookie.toLowerCase(Locale.ROOT).contains("max-age=0") || value.isEmpty();
            if (expired) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        Matcher token = CSRF.matcher(response.body());
        if (token.find()) {
            csrf = token.group(1);
        }
    }

    private static Response parse(URI uri, InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        String raw = all.toString(StandardCharsets.UTF_8);
        int end = raw.indexOf("\r\n\r\n");
        String head = end < 0 ? raw : raw.substring(0, end);
        String body = end < 0 ? "" : raw.substring(end + 4);
        String[] lines = head.split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                    k -> new ArrayList<>()).add(lines[i].substring(colon + 1).strip());
        }
        return new Response(uri, status, headers, body);
    }

    /** An answer, readable as any {@link HttpResponse}, with shortcuts for headers and redirects. */
    public record Response(URI uri, int statusCode, Map<String, List<String>> headerMap, String body)
            implements HttpResponse<String> {

        public List<String> headers(String name) {
            return headerMap.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        }

        public String header(String name) {
            List<String> values = headers(name);
            return values.isEmpty() ? null : values.get(0);
        }

        /** The redirect target, without scheme and host. */
        public String location() {
            String location = header("location");
            return location == null ? null : location.replaceFirst("^https?://[^/]+", "");
        }

        @Override
        public HttpHeaders headers() {
            return HttpHeaders.of(headerMap, (name, value) -> true);
        }

        @Override
        public HttpRequest request() {
            return HttpRequest.newBuilder(uri).build();
        }

        @Override
        public Optional<HttpResponse<String>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return Optional.empty();
        }

        @Override
        public HttpClient.Version version() {
            return HttpClient.Version.HTTP_1_1;
        }

        @Override
        public String toString() {
            return statusCode + " " + headerMap + "\n" + (body.length() > 2000 ? body.substring(0, 2000) : body);
        }
    }
}
