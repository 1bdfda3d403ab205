package nl.motiemonitor.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

import nl.motiemonitor.testsupport.MotiemonitorTest;
import nl.motiemonitor.testsupport.StaffClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The portal in English: {@code ?lang=en} switches a page, the cookie {@code lang} remembers it, every page links
 * its versions (hreflang) and the other language, and the page cache (on, as in production) never gives one
 * language's page to a request for the other.
 */
@MotiemonitorTest
@TestPropertySource(properties = "motiemonitor.page-cache.enabled=true")
class LanguagesTest {

    private static final String MOTION = "/den-haag/moties/ris323480";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PublicPageCache cache;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void cacheListens() {
        Instant until = Instant.now().plusSeconds(10);
        BooleanSupplier serving = cache::serving;
        while (!serving.getAsBoolean() && Instant.now().isBefore(until)) {
            Thread.onSpinWait();
        }
        assertThat(cache.serving()).isTrue();
    }

    @Test
    void theMainPublicPagesSpeakEnglishWithLangEnAndTheCookieRemembersIt() {
        HttpResponse<String> switched = get("/?lang=en", null);
        assertThat(switched.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie ->
                assertThat(cookie).startsWith("lang=en").contains("Max-Age=").containsIgnoringCase("SameSite=Lax"));
        Document home = Jsoup.parse(switched.body());
        assertThat(home.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(home.select("nav.mm-nav a").eachText()).contains("All bodies", "National overview", "Log in",
                "Nederlands");
        assertThat(home.select("h2").eachText()).contains("Bodies", "Latest letters", "What the statuses mean");

        Document body = english("/den-haag");
        assertThat(body.select("h2").eachText()).anyMatch(h -> h.startsWith("Motions"))
                .anyMatch(h -> h.startsWith("Commitments"));
        assertThat(body.select("option").eachText()).contains("All statuses", "Discharge proposed");

        Document motion = english(MOTION);
        assertThat(motion.select("h2").eachText()).contains("Text of the motion", "Letters about this motion",
                "Timeline");
        assertThat(motion.select("dt").eachText()).contains("Number", "Outcome", "Adopted on");
        assertThat(motion.select("h3").eachText()).contains("Noting that (constaterende dat)");

        assertThat(english("/zoeken?q=overweeghuis").select("h2").eachText()).contains("Results");
        assertThat(english("/overzicht").select("h1").text()).isEqualTo("National overview");
        assertThat(english("/den-haag/overzicht").select("h2").eachText()).contains("Key figures", "By quarter");
        assertThat(english("/bestaat/niet/meer").select("h1").text()).isEqualTo("Page not found");
    }

    @Test
    void everyPageLinksItsVersionsAndTheOtherLanguageKeepingItsQuery() {
        Document dutch = Jsoup.parse(get("/zoeken?q=overweeghuis&soort=motie", null).body());
        assertThat(dutch.selectFirst("html").attr("lang")).isEqualTo("nl");
        assertThat(dutch.select("link[rel=alternate][hreflang]"))
                .extracting(link -> link.attr("hreflang") + " " + link.attr("href")).containsExactly(
                        "nl https://motiemonitor.test/zoeken?q=overweeghuis&soort=motie&lang=nl",
                        "en https://motiemonitor.test/zoeken?q=overweeghuis&soort=motie&lang=en",
                        "x-default https://motiemonitor.test/zoeken?q=overweeghuis&soort=motie");
        assertThat(dutch.select("nav.mm-nav a[hreflang=en]").eachAttr("href"))
                .containsExactly("/zoeken?q=overweeghuis&soort=motie&lang=en");
        assertThat(dutch.select("nav.mm-nav a[hreflang=en]").text()).isEqualTo("English");

        Document english = english("/zoeken?q=overweeghuis&soort=motie&lang=en");
        assertThat(english.select("nav.mm-nav a[hreflang=nl]").eachAttr("href"))
                .containsExactly("/zoeken?q=overweeghuis&soort=motie&lang=nl");
    }

    @Test
    void thePageCacheKeepsEachLanguageApartAndStillKeepsDutch() {
        assertThat(Jsoup.parse(get(MOTION, null).body()).selectFirst("html").attr("lang")).isEqualTo("nl");
        assertThat(cache.keys()).as("the Dutch page is kept")
                .anyMatch(key -> key.uri().equals(MOTION) && key.language().equals("nl"));

        HttpResponse<String> english = get(MOTION, "lang=en");
        assertThat(english.body()).contains("<html lang=\"en\"").contains("Text of the motion");
        assertThat(english.headers().firstValue("Content-Language")).hasValue("en");
        assertThat(english.headers().firstValue("Cache-Control")).as("no browser or proxy keeps a page")
                .hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        assertThat(get(MOTION, "lang=en").body()).as("the English page, kept or not").contains("Text of the motion");
        assertThat(cache.keys()).anyMatch(key -> key.uri().equals(MOTION) && key.language().equals("en"));

        HttpResponse<String> dutchAgain = get(MOTION, null);
        assertThat(dutchAgain.body()).contains("<html lang=\"nl\"").contains("Tekst van de motie")
                .doesNotContain("Text of the motion");
        assertThat(dutchAgain.headers().firstValue("Content-Language")).hasValue("nl-NL");
        assertThat(dutchAgain.headers().firstValue("Cache-Control")).hasValueSatisfying(value ->
                assertThat(value).contains("no-store"));
        assertThat(get(MOTION, "lang=nl").body()).as("a cookie for Dutch").contains("Tekst van de motie");
        assertThat(get(MOTION + "?lang=en", null).body()).as("the parameter wins, and is never served from the Dutch page")
                .contains("Text of the motion");
    }

    @Test
    void aStaffPageSpeaksEnglishToo() {
        StaffClient clerk = StaffClient.clerk(port, jdbc, "den-haag");
        Document staff = Jsoup.parse(clerk.get("/beheer?lang=en").body());
        assertThat(staff.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(staff.select("h1").text()).isEqualTo("Staff area");
        assertThat(staff.select("nav.mm-nav a").eachText()).contains("Staff area", "Change password");
        assertThat(Jsoup.parse(clerk.get("/beheer/moties").body()).selectFirst("html").attr("lang"))
                .as("remembered without the parameter").isEqualTo("en");
    }

    private Document english(String path) {
        return Jsoup.parse(get(path, "lang=en").body());
    }

    private HttpResponse<String> get(String path, String cookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET()
                .header("Accept", "text/html");
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
