package nl.motiemonitor.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.motiemonitor.testsupport.MotiemonitorTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The staff area in real Chromium: a clerk of Den Haag logs in, registers and publishes a motion with three clauses
 * and finds it on the public page; axe-core checks every staff page and form for WCAG 2.1 A and AA, error states
 * included; the error summary's links take the keyboard to the fields.
 *
 * <p>What the browser saves cannot roll back, so this class leaves its Spring context (and database) dirty.
 */
@MotiemonitorTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class StaffInBrowserIT extends StaffInChromium {

    private static final String CLERK = "griffie-den-haag";
    private static final String ADMIN = "beheerder-browser";

    @BeforeAll
    void createUsers() {
        createUser(CLERK, "Griffie Den Haag", false, Map.of("den-haag", "CLERK"));
        createUser(ADMIN, "Beheerder Browser", true, Map.of());
    }

    @Test
    void clerkRegistersAMotionWithThreeClausesPublishesItAndSeesItOnThePublicPage() {
        logIn(CLERK);
        assertThat(browser.getCurrentUrl()).endsWith("/beheer");
        assertThat(heading()).isEqualTo("Beheer");
        Axe.assertAccessible(browser, "beheer");

        follow(browser.findElement(
                By.xpath("//li[span[normalize-space()='Gemeente Den Haag']]/a[normalize-space()='moties']")));
        assertThat(heading()).isEqualTo("Moties van Gemeente Den Haag");
        Axe.assertAccessible(browser, "motielijst");

        follow(browser.findElement(By.linkText("Nieuwe motie")));
        assertThat(heading()).isEqualTo("Nieuwe motie");
        Axe.assertAccessible(browser, "leeg motieformulier");

        type(By.id("registrationNumber"), "RIS999123");
        type(By.id("title"), "Meer bankjes in het Zuiderpark");
        typeDate(By.id("adoptedOn"), LocalDate.of(2024, 3, 14));

        while (browser.findElements(By.cssSelector("textarea[id^='clauses-'][id$='.text']")).size() < 3) {
            follow(browser.findElement(By.xpath("//button[normalize-space()='Overweging toevoegen']")));
        }
        // adding a row is a round trip to the server: nothing typed before is lost
        assertThat(browser.findElement(By.id("registrationNumber")).getDomProperty("value")).isEqualTo("RIS999123");
        assertThat(browser.findElement(By.id("adoptedOn")).getDomProperty("value")).isEqualTo("2024-03-14");
        Axe.assertAccessible(browser, "motieformulier met drie overwegingen");

        clause(0, "Constaterende dat", "er in het Zuiderpark te weinig bankjes staan;");
        clause(1, "Overwegende dat", "ouderen onderweg moeten kunnen rusten;");
        clause(2, "Verzoekt het college", "tien bankjes bij te plaatsen.");
        WebElement publish = browser.findElement(By.id("published"));
        publish.click();
        assertThat(publish.isSelected()).isTrue();
        save();

        assertThat(heading()).isEqualTo("Meer bankjes in het Zuiderpark");
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("De motie is opgeslagen.");
        assertThat(main()).contains("Gepubliceerd", "RIS999123", "14 maart 2024");
        assertThat(browser.findElements(By.id("status-wijzigen"))).as("status form").hasSize(1);
        Axe.assertAccessible(browser, "motie in beheer, met statusformulier");
        follow(browser.findElement(By.xpath("//button[normalize-space()='Status wijzigen']"))); // no move, no reason
        assertThat(errorSummaryTitle()).isEqualTo("Controleer het formulier");
        Axe.assertAccessible(browser, "statusformulier met fouten");

        follow(browser.findElement(By.linkText("Geschiedenis")));
        assertThat(heading()).isEqualTo("Geschiedenis van motie RIS999123");
        Axe.assertAccessible(browser, "geschiedenis");

        open("/den-haag/moties/ris999123");
        assertThat(heading()).isEqualTo("Meer bankjes in het Zuiderpark");
        assertThat(browser.findElements(By.tagName("h3"))).extracting(WebElement::getText)
                .containsExactly("Constaterende dat", "Overwegende dat", "Verzoekt het college");
        for (String[] expected : new String[][] {
                {"Constaterende dat", "er in het Zuiderpark te weinig bankjes staan;"},
                {"Overwegende dat", "ouderen onderweg moeten kunnen rusten;"},
                {"Verzoekt het college", "tien bankjes bij te plaatsen."}}) {
            assertThat(browser.findElement(By.xpath("//h3[normalize-space()='" + expected[0]
                    + "']/following-sibling::ul[1]")).getText()).isEqualTo(expected[1]);
        }
        Axe.assertAccessible(browser, "openbare pagina van de nieuwe motie");
    }

    @Test
    void theLoginPagePassesAxeAlsoAfterAWrongPassword() {
        open("/login");
        Axe.assertAccessible(browser, "inloggen");

        // a user that does not exist, so that no real account collects a failure
        type(By.id("username"), "bestaat-niet");
        type(By.id("password"), "een verkeerd wachtwoord");
        follow(browser.findElement(By.xpath("//button[normalize-space()='Inloggen']")));

        assertThat(browser.findElement(By.id("inloggen-fout")).getText()).isNotBlank();
        assertThat(browser.findElement(By.id("username")).getDomProperty("value")).isEqualTo("bestaat-niet");
        Axe.assertAccessible(browser, "inloggen na een verkeerd wachtwoord");
    }

    @Test
    void theMotionFormInItsErrorStatePassesAxeAndItsSummaryLinksTakeTheKeyboardToTheFields() {
        logIn(CLERK);
        open("/beheer/den-haag/moties/nieuw");
        type(By.id("title"), "Zonder nummer");
        save(); // no registration number, and the one clause row is empty

        assertThat(errorSummaryTitle()).isEqualTo("Controleer het formulier");
        assertThat(browser.findElement(By.id("title")).getDomProperty("value")).isEqualTo("Zonder nummer");
        assertThat(browser.findElement(By.id("registrationNumber")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id("clauses-0.text")).getDomAttribute("aria-invalid")).isEqualTo("true");
        Axe.assertAccessible(browser, "motieformulier met fouten");

        List<String> targets = summaryLinks().stream().map(link -> link.getDomAttribute("href")).toList();
        assertThat(targets).contains("#registrationNumber", "#clauses-0.text");
        summaryLinks().get(0).click();
        assertThat(browser.switchTo().activeElement().getDomAttribute("id")).isEqualTo(targets.get(0).substring(1));
        for (String target : targets) {
            browser.findElement(By.cssSelector("#fouten a[href='" + target + "']")).click();
            assertThat(browser.switchTo().activeElement().getDomAttribute("id")).as("focus after %s", target)
                    .isEqualTo(target.substring(1));
        }
    }

    @Test
    void theCommitmentAndLetterFormsAndThePasswordPagePassAxeAlsoWithErrors() {
        logIn(CLERK);
        open("/beheer/den-haag/toezeggingen/nieuw");
        assertThat(heading()).isEqualTo("Nieuwe toezegging");
        Axe.assertAccessible(browser, "leeg toezeggingsformulier");
        save(); // the commitment's text is required
        assertThat(errorSummaryTitle()).isEqualTo("Controleer het formulier");
        Axe.assertAccessible(browser, "toezeggingsformulier met fouten");
        summaryLinks().get(0).click();
        assertThat(browser.switchTo().activeElement().getDomAttribute("id")).isEqualTo("text");

        open("/beheer/den-haag/brieven/nieuw");
        assertThat(heading()).isEqualTo("Nieuwe brief");
        assertThat(browser.findElement(By.cssSelector("label[for=sentOn]")).getText()).isEqualTo("Datum");
        assertThat(browser.findElement(By.id("sentOn")).getDomAttribute("type")).isEqualTo("date");
        assertThat(browser.findElement(By.id("email")).getDomAttribute("type")).isEqualTo("email");
        Axe.assertAccessible(browser, "leeg briefformulier");
        type(By.id("email"), "geen e-mailadres");
        save();
        assertThat(errorSummaryTitle()).isEqualTo("Controleer het formulier");
        assertThat(browser.findElement(By.id("email")).getDomProperty("value")).isEqualTo("geen e-mailadres");
        Axe.assertAccessible(browser, "briefformulier met fouten");

        open("/beheer/wachtwoord");
        Axe.assertAccessible(browser, "wachtwoord wijzigen");
        save();
        assertThat(errorSummaryTitle()).isEqualTo("Controleer het formulier");
        Axe.assertAccessible(browser, "wachtwoord wijzigen met fouten");

        for (String path : List.of("/beheer/den-haag/toezeggingen", "/beheer/den-haag/brieven")) {
            open(path);
            Axe.assertAccessible(browser, path);
        }
    }

    @Test
    void theSourcesPageItsFormsAndItsConflictsPassAxeAlsoWithErrors() {
        logIn(CLERK);
        // a conflict to decide (only a harvest makes one through the modules; this test harvests nothing)
        jdbc.update("insert into harvest_conflicts (body_id, motion_id, field, harvested_value, current_value)"
                + " select b.id, m.id, 'title', 'Titel in de bron', 'Titel van de griffie' from bodies b"
                + " join motions m on m.body_id = b.id where b.slug = 'den-haag' and m.url_key = 'ris323480'");
        open("/beheer/den-haag/bronnen");
        assertThat(main()).contains("Er zijn nog geen bronnen ingesteld.", "Titel in de bron", "Bronwaarde overnemen");
        Axe.assertAccessible(browser, "bronnen, met een conflict");

        type(By.id("baseUrl"), "ftp://spiegel.example/odata");
        follow(browser.findElement(By.xpath("//button[normalize-space()='Bron toevoegen']")));
        assertThat(errorSummaryTitle()).isEqualTo("Controleer het formulier");
        Axe.assertAccessible(browser, "bronformulier met fouten");

        type(By.id("baseUrl"), "http://127.0.0.1:9/OData/v4/2.0/");
        browser.findElement(By.id("scheduled")).click();
        follow(browser.findElement(By.xpath("//button[normalize-space()='Bron toevoegen']")));
        assertThat(main()).contains("Bron Tweede Kamer (open data) is toegevoegd.", "Nog niet geoogst.");
        Axe.assertAccessible(browser, "bronnen, met een bron");

        follow(browser.findElement(By.linkText("Bewerken")));
        assertThat(heading()).isEqualTo("Bron Tweede Kamer (open data) bewerken");
        Axe.assertAccessible(browser, "bron bewerken");
    }

    @Test
    void theTermFormsTheDefaultTermAndFollowingPassAxeAlsoWithErrors() {
        logIn(CLERK);
        open("/beheer/den-haag/moties/" + jdbc.queryForObject("select id from motions where url_key = 'ris323480'",
                Long.class));
        assertThat(browser.findElements(By.id("termijn-verlengen"))).hasSize(1);
        Axe.assertAccessible(browser, "motie in beheer, met termijn en verantwoordelijke");
        follow(browser.findElement(By.xpath("//button[normalize-space()='Termijn verlengen']"))); // nothing filled in
        assertThat(main()).contains("Nieuwe termijn: vul de nieuwe termijn in.",
                "Reden: vermeld waarom de termijn wordt verlengd.");
        Axe.assertAccessible(browser, "termijnformulier met fouten");

        open("/beheer/den-haag/termijn");
        Axe.assertAccessible(browser, "standaardtermijn");
        browser.findElement(By.id("kind-dates")).click();
        type(By.id("dates"), "1-13");
        follow(browser.findElement(By.xpath("//button[normalize-space()='Opslaan']")));
        assertThat(errorSummaryTitle()).isEqualTo("Controleer het formulier");
        Axe.assertAccessible(browser, "standaardtermijn met fouten");

        open("/den-haag/moties/ris323480");
        type(By.id("volgen-email"), "griffie@denhaag.example");
        follow(browser.findElement(By.xpath("//button[normalize-space()='Volgen per e-mail']")));
        assertThat(heading()).isEqualTo("Mijn abonnementen");
        Axe.assertAccessible(browser, "mijn abonnementen");
        open("/afmelden?t=1.ongeldig-maar-lang-genoeg-om-te-lezen");
        Axe.assertAccessible(browser, "ongeldige afmeldlink");
        open("/volgen/bevestigen?t=1.ongeldig-maar-lang-genoeg-om-te-lezen");
        Axe.assertAccessible(browser, "ongeldige bevestigingslink");
    }

    @Test
    void theImportPagesPassAxeAndTheReviewShowsWhereEachValueWasRead() throws Exception {
        logIn(CLERK);
        open("/beheer/den-haag/import");
        Axe.assertAccessible(browser, "importeren");
        follow(browser.findElement(By.xpath("//button[normalize-space()='Lezen']")));
        assertThat(main()).contains("Kies een PDF- of tekstbestand, of plak de tekst van de brief.");
        Axe.assertAccessible(browser, "importeren zonder bestand");

        String letter;
        try (var in = getClass().getResourceAsStream("/importing/seeds/000_065fbb4fe9100304.txt")) {
            letter = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        WebElement pasted = browser.findElement(By.id("tekst"));
        browser.executeScript("arguments[0].value = arguments[1];", pasted, letter); // typing 4 kB takes too long
        follow(browser.findElement(By.xpath("//button[normalize-space()='Lezen']")));

        assertThat(heading()).isEqualTo("geplakte tekst beoordelen");
        assertThat(browser.findElement(By.id("reference")).getDomProperty("value")).isEqualTo("OCW/11031882");
        assertThat(main()).contains("Gelezen uit:", "Deze brief is al geregistreerd");
        Axe.assertAccessible(browser, "import beoordelen");
    }

    @Test
    void theAdministratorsPagesPassAxe() {
        logIn(ADMIN);
        for (String path : List.of("/beheer", "/beheer/gebruikers", "/beheer/gebruikers/nieuw",
                "/beheer/bestuursorganen")) {
            open(path);
            Axe.assertAccessible(browser, path);
        }
        open("/beheer/gebruikers");
        follow(browser.findElement(By.linkText(CLERK)));
        Axe.assertAccessible(browser, "gebruiker bewerken");
    }

    @Test
    void administratorChangesABodyAndResetsAPasswordAndEveryPageOnTheWayPassesAxe() {
        logIn(ADMIN);
        open("/beheer/bestuursorganen");
        type(By.id("name"), "Gemeente Browserstad");
        type(By.id("slug"), "browserstad");
        new Select(browser.findElement(By.id("kind"))).selectByVisibleText("Gemeente");
        follow(browser.findElement(By.xpath("//button[normalize-space()='Toevoegen']")));
        follow(browser.findElement(By.linkText("Gemeente Browserstad")));
        assertThat(heading()).isEqualTo("Gemeente Browserstad wijzigen");
        Axe.assertAccessible(browser, "bestuursorgaan wijzigen");

        type(By.id("slug"), "zoeken");
        type(By.id("name"), " ");
        follow(browser.findElement(By.xpath("//button[normalize-space()='Opslaan']")));
        assertThat(summaryLinks()).extracting(WebElement::getText).containsExactlyInAnyOrder(
                "Naam: vul de naam in, bijvoorbeeld Gemeente Den Haag.",
                "Adresdeel: dit adres gebruikt de portal zelf. Kies een ander.");
        Axe.assertAccessible(browser, "bestuursorgaan wijzigen met fouten");

        type(By.id("slug"), "browserstad-nieuw");
        type(By.id("name"), "Gemeente Browserstad");
        follow(browser.findElement(By.xpath("//button[normalize-space()='Opslaan']")));
        assertThat(main()).contains("De oude adressen onder /browserstad verwijzen voortaan door naar "
                + "/browserstad-nieuw.", "/browserstad, tot");
        Axe.assertAccessible(browser, "bestuursorgaan gewijzigd, met geschiedenis");
        open("/browserstad");
        assertThat(browser.getCurrentUrl()).endsWith("/browserstad-nieuw");

        createUser("vergeten-browser", "Vergeten Wachtwoord", false, Map.of("den-haag", "MEMBER"));
        open("/beheer/gebruikers");
        follow(browser.findElement(By.linkText("vergeten-browser")));
        follow(browser.findElement(By.xpath("//button[normalize-space()='Wachtwoord instellen']")));
        assertThat(summaryLinks()).extracting(WebElement::getText)
                .containsExactly("Tijdelijk wachtwoord: vul een wachtwoord in, of laat er een maken.");
        Axe.assertAccessible(browser, "wachtwoord opnieuw instellen met fouten");
        follow(browser.findElement(By.xpath("//button[normalize-space()='Wachtwoord laten maken']")));
        String temporary = browser.findElement(By.cssSelector("code.mm-password")).getText();
        Axe.assertAccessible(browser, "tijdelijk wachtwoord getoond");

        browser.manage().deleteAllCookies();
        open("/login");
        type(By.id("username"), "vergeten-browser");
        type(By.id("password"), temporary);
        follow(browser.findElement(By.xpath("//button[normalize-space()='Inloggen']")));
        assertThat(browser.getCurrentUrl()).endsWith("/beheer/wachtwoord");
        assertThat(main()).contains("Een beheerder heeft uw wachtwoord opnieuw ingesteld.");
        Axe.assertAccessible(browser, "wachtwoord verplicht wijzigen");
    }

    private void clause(int index, String kind, String text) {
        new Select(browser.findElement(By.id("clauses-" + index + ".kind"))).selectByVisibleText(kind);
        type(By.id("clauses-" + index + ".text"), text);
    }

    private List<WebElement> summaryLinks() {
        return browser.findElements(By.cssSelector("#fouten a"));
    }

    private String errorSummaryTitle() {
        return browser.findElement(By.id("fouten-titel")).getText();
    }
}
