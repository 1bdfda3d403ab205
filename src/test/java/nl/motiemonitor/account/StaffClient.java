package nl.motiemonitor.account;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser-like HTTP client for the staff area: keeps cookies, sends the CSRF token of the last page it read with
 * every POST, and never follows redirects. Each client connects from its own loopback address (127.x.y.z), so the
 * per-address login throttling of one test never affects another. Plain HTTP/1.0 over a socket, because the JDK 17
 * HttpClient cannot choose its local address.
 */
final class StaffClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final int port;
    private final InetAddress localAddress;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String csrf;

    StaffClient(int port, String localAddress) {
        this.port = port;
        try {
            this.localAddress = InetAddress.getByName(localAddress);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A client from a loopback address no other test uses. */
    static StaffClient fresh(int port) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new StaffClient(port, "127." + random.nextInt(1, 255) + "." + random.nextInt(0, 256) + "."
                + random.nextInt(1, 255));
    }

    /** Another client (no cookies) from the same address. */
    StaffClient sameAddress() {
        return new StaffClient(port, localAddress.getHostAddress());
    }

    String address() {
        return localAddress.getHostAddress();
    }

    String sessionId() {
        return cookies.get("JSESSIONID");
    }

    Response get(String path) {
        return send("GET", path, null);
    }

    /** POSTs the form fields plus the CSRF token of the last page read. */
    Response post(String path, Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (csrf != null && !all.containsKey("_csrf")) {
            all.put("_csrf", csrf);
        }
        all.forEach((name, value) -> {
            if (!body.isEmpty()) {
                body.append('&');
            }
            body.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        });
        return send("POST", path, body.toString());
    }

    /** Reads the login page (for its CSRF token) and submits the login form. */
    Response login(String username, String password) {
        get("/login");
        return post("/login", Map.of("username", username, "password", password));
    }

    /** Logs in and checks that it worked. */
    StaffClient loggedInAs(String username, String password) {
        Response response = login(username, password);
        if (response.status() != 302 || !"/beheer".equals(response.location())) {
            throw new AssertionError("Login of " + username + " failed: " + response.status() + " "
                    + response.location());
        }
        return this;
    }

    private Response send(String method, String path, String body) {
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
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            if (body != null) {
                request.append("Content-Type: application/x-www-form-urlencoded\r\n");
                request.append("Content-Length: ").append(content.length).append("\r\n");
            }
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            Response response = parse(socket.getInputStream());
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

    private static Response parse(InputStream in) throws IOException {
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
        return new Response(status, headers, body);
    }

    record Response(int status, Map<String, List<String>> headerMap, String body) {

        List<String> headers(String name) {
            return headerMap.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        }

        String header(String name) {
            List<String> values = headers(name);
            return values.isEmpty() ? null : values.get(0);
        }

        /** The redirect target, without scheme and host. */
        String location() {
            String location = header("location");
            return location == null ? null : location.replaceFirst("^https?://[^/]+", "");
        }

        @Override
        public String toString() {
            return status + " " + headerMap + "\n" + (body.length() > 2000 ? body.substring(0, 2000) : body);
        }
    }
}
