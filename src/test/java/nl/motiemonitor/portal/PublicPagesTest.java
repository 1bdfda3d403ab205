package nl.motiemonitor.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.motiemonitor.testsupport.MotiemonitorTest;
import nl.motiemonitor.testsupport.PortalClient;
import nl.motiemonitor.testsupport.SeedDataOnly;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every public page answers with the content of the seed letters, over real HTTP. */
@MotiemonitorTest
@SeedDataOnly
class PublicPagesTest {

    @LocalServerPort
    int port;

    PortalClient portal;

    @BeforeEach
    void connect() {
        portal = new PortalClient(port);
    }

    @Test
    void homeListsTheBodiesWithTheirCountsAndTheLatestLetters() {
        String html = page("/");

        assertThat(html).contains("Gemeente Den Haag", "Gemeente Groningen", "Tweede Kamer",
                "href=\"/den-haag\"", "Laatste brieven",
                "Afdoening motie: &#39;Onderzoek mogelijkheden overweeghuis&#39;", "31 maart 2026",
                "Wat de statussen betekenen", "Afdoening voorgesteld");
        assertThat(html.indexOf("31 maart 2026")).as("newest letter first").isLessThan(html.indexOf("16 maart 2021"));
    }

    @Test
    void bodyPageListsItsMotionsAndCommitmentsWithStatusAndLatestLetter() {
        String html = page("/den-haag");

        assertThat(html).contains("<h1 class=\"utrecht-heading-1\">Gemeente Den Haag</h1>", "GM0518",
                "href=\"/den-haag/moties/ris323480\"", "Onderzoek mogelijkheden overweeghuis",
                "Onderzoek instellen vertrouwenspersonen sekswerkers", "Toegang banenaanpak tijdens uitstappen",
                "9 oktober 2025", "Afdoening geclaimd", "href=\"/den-haag/toezeggingen/2021-1\"",
                "20 juni 2021", "Te laat", "denhaag-theme");
    }

    @Test
    void bodyPageFiltersByStatusAndYear() {
        String open = page("/den-haag?status=open");
        assertThat(open).doesNotContain("Onderzoek mogelijkheden overweeghuis")
                .contains("voorjaar van 2021", "Geen moties gevonden.");

        String of2025 = page("/den-haag?jaar=2025");
        assertThat(of2025).contains("Onderzoek mogelijkheden overweeghuis")
                .doesNotContain("Toegang banenaanpak tijdens uitstappen");
    }

    @Test
    void bodyPageExplainsFiltersItCannotUseInsteadOfFailing() {
        String html = page("/den-haag?status=bestaat-niet&jaar=twintig&pagina=-4&toezeggingen-pagina=x");

        assertThat(html).contains("De status &#39;bestaat-niet&#39; bestaat niet",
                "&#39;twintig&#39; is geen jaartal", "Onderzoek mogelijkheden overweeghuis");
    }

    @Test
    void motionPageShowsClausesUnderTheirHeadingsFootnotesLettersAndTimeline() {
        String html = page("/den-haag/moties/ris323480");

        assertThat(html).contains("<h1 class=\"utrecht-heading-1\">Onderzoek mogelijkheden overweeghuis</h1>",
                "RIS323480", "9 oktober 2025", "Klokkenburg-Reedeker", "Nota sekswerk Den Haag", "(RIS320863)",
                "Aangenomen", "Afdoening voorgesteld", "De tekst van deze voetnoot staat niet in de bron.",
                "OCW/11031882", "Motie aangenomen door de raad bij de bespreking van &#39;Nota sekswerk Den Haag&#39;.",
                "De brief van 31 maart 2026 beschouwt dit als afgedaan.");
        assertInOrder(html, "Constaterende dat",
                "sekswerkers die overwegen uit te stappen op dit moment geen plek hebben",
                "stoppen met sekswerk om diverse redenen een moeizaam traject is.", "Overwegende dat",
                "waaronder Utrecht", "href=\"#voetnoot-1\"", ", Groningen", "href=\"#voetnoot-2\"",
                "in Den Haag op dit moment niet een dergelijke plek bestaat;", "Verzoekt het college",
                "samen met relevante partners en sekswerkers de mogelijkheden te onderzoeken");
    }

