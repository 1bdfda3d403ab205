package nl.motiemonitor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import nl.motiemonitor.testsupport.MotiemonitorTest;
import nl.motiemonitor.testsupport.PortalClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Behind a TLS-terminating reverse proxy on the same host (the defaults: server.forward-headers-strategy=native,
 * loopback addresses trusted): a request the proxy forwards as HTTPS gets a Secure session cookie and HSTS; a plain
 * HTTP one gets neither (development without a proxy keeps working).
 */
@MotiemonitorTest
class ProxyHeadersTest {

    @LocalServerPort
    int port;

    @Test
    void theSessionCookieIsSecureWhenTheProxyForwardsAnHttpsRequest() {
        HttpResponse<String> https = new PortalClient(port).get("/login", Map.of("X-Forwarded-For", "203.0.113.20",
                "X-Forwarded-Proto", "https"));

        assertThat(https.statusCode()).isEqualTo(200);
        assertThat(https.headers().allValues("Set-Cookie")).filteredOn(cookie -> cookie.startsWith("SESSION="))
                .singleElement().satisfies(cookie -> assertThat(cookie).contains("Secure", "HttpOnly")
                        .containsIgnoringCase("SameSite=Lax"));
        assertThat(https.headers().firstValue("Strict-Transport-Security")).isPresent();
        assertThat(https.body()).contains("action=\"/login\"");
    }

    @Test
    void aPlainHttpRequestGetsAnOrdinaryCookie() {
        HttpResponse<String> http = new PortalClient(port).get("/login", Map.of("X-Forwarded-For", "203.0.113.21"));

        assertThat(http.headers().allValues("Set-Cookie")).filteredOn(cookie -> cookie.startsWith("SESSION="))
                .singleElement().satisfies(cookie -> assertThat(cookie).doesNotContain("Secure"));
        assertThat(http.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }
}
