package nl.motiemonitor.harvest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * The one way a source client asks a source for a page: GET (POST only for a SOAP source such as iBabs) with
 * timeouts, a name the source can recognise us by, and a cap on what it reads, so a slow or endless answer cannot
 * hold the harvest or the portal's memory. An answer other than 200 is a {@link HarvestSourceException}.
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
        return send(request(uri, accept).GET().build());
    }

    /**
     * The answer to a POST of {@code body} to {@code uri}, with the same limits as {@link #get}: for a source that
     * only answers POSTs, such as iBabs's SOAP service (one POST per question, nothing changes at the source).
     *
     * @param headers further headers the source needs, e.g. {@code SOAPAction}
     */
    public String post(URI uri, String contentType, Map<String, String> headers, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = request(uri, contentType).header("Content-Type", contentType);
        headers.forEach(request::header);
        return send(request.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    private static HttpRequest.Builder request(URI uri, String accept) {
        return HttpRequest.newBuilder(uri)
                .timeout(REQUEST_TIMEOUT)
                .header("Accept", accept)
                .header("User-Agent", USER_AGENT);
    }

    private String send(HttpRequest request) throws IOException, InterruptedException {
        URI uri = request.uri();
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
