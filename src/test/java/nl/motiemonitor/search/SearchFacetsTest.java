package nl.motiemonitor.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.motiemonitor.body.BodyKind;
import nl.motiemonitor.testsupport.Fixtures;
import nl.motiemonitor.testsupport.MotiemonitorTest;
import nl.motiemonitor.testsupport.PortalClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The kind-of-body and sponsor-party facets: counts, filtering, combining with the other facets, URLs and the form.
 * Drafts are never counted. These tests commit (the pages are read over HTTP) and remove what they wrote afterwards.
 */
@MotiemonitorTest
class SearchFacetsTest {

    static final String WORD = "fractiefacetproef";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SearchService search;

    @Autowired
    Fixtures fixtures;

    PortalClient portal;
    Long province;
    Long municipality;
    Long een;
    Long twee;
    Long draft;

    @BeforeEach
    void createData() {
        portal = new PortalClient(port);
        province = fixtures.body("fractieproef-provincie", "Provincie Fractieproef", BodyKind.PROVINCE);
        municipality = fixtures.body("fractieproef-gemeente");
        fixtures.party(province, "Partij Een", "PE");
        fixtures.party(province, "Tweede Partij", null);
        fixtures.party(municipality, "Partij Een", "PE");
        een = fixtures.member(province, "Eenmans", "Partij Een");
        Long eenOok = fixtures.member(province, "Eenvrouw", "Partij Een");
        twee = fixtures.member(province, "Tweemans", "Tweede Partij");
        Long partijloos = fixtures.member(province, "Zonderpartij", null);
        Long gemeentelijk = fixtures.member(municipality, "Raadslid", "Partij Een");

        motion(province, "FP-1", true, een, eenOok);
        motion(province, "FP-2", true, een, twee);
        motion(province, "FP-3", true, partijloos);
        motion(province, "FP-4", true);
        draft = motion(province, "FP-5", false, twee);
        motion(municipality, "FG-1", true, gemeentelijk);
        fixtures.commitment(province, "Wij komen terug op de " + WORD).register();
    }

    @AfterEach
    void removeWhatWasWritten() {
        fixtures.remove(province);
        fixtures.remove(municipality);
    }

    @Test
    void countsKindsOfBodyAndSponsorPartiesButNeverDrafts() {
        SearchResult result = query(null, null, null);

        assertThat(result.total()).isEqualTo(6);
        assertThat(counts(result.bodyKinds())).containsExactly(Map.entry("gemeente", 1L), Map.entry("provincie", 5L));
        assertThat(result.bodyKinds()).extracting(FacetValue::label).containsExactly("Gemeente", "Provincie");
        // a party counts each motion once, whoever of its members sponsored it; the draft FP-5 is not counted
        assertThat(counts(result.parties())).containsExactly(Map.entry("PE", 3L), Map.entry("Tweede Partij", 1L));

        jdbc.update("update motions set published = true where id = ?", draft);
        assertThat(counts(query(null, null, null).parties())).containsEntry("Tweede Partij", 2L);

        // the party comes from the member as it is now
        jdbc.update("update members set party_id = null where id = ?", twee);
        assertThat(counts(query(null, null, null).parties())).containsExactly(Map.entry("PE", 3L));
    }

    @Test
    void filtersCombineWithEachOtherAndTheOtherFacets() {
        assertThat(query(BodyKind.PROVINCE, null, null).total()).isEqualTo(5);
        assertThat(query(BodyKind.WATER_BOARD, null, null).total()).isZero();
        assertThat(query(null, "PE", null).total()).isEqualTo(3);
        assertThat(query(BodyKind.PROVINCE, "PE", null).total()).isEqualTo(2);
        assertThat(query(BodyKind.PROVINCE, "Tweede Partij", null).hits()).extracting(SearchHit::path)
                .containsExactly("/fractieproef-provincie/moties/fp-2");
        assertThat(query(BodyKind.PROVINCE, null, ItemType.COMMITMENT).total()).isEqualTo(1);
        assertThat(query(null, "PE", ItemType.COMMITMENT).total()).as("a party only sponsors motions").isZero();
        SearchResult narrowed = query(BodyKind.PROVINCE, "PE", null);
        assertThat(counts(narrowed.bodyKinds())).containsExactly(Map.entry("provincie", 2L));
        assertThat(counts(narrowed.parties())).containsExactly(Map.entry("PE", 2L), Map.entry("Tweede Partij", 1L));
    }

