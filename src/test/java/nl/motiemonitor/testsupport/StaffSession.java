package nl.motiemonitor.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * A browser-like HTTP session against the portal under test: cookies, the CSRF token of the last page, and form
 * posts. {@link #clerk}, {@link #member} and {@link #admin} create a fresh user in the database and log in.
 */
public final class StaffSession {

    public static final String PASSWORD = "een lang genoeg wachtwoord";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private final String username;
    private String csrf;

    private StaffSession(int port, String username) {
        this.base = "http://localhost:" + port;
        this.username = username;
    }

    public static StaffSession anonymous(int port) {
        return new StaffSession(port, null);
    }

    public static StaffSession clerk(int port, JdbcTemplate jdbc, String bodySlug) {
        return login(port, jdbc, false, Map.of(bodySlug, "CLERK"));
    }

    public static StaffSession member(int port, JdbcTemplate jdbc, String bodySlug) {
        return login(port, jdbc, false, Map.of(bodySlug, "MEMBER"));
    }

    public static StaffSession admin(int port, JdbcTemplate jdbc) {
        return login(port, jdbc, true, Map.of());
    }

    private static StaffSession login(int port, JdbcTemplate jdbc, boolean admin, Map<String, String> roles) {
        String username = "test-" + UUID.randomUUID().toString().substring(0, 8);
        String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD);
        Long id = jdbc.queryForObject("insert into users (username, display_name, password_hash, admin) "
                + "values (?, ?, ?, ?) returning id", Long.class, username, "Test " + username, hash, admin);
        roles.forEach((slug, role) -> jdbc.update("insert into user_body_roles (user_id, body_id, role) "
                + "select ?, id, ? from bodies where slug = ?", id, role, slug));
        // every test logs in from the same address; earlier failures must not throttle this login
        jdbc.update("delete from login_attempts");
        StaffSession session = new StaffSession(port, username);
        session.get("/login");
        HttpResponse<String> response = session.post("/login", Map.of("username", username, "password", PASSWORD));
        if (response.statusCode() != 302 || !response.headers().firstValue("Location").orElse("").endsWith("/beheer")) {
            throw new IllegalStateException("Login of " + username + " failed: " + response.statusCode() + " "
                    + response.headers().map());
        }
        return session;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return "Test " + username;
    }

    public HttpResponse<String> get(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path)).GET()
                .header("Accept", "text/html").build());
        Matcher token = CSRF.matcher(response.body());
        if (token.find()) {
            csrf = token.group(1);
        }
        return response;
    }

    /** Posts a form with the CSRF token of the last page fetched. */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        List<Map.Entry<String, String>> entries = new ArrayList<>(fields.entrySet());
        return post(path, entries);
    }

    public HttpResponse<String> post(String path, List<Map.Entry<String, String>> fields) {
        List<Map.Entry<String, String>> all = new ArrayList<>(fields);
        if (csrf != null) {
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
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path))
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html").build());
        Matcher token = CSRF.matcher(response.body());
        if (token.find()) {
            csrf = token.group(1);
        }
        return response;
    }

    /** A file for a multipart form post. */
    public record Upload(String field, String fileName, String contentType, byte[] content) {
    }

    /** Posts a multipart form (file uploads plus fields) with the CSRF token of the last page fetched. */
    public HttpResponse<String> postMultipart(String path, List<Upload> uploads, Map<String, String> fields) {
        String boundary = "----motiemonitor" + UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        java.util.function.Consumer<String> write = text -> body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        Map<String, String> all = new java.util.LinkedHashMap<>(fields);
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
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", "text/html")
                .build());
        Matcher token = CSRF.matcher(response.body());
        if (token.find()) {
            csrf = token.group(1);
        }
        return response;
    }

    /** Posts without any CSRF token, as a forged request from another site would. */
    public HttpResponse<String> postWithoutCsrf(String path, Map<String, String> fields) {
        String saved = csrf;
        csrf = null;
        try {
            return post(path, fields);
        } finally {
            csrf = saved;
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
