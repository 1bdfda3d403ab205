package nl.motiemonitor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import nl.motiemonitor.testsupport.BehindProxyTest;
import nl.motiemonitor.testsupport.PortalClient;
import nl.motiemonitor.testsupport.StaffClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Anonymous search, feeds and dashboards are limited per client address (here 3 at once, then 6 a minute): beyond it
 * a 429 with Retry-After and a Dutch page; other addresses, cheap pages and logged-in staff go on. Behind the proxy,
 * the address that counts is the one the proxy forwards.
 */
@BehindProxyTest
class RateLimitTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAddressThatAsksTooOftenGets429WithRetryAfterOthersDoNot() {
        PortalClient portal = new PortalClient(port);
        Map<String, String> first = Map.of("X-Forwarded-For", "203.0.113.10");
        for (String path : new String[] {"/zoeken?q=motie", "/den-haag/zoeken?q=brief", "/overzicht"}) {
            assertThat(portal.get(path, first).statusCode()).as(path).isEqualTo(200);
        }

        HttpResponse<String> refused = portal.get("/den-haag/overzicht", first);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
                assertThat(Integer.parseInt(seconds)).isBetween(1, 10));
        assertThat(refused.body()).contains("Even geduld", "Wacht even en probeer het dan opnieuw.")
                .doesNotContain("Exception");
        HttpResponse<String> feed = portal.get("/zoeken/feed?q=motie", Map.of("X-Forwarded-For", "203.0.113.10",
                "Accept", "application/atom+xml"));
        assertThat(feed.statusCode()).as("feeds share the address's allowance").isEqualTo(429);
        assertThat(feed.headers().firstValue("Retry-After")).isPresent();
        assertThat(portal.get("/den-haag/feed", first).statusCode()).isEqualTo(429);

        assertThat(portal.get("/den-haag", first).statusCode()).as("a cheap page").isEqualTo(200);
        assertThat(portal.get("/zoeken?q=motie", Map.of("X-Forwarded-For", "203.0.113.11")).statusCode())
                .as("another address behind the same proxy").isEqualTo(200);
    }

    @Test
    void ipv6AddressesCountPerSlash64() {
        assertThat(RateLimitFilter.client("2001:db8:1:2:aaaa::1")).isEqualTo(RateLimitFilter.client("2001:db8:1:2::9"))
                .isEqualTo("20010db800010002/64").isNotEqualTo(RateLimitFilter.client("2001:db8:1:3::1"));
        assertThat(RateLimitFilter.client("192.0.2.7")).isEqualTo("192.0.2.7");
        PortalClient portal = new PortalClient(port);
        for (int i = 1; i <= 3; i++) {
            assertThat(portal.get("/zoeken?q=motie", Map.of("X-Forwarded-For", "2001:db8:5:6::" + i))
                    .statusCode()).isEqualTo(200);
        }
        assertThat(portal.get("/zoeken?q=motie", Map.of("X-Forwarded-For", "2001:db8:5:6::99")).statusCode())
                .isEqualTo(429);
    }

    @Test
    void whatIsLimitedAndWhatNot() {
        assertThat(RateLimitFilter.limited("GET", "/zoeken")).isTrue();
        assertThat(RateLimitFilter.limited("HEAD", "/den-haag/zoeken")).isTrue();
        assertThat(RateLimitFilter.limited("GET", "/den-haag/zoeken/feed")).isTrue();
        assertThat(RateLimitFilter.limited("GET", "/den-haag/moties/ris1/feed")).isTrue();
        assertThat(RateLimitFilter.limited("GET", "/overzicht")).isTrue();
        assertThat(RateLimitFilter.limited("GET", "/den-haag/overzicht")).isTrue();
        assertThat(RateLimitFilter.limited("GET", "/den-haag/brieven/12/origineel")).isTrue();
        assertThat(RateLimitFilter.limited("GET", "/den-haag/lijst.pdf")).isTrue();
        assertThat(RateLimitFilter.limited("GET", "/den-haag/lijst.xlsx")).isTrue();
        assertThat(RateLimitFilter.limited("GET", "/den-haag/lijst.csv")).isTrue();
        assertThat(RateLimitFilter.limited("GET", "/den-haag/moties.csv")).isTrue();
        assertThat(RateLimitFilter.limited("GET", "/den-haag/toezeggingen.xlsx")).isTrue();
        assertThat(RateLimitFilter.limited("GET", "/zoeken.csv")).isTrue();
        assertThat(RateLimitFilter.limited("HEAD", "/den-haag/zoeken.xlsx")).isTrue();
        assertThat(RateLimitFilter.limited("GET", "/overzicht.csv")).isTrue();
        assertThat(RateLimitFilter.limited("GET", "/den-haag/overzicht.xlsx")).isTrue();
        assertThat(RateLimitFilter.limited("GET", "/bestuursorganen.csv")).isTrue();
        assertThat(RateLimitFilter.limited("GET", "/den-haag/lijst")).as("the page is kept in memory").isFalse();
        assertThat(RateLimitFilter.limited("GET", "/den-haag")).isFalse();
        assertThat(RateLimitFilter.limited("GET", "/den-haag/moties/ris1")).isFalse();
        assertThat(RateLimitFilter.limited("POST", "/login")).isFalse();
        assertThat(RateLimitFilter.limited("GET", "/beheer/den-haag/moties")).isFalse();
        assertThat(RateLimitFilter.limited("GET", "/api/v1/moties")).as("the open-data API").isTrue();
        assertThat(RateLimitFilter.limited("HEAD", "/api/v1/openapi.json")).isTrue();
        assertThat(RateLimitFilter.limited("GET", "/api/v1")).isTrue();
        assertThat(RateLimitFilter.limited("GET", "/apiary")).isFalse();
    }

    @Test
    void theApiIsLimitedLikeThePagesAndSaysSoInJson() {
        PortalClient portal = new PortalClient(port);
        Map<String, String> client = Map.of("X-Forwarded-For", "203.0.113.20", "Accept", "application/json");
        for (String path : new String[] {"/api/v1/organen", "/api/v1/moties", "/api/v1/brieven"}) {
            assertThat(portal.get(path, client).statusCode()).as(path).isEqualTo(200);
        }

        HttpResponse<String> refused = portal.get("/api/v1/toezeggingen", client);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.body()).contains("\"status\":429", "Te veel verzoeken", "Probeer het over");
    }

    @Test
    void loggedInStaffAreNotLimited() {
        StaffClient clerk = StaffClient.clerk(port, jdbc, "den-haag");
        for (int i = 0; i < 8; i++) {
            assertThat(clerk.get("/zoeken?q=motie&pagina=" + (i + 1)).statusCode()).isEqualTo(200);
        }
    }
}