    @Test
    void motionPageShowsTheOpinionClauseUnderItsOwnHeading() {
        assertInOrder(page("/den-haag/moties/ris307039"), "Overwegende dat", "Van mening dat",
                "het krom is om sekswerkers te dwingen een bijstandsuitkering aan te vragen", "Verzoekt het college");
    }

    @Test
    void groningenMotionWithoutQuotedClausesShowsTheLettersDescription() {
        String html = page("/groningen/moties/2014-11");

        assertThat(html).contains("Motie 2014-11", "november 2014", "In behandeling", "Alleen voortgang",
                "mogelijkheden te onderzoeken naar hulpverlening en huisvesting",
                "Opening huiskamer voor mensen werkzaam in de prostitutie", "voorbeeld-theme");
    }

    @Test
    void motionNumberInCapitalsRedirectsToTheCanonicalUrl() {
        HttpResponse<String> response = portal.get("/den-haag/moties/RIS323480");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/den-haag/moties/ris323480"));
    }

    @Test
    void commitmentPageShowsThePromiseItsTermAndWhereItWasMade() {
        String html = page("/den-haag/toezeggingen/2021-1");

        assertThat(html).contains("Toezegging 2021-1",
                "In het voorjaar van 2021 wordt de raad geïnformeerd over de nadere invulling van dit onderzoek",
                "20 juni 2021", "(voorjaar 2021)", "2 februari 2021", "mm-badge-overdue\">Te laat<", "Open");
    }

    @Test
    void tweedeKamerCommitmentShowsWhoAskedForItAndTheLetterClaimingItsDischarge() {
        String html = page("/tweede-kamer/toezeggingen/2019-3");

        assertThat(html).contains("Algemeen Overleg Mensenhandel (Kamerstuk 28 638, nr. 178)", "Kuik (CDA)",
                "Brief van de staatssecretaris van Justitie en Veiligheid", "Afdoening geclaimd",
                "5 december 2019");
    }

    @Test
    void letterPageShowsHeaderTextSignatoriesAndTheItemsItAnswers() {
        String html = page(letterHref("/den-haag/moties/ris323480"));

        assertThat(html).contains("Afdoening motie: &#39;Onderzoek mogelijkheden overweeghuis&#39;",
                "31 maart 2026", "OCW/11031882", "RIS323480", "Renée Brouwer", "Dienst Onderwijs, Cultuur en Welzijn",
                "OCW Stad en Bestuur", "14070", "mailto:renee.brouwer@denhaag.nl", "Ilma Merx", "de secretaris",
                "Mariëlle Vavier", "de locoburgemeester", "Motie RIS323480:", "Afdoening geclaimd",
                "Binnen programma 8 is er geen ruimte voor financiering van een extra opvang.",
                "Het college beschouwt de motie hiermee als afgedaan.");
    }

