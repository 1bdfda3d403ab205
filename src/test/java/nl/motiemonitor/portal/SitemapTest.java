package nl.motiemonitor.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import nl.motiemonitor.testsupport.Fixtures;
import nl.motiemonitor.testsupport.MotiemonitorTest;
import nl.motiemonitor.testsupport.PortalClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** robots.txt and the sitemaps: every published page of a body, no draft, the staff area kept out (issue 16). */
@MotiemonitorTest
class SitemapTest {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Test
    void robotsKeepCrawlersOutOfTheStaffAreaAndTheExpensivePagesAndNameTheSitemap() {
        HttpResponse<String> robots = new PortalClient(port).get("/robots.txt", "text/plain");

        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/plain"));
        assertThat(robots.body()).contains("Disallow: /beheer", "Disallow: /zoeken",
                "Sitemap: http://localhost:" + port + "/sitemap.xml");
    }

    @Test
    void theIndexNamesEachBodysSitemapWhichHoldsItsPublishedPagesAndNoDraft() {
        Long body = fixtures.body("kaartdorp");
        fixtures.motion(body, "K-1").titled("Openbare motie").register();
        fixtures.motion(body, "K-2").titled("Concept").unpublished().register();
        fixtures.commitment(body, "De wethouder komt terug op het kaartje.").register();
        PortalClient portal = new PortalClient(port);

        Document index = xml(portal.get("/sitemap.xml", "application/xml"));
        assertThat(index.select("sitemap > loc").eachText())
                .contains("http://localhost:" + port + "/sitemap.xml?orgaan=kaartdorp",
                        "http://localhost:" + port + "/sitemap.xml?orgaan=den-haag");

        List<String> urls = xml(portal.get("/sitemap.xml?orgaan=kaartdorp", "application/xml")).select("url > loc")
                .eachText();
        String base = "http://localhost:" + port + "/kaartdorp";
        assertThat(urls).contains(base, base + "/lijst", base + "/overzicht", base + "/moties/k-1")
                .noneMatch(url -> url.endsWith("/moties/k-2"))
                .anyMatch(url -> url.startsWith(base + "/toezeggingen/"));
        assertThat(urls).allSatisfy(url -> assertThat(portal.get(url.substring(("http://localhost:" + port).length()))
                .statusCode()).as(url).isEqualTo(200));
        assertThat(portal.get("/sitemap.xml?orgaan=niemand", "application/xml").statusCode()).isEqualTo(404);
        assertThat(portal.get("/sitemap.xml?orgaan=kaartdorp&pagina=nul", "application/xml").statusCode())
                .isEqualTo(404);
    }

    private static Document xml(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        return Jsoup.parse(response.body(), "", Parser.xmlParser());
    }
}
