package nl.motiemonitor;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * {@code java -jar motiemonitor.jar healthcheck [URL]}: exit code 0 when the portal running beside it is ready for
 * visitors (its readiness probe answers 200), 1 otherwise. The image's HEALTHCHECK, which has no curl in a JRE image.
 * By default it asks {@code http://localhost:$SERVER_PORT/readyz} (the readiness group on the public port; the actuator itself listens on MANAGEMENT_PORT). Starts no Spring.
 */
public final class HealthcheckCommand {

    public static final String NAME = "healthcheck";
    static final String READINESS = "/readyz";
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private HealthcheckCommand() {
    }

    public static int runFromMain(String[] args) {
        return run(args, System.getenv(), System.out, System.err);
    }

    /** Never exit code 2: Docker reserves it in a HEALTHCHECK. */
    static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        if (args.length > 1) {
            err.println("Usage: healthcheck [URL]   (default http://localhost:$SERVER_PORT" + READINESS + ")");
            return 1;
        }
        URI uri = URI.create(args.length == 1 ? args[0]
                : "http://localhost:" + environment.getOrDefault("SERVER_PORT", "8080") + READINESS);
        HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            boolean ready = response.statusCode() == 200;
            (ready ? out : err).println(uri + " answered " + response.statusCode() + " " + response.body());
            return ready ? 0 : 1;
        } catch (IOException e) {
            err.println(uri + " did not answer: " + e);
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }
}
