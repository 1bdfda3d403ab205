package nl.motiemonitor.harvest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The one way a source client asks a source for a page: GET with timeouts, a name the source can recognise us by,
 * and a cap on what it reads, so a slow or endless answer cannot hold the harvest or the portal's memory. An answer
 * other than 200 is a {@link HarvestSourceException}.
 */
public final class SourceHttp {

    /** More than any page of any source we know (the Kamer's pages of 250 records are about 1 MB). */
    static final int MAX_BYTES = 32 * 1024 * 1024;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    private static final String USER_AGENT = "Motiemonitor-oogster/1 (+https://github.com/motiemonitor)";

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    /** The body of {@code uri} as text (UTF-8 unless the source says otherwise). */
    public String get(URI uri, String accept) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(REQUEST_TIMEOUT)
                .header("Accept", accept)
                .header("User-Agent", USER_AGENT)
                .GET()
                .build();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new HarvestSourceException("De bron antwoordde " + response.statusCode() + " op " + uri + ".");
            }
            byte[] bytes = body.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new HarvestSourceException("Het antwoord van " + uri + " is groter dan " + (MAX_BYTES >> 20)
                        + " MB; de oogst is gestopt.");
            }
            return new String(bytes, response.headers().firstValue("Content-Type")
                    .map(SourceHttp::charset).orElse(StandardCharsets.UTF_8));
        }
    }

    private static java.nio.charset.Charset charset(String contentType) {
        int at = contentType.toLowerCase(java.util.Locale.ROOT).indexOf("charset=");
        if (at < 0) {
            return StandardCharsets.UTF_8;
        }
        String name = contentType.substring(at + "charset=".length()).replace("\"", "").split(";")[0].trim();
        try {
            return java.nio.charset.Charset.forName(name);
        } catch (IllegalArgumentException unknown) {
            return StandardCharsets.UTF_8;
        }
    }
}
