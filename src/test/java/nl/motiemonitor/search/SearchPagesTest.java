package nl.motiemonitor.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import nl.motiemonitor.testsupport.MotiemonitorTest;
import nl.motiemonitor.testsupport.PortalClient;
import nl.motiemonitor.testsupport.SeedDataOnly;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Search over the demo data, over real HTTP and through the service. */
@MotiemonitorTest
@SeedDataOnly
class SearchPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    SearchService search;

    PortalClient portal;

    @BeforeEach
    void connect() {
        portal = new PortalClient(port);
    }

    @Test
    void findsTheSingularAndThePluralAlike() {
        SearchResult plural = all("sekswerkers");
        SearchResult singular = all("sekswerker");

        assertThat(plural.total()).isPositive().isEqualTo(singular.total());
        assertThat(paths(plural)).contains("/den-haag/moties/ris323480").isEqualTo(paths(singular));
        assertThat(plural.hits()).anySatisfy(hit -> assertThat(hit.snippetHtml()).contains("<mark>sekswerker"));

        String html = page("/zoeken?q=sekswerkers");
        assertThat(html).contains("<h1 class=\"utrecht-heading-1\">Zoeken</h1>", "href=\"/den-haag/moties/ris323480\"",
                "Onderzoek mogelijkheden overweeghuis", "Gemeente Den Haag", "Motie", "<mark>",
                plural.total() + " resultaten voor ‘sekswerkers’");
    }

    @Test
    void aPhraseMustAppearInThatOrder() {
        assertThat(paths(all("\"mogelijkheden overweeghuis\""))).contains("/den-haag/moties/ris323480");
        assertThat(paths(all("\"overweeghuis mogelijkheden\""))).doesNotContain("/den-haag/moties/ris323480");
    }

    @Test
    void aWordWithAMinusIsExcluded() {
        assertThat(paths(all("overweeghuis"))).contains("/den-haag/moties/ris323480");
        assertThat(paths(all("overweeghuis -utrecht"))).doesNotContain("/den-haag/moties/ris323480");
    }

    @Test
    void dutchOfFindsEitherWord() {
        List<String> either = paths(all("overweeghuis OF prostitutie"));

        assertThat(all("overweeghuis prostitutie").total()).isLessThan(either.size());
        assertThat(either).contains("/den-haag/moties/ris323480", "/groningen/moties/2014-11")
                .containsAll(paths(all("overweeghuis"))).containsAll(paths(all("prostitutie")));
    }

    @Test
    void facetsCountTheResultsAndNarrowThem() {
        SearchResult result = all("sekswerkers");
        long motions = result.types().stream().filter(f -> f.value().equals("motie")).findFirst().orElseThrow()
                .count();

        assertThat(result.bodies().stream().mapToLong(FacetValue::count).sum()).isEqualTo(result.total());
        assertThat(result.years().stream().mapToLong(FacetValue::count).sum()).as("items without a date have no year")
                .isPositive().isLessThanOrEqualTo(result.total());
        assertThat(search.search(new SearchQuery("sekswerkers", null, ItemType.MOTION, null, null, false, 1)).total())
                .isEqualTo(motions);
        FacetValue denHaag = result.bodies().stream().filter(f -> f.value().equals("den-haag")).findFirst()
                .orElseThrow();

        String html = page("/zoeken?q=sekswerkers");
        assertThat(html).contains("Gemeente Den Haag (" + denHaag.count() + ")",
                "href=\"/zoeken?q=sekswerkers&amp;orgaan=den-haag\"", "href=\"/zoeken?q=sekswerkers&amp;soort=motie\"",
                "Moties (" + motions + ")");
        String narrowed = page("/zoeken?q=sekswerkers&orgaan=den-haag&soort=motie");
        assertThat(narrowed).contains("href=\"/zoeken?q=sekswerkers&amp;soort=motie\">Alle bestuursorganen",
                "href=\"/zoeken?q=sekswerkers&amp;orgaan=den-haag\">Alle soorten")
                .doesNotContain("href=\"/groningen/");
    }

    @Test
    void aBodysSearchFindsOnlyItsOwnItems() {
        String html = page("/den-haag/zoeken?q=overweeghuis");
        assertThat(html).contains("Zoeken in Gemeente Den Haag", "href=\"/den-haag/moties/ris323480\"",
                "denhaag-theme", "action=\"/den-haag/zoeken\"").doesNotContain("href=\"/groningen/moties");
        assertThat(page("/groningen/zoeken?q=overweeghuis")).contains("0 resultaten", "Niets gevonden");
        assertThat(portal.get("/bestaat-niet/zoeken?q=overweeghuis").statusCode()).isEqualTo(404);
    }

    @Test
    void zoekenIsTheSearchPageNotABody() {
        assertThat(page("/zoeken")).contains("<h1 class=\"utrecht-heading-1\">Zoeken</h1>",
                "Vul een of meer woorden in om te zoeken.");
        assertThat(page("/den-haag")).contains("<h1 class=\"utrecht-heading-1\">Gemeente Den Haag</h1>");
    }

    @Test
    void everyPageHasTheSearchFormInItsHeader() {
        assertThat(page("/den-haag/moties/ris323480")).contains("<form role=\"search\"", "action=\"/zoeken\"",
                "name=\"q\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "&&", ":*", "\\", "\"sekswerkers", "sekswerkers\"\"\" -", "'; drop table motions; --",
            "de het een", "-sekswerkers", "!!(|&)", "OF", "of of of", "%", "<script>alert(1)</script>", "sekswerk:*",
            "\u0000", "a'b\"c(d)e|f&g!h<i>j"})
    void oddQueriesGetAnAnswerNeverAnError(String q) {
        HttpResponse<String> response = portal.get("/zoeken?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)
                + "&pagina=x&jaar=abc&soort=iets&status=nee");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Zoeken").doesNotContain("<script>alert(1)</script>");
    }

    @Test
    void emptyAndTooLongQueriesAreExplained() {
        assertThat(page("/zoeken?q=+++")).contains("Vul een of meer woorden in om te zoeken.");
        assertThat(page("/zoeken?q=" + "a".repeat(501))).contains("langer dan 500 tekens");
        assertThat(page("/zoeken?q=de+het")).contains("veelvoorkomende woorden");
        assertThat(page("/zoeken?q=-sekswerkers")).contains("met alleen woorden die u uitsluit");
        assertThat(page("/zoeken?q=sekswerkers&pagina=51")).contains("ten hoogste 50 pagina");
    }

    @Test
    void sortingByDatePutsTheNewestFirst() {
        SearchResult byDate = search.search(new SearchQuery("sekswerkers", null, null, null, null, true, 1));
        assertThat(byDate.hits()).extracting(SearchHit::date).isSortedAccordingTo(
                java.util.Comparator.nullsLast(java.util.Comparator.<java.time.LocalDate>reverseOrder()));
        assertThat(page("/zoeken?q=sekswerkers&sorteer=datum")).contains("nieuwste eerst",
                "href=\"/zoeken?q=sekswerkers\">Toon best passend eerst");
    }

    private SearchResult all(String q) {
        return search.search(new SearchQuery(q, null, null, null, null, false, 1));
    }

    private static List<String> paths(SearchResult result) {
        return result.hits().stream().map(SearchHit::path).toList();
    }

    private String page(String path) {
        HttpResponse<String> response = portal.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }
}