    @Test
    void nationalLetterShowsItsParagraphsAndFootnotesAndAllThreeCommitments() {
        String html = page(letterHref("/tweede-kamer/toezeggingen/2019-1"));

        assertThat(html).contains("Brief van de staatssecretaris van Justitie en Veiligheid", "A. Broekers-Knol",
                "Bestuurlijke handhaving seksinrichtingen", "Kamerstuk 34 193, nr. 9.", "href=\"#voetnoot-5\"",
                "Toezegging 2019-1:", "Toezegging 2019-2:", "Toezegging 2019-3:", "niet vermeld");
        assertThat(Pattern.compile("<p class=\"utrecht-paragraph\">").matcher(html).results().count())
                .as("the letter's text is in paragraphs").isGreaterThan(15);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/bestaat-niet", "/den-haag/moties/ris000000", "/den-haag/toezeggingen/1999-9",
            "/den-haag/brieven/999999", "/den-haag/brieven/geen-nummer", "/groningen/moties/ris323480",
            "/den-haag/iets-anders/1"})
    void unknownBodyOrItemAnswersADutchNotFoundPage(String path) {
        HttpResponse<String> response = portal.get(path);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("<html lang=\"nl\"", "Pagina niet gevonden", "Naar de startpagina")
                .doesNotContain("Exception", "at nl.motiemonitor", "Whitelabel");
    }

    @Test
    void staffAreaSendsAnonymousReadersToLoginAndInternalsStayClosed() {
        HttpResponse<String> staff = portal.get("/beheer/den-haag/moties");
        assertThat(staff.statusCode()).isEqualTo(302);
        assertThat(staff.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
        assertThat(portal.get("/actuator/env").statusCode()).isIn(302, 403);
        assertThat(portal.get("/actuator/env").body()).doesNotContain("spring.datasource");
        assertThat(portal.get("/actuator/health", "application/json").statusCode()).isEqualTo(200);
        assertThat(portal.post("/den-haag").statusCode()).as("no state change on a public page").isIn(302, 403);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/den-haag", "/den-haag/moties/ris323480", "/den-haag/toezeggingen/2021-1",
            "/groningen", "/bestaat-niet"})
    void everyPageIsDutchWithOneHeadingLandmarksASkipLinkAndAStrictContentSecurityPolicy(String path) {
        HttpResponse<String> response = portal.get(path);
        String html = response.body();

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"nl\"", "<header", "<nav", "<main",
                "<footer", "href=\"#inhoud\"", "id=\"inhoud\"", "<title>");
        assertThat(Pattern.compile("<h1[ >]").matcher(html).results().count()).isEqualTo(1);
        assertThat(html).doesNotContain("style=\"", "<style", "<script", "onclick");
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("default-src 'self'", "script-src 'self'", "style-src 'self'"));
    }

    @Test
    void designSystemStylesheetsAreServedFromTheApplication() {
        String html = page("/den-haag");
        for (String sheet : new String[] {"/vendor/utrecht/index", "/vendor/themes/denhaag/common/index",
                "/vendor/themes/denhaag/components/index", "/css/tokens", "/css/fonts"}) {
            Matcher link = Pattern.compile("href=\"(" + Pattern.quote(sheet) + "[^\"]*\\.css)\"").matcher(html);
            assertThat(link.find()).as(sheet).isTrue();
            HttpResponse<String> css = portal.get(link.group(1));
            assertThat(css.statusCode()).as(link.group(1)).isEqualTo(200);
            assertThat(css.body()).isNotBlank();
        }
        assertThat(page("/groningen")).contains("/vendor/themes/voorbeeld/theme").doesNotContain("/themes/denhaag/");
    }

    @Test
    void accessibilityStatementHasTheSectionsOfTheModelStatementAndEveryPageLinksIt() {
        String html = page("/toegankelijkheid");

        assertThat(html).contains("<h1 class=\"utrecht-heading-1\">Toegankelijkheidsverklaring</h1>",
                ">Verklaring</h2>", ">Nalevingsstatus</h2>", "C — eerste maatregelen genomen",
                ">Wat nog niet toegankelijk is</h3>", ">Onderzoek</h2>", "axe-core", "toetsenbord",
                ">Feedback en contactgegevens</h2>", "binnen 5 werkdagen", ">Handhavingsprocedure</h2>",
                "Nationale ombudsman", "Kinderombudsman", ">Aanvullende informatie</h2>",
                "href=\"mailto:toegankelijkheid@motiemonitor.nl\"", "5 december 2026",
                "de website https://motiemonitor.test:").doesNotContain("??");
        for (String path : new String[] {"/", "/den-haag/moties/ris323480", "/zoeken?q=overweeghuis", "/login",
                "/toegankelijkheid"}) {
            assertThat(page(path)).as(path).contains("href=\"/toegankelijkheid\">Toegankelijkheid</a>");
        }
    }

    private String page(String path) {
        HttpResponse<String> response = portal.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    /** The first letter linked from an item's page. */
    private String letterHref(String itemPath) {
        Matcher link = Pattern.compile("href=\"(/[a-z-]+/brieven/\\d+)\"").matcher(page(itemPath));
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    private static void assertInOrder(String html, String... parts) {
        int from = 0;
        for (String part : parts) {
            int at = html.indexOf(part, from);
            assertThat(at).as("'%s' after position %d", part, from).isGreaterThanOrEqualTo(0);
            from = at + part.length();
        }
    }
}