    @Test
    void facetsAreLinksAndFormFieldsWithStableUrls() {
        String html = page("/zoeken?q=" + WORD);
        assertThat(html).contains("Soort bestuursorgaan", "Provincie (5)", "Gemeente (1)",
                "href=\"/zoeken?q=" + WORD + "&amp;soort-orgaan=provincie\"", "Fractie van de indiener", "PE (3)",
                "Tweede Partij (1)", "href=\"/zoeken?q=" + WORD + "&amp;fractie=PE\"",
                "href=\"/zoeken?q=" + WORD + "&amp;fractie=Tweede+Partij\"", "name=\"soort-orgaan\"",
                "name=\"fractie\"", "<option value=\"Tweede Partij\">Tweede Partij</option>");

        String narrowed = page("/zoeken?q=" + WORD + "&fractie=Tweede+Partij&soort-orgaan=provincie&soort=motie");
        assertThat(narrowed).contains("1 resultaat voor", "href=\"/fractieproef-provincie/moties/fp-2\"",
                "href=\"/zoeken?q=" + WORD + "&amp;soort-orgaan=provincie&amp;soort=motie\">Alle fracties</a>",
                "href=\"/zoeken?q=" + WORD + "&amp;soort=motie&amp;fractie=Tweede+Partij\">Alle soorten bestuursorganen",
                "<option value=\"provincie\" selected=\"selected\">Provincie</option>",
                "<option value=\"Tweede Partij\" selected=\"selected\">Tweede Partij</option>",
                "aria-current=\"true\">Tweede Partij (1)</a>",
                "<h3 class=\"utrecht-heading-3\" id=\"facet-fractie\">Fractie van de indiener</h3>",
                "aria-labelledby=\"facet-fractie\"")
                .doesNotContain("href=\"/fractieproef-provincie/moties/fp-1\"", "th:fragment", "facet(name");

        assertThat(page("/fractieproef-provincie/zoeken?q=" + WORD + "&fractie=PE")).contains("2 resultaten",
                "href=\"/fractieproef-provincie/zoeken?q=" + WORD + "\">Alle fracties</a>")
                .doesNotContain("name=\"soort-orgaan\"", "href=\"/fractieproef-gemeente/");
        assertThat(page("/zoeken?q=" + WORD + "&soort-orgaan=stadsdeel")).contains(
                "De soort bestuursorgaan &#39;stadsdeel&#39; bestaat niet", "6 resultaten");
        assertThat(page("/zoeken?q=" + WORD + "&fractie=Bestaat+Niet")).contains("0 resultaten",
                "<option value=\"Bestaat Niet\" selected=\"selected\">Bestaat Niet</option>", "Alle fracties");
    }

    private SearchResult query(BodyKind kind, String party, ItemType type) {
        return search.search(new SearchQuery(WORD, null, type, null, null, false, 1, kind, party));
    }

    private static Map<String, Long> counts(List<FacetValue> facet) {
        return facet.stream().collect(Collectors.toMap(FacetValue::value, FacetValue::count, (a, b) -> a,
                java.util.LinkedHashMap::new));
    }

    private Long motion(Long body, String number, boolean published, Long... sponsors) {
        return fixtures.motion(body, number).titled("Motie over de " + WORD).published(published)
                .sponsoredBy(sponsors).register().value();
    }

    private String page(String path) {
        HttpResponse<String> response = portal.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }
}
