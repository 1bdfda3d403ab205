package nl.motiemonitor.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import nl.motiemonitor.testsupport.MotiemonitorTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The portal's three main tasks with the keyboard only: after opening the first page, every step is Tab, Shift+Tab,
 * Enter, Space, an arrow or typing, and at every stop focus must show on the element the task expects
 * ({@link Keyboard}). The accessibility statement (/toegankelijkheid) says these tests exist.
 */
@MotiemonitorTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class KeyboardOnlyIT extends StaffInChromium {

    private static final String CLERK = "griffie-toetsenbord";
    private static final String MEMBER = "raadslid-toetsenbord";

    private Keyboard keys;

    @BeforeAll
    void createUsers() {
        createUser(CLERK, "Griffie Toetsenbord", false, Map.of("den-haag", "CLERK"));
        createUser(MEMBER, "Raadslid Toetsenbord", false, Map.of("den-haag", "MEMBER"));
    }

    @BeforeEach
    void keyboard() {
        keys = new Keyboard(browser);
    }

    @Test
    void skipLinkIsTheFirstTabStopAndMovesFocusToTheContent() {
        open("/den-haag/moties/ris323480");

        WebElement skip = keys.tab();
        assertThat(skip.getText()).isEqualTo("Direct naar de inhoud");
        keys.press(Keys.ENTER);
        assertThat(keys.focused().getDomAttribute("id")).as("focus after the skip link").isEqualTo("inhoud");
        WebElement next = keys.tab();
        assertThat((Boolean) browser.executeScript("return document.querySelector('main').contains(arguments[0]);",
                next)).as("the next tab stop is in the content: %s", next.getText()).isTrue();
    }

    @Test
    void visitorFindsAMotionBySearchAndReadsItsLetter() {
        open("/");

        // past the skip link into the content, then back to the search field in the header
        assertThat(keys.tab().getText()).isEqualTo("Direct naar de inhoud");
        keys.press(Keys.ENTER);
        assertThat(keys.shiftTab().getText()).isEqualTo("Zoeken");
        assertThat(keys.shiftTab().getDomAttribute("id")).isEqualTo("zoeken-kop");
        searchAndOpenMotion("overweeghuis", "Onderzoek mogelijkheden overweeghuis");

        keys.tabToLink("Afdoening motie: 'Onderzoek mogelijkheden overweeghuis'");
        awaitNextPage(() -> keys.press(Keys.ENTER));
        assertThat(heading()).isEqualTo("Afdoening motie: 'Onderzoek mogelijkheden overweeghuis'");
        assertThat(main()).contains("Het college beschouwt de motie hiermee als afgedaan.");
    }

    @Test
    void clerkRegistersALetter() {
        open("/login");
        logInByKeyboard(CLERK);

        keys.tabTo("the letters of Den Haag", element -> "a".equals(element.getTagName())
                && element.getDomAttribute("href").endsWith("/beheer/den-haag/brieven"));
        awaitNextPage(() -> keys.press(Keys.ENTER));
        keys.tabToLink("Nieuwe brief");
        awaitNextPage(() -> keys.press(Keys.ENTER));
        assertThat(heading()).isEqualTo("Nieuwe brief");

        // dates with day and month alike, so the browser's order of them does not matter; first one in the future
        keys.tabToField("sentOn");
        keys.type("12122027");
        assertThat(value("sentOn")).isEqualTo("2027-12-12");
        keys.tabToField("subject");
        keys.type("Voortgang banenaanpak tijdens uitstappen");
        keys.tab();
        assertThat(keys.focused().getDomAttribute("id")).isEqualTo("reference");
        keys.type("SZW/2026.77");
        keys.tabToField("answers-0.item");
        keys.arrowDownTo(option -> option.startsWith("Motie RIS307039"));
        keys.tab();
        assertThat(keys.focused().getDomAttribute("id")).isEqualTo("answers-0.response");
        keys.arrowDownTo(option -> option.equals("Alleen voortgang"));
        keys.tabToField("fullText");
        keys.type("Het college meldt de voortgang van de banenaanpak.");
        keys.tabToField("published");
        keys.press(Keys.SPACE);
        assertThat(browser.findElement(By.id("published")).isSelected()).as("published, by the space bar").isTrue();
        WebElement save = keys.tabToButton("Opslaan");
        assertThat(save.isDisplayed()).isTrue();
        awaitNextPage(() -> keys.press(Keys.ENTER));

        // refused: focus starts at the summary of errors, whose link leads to the field; what was typed stays
        assertThat(keys.assertFocusVisible().getDomAttribute("id")).as("focus after a refused save").isEqualTo("fouten");
        assertThat(keys.tab().getText()).isEqualTo("Datum van de brief: de datum van de brief ligt in de toekomst.");
        keys.press(Keys.ENTER);
        assertThat(keys.assertFocusVisible().getDomAttribute("id")).isEqualTo("sentOn");
        keys.type("11112026");
        assertThat(value("sentOn")).isEqualTo("2026-11-11");
        assertThat(value("subject")).isEqualTo("Voortgang banenaanpak tijdens uitstappen");
        assertThat(browser.findElement(By.id("published")).isSelected()).isTrue();
        keys.tabToButton("Opslaan");
        awaitNextPage(() -> keys.press(Keys.ENTER));

        assertThat(main()).contains("De brief is opgeslagen.", "Voortgang banenaanpak tijdens uitstappen",
                "SZW/2026.77", "Toegang banenaanpak tijdens uitstappen");
    }

    @Test
    void memberFollowsAMotionByEmail() {
        open("/login");
        // a mistyped password first: focus starts at the message, the name stays
        keys.tabToField("username");
        keys.type(MEMBER);
        keys.tab();
        keys.type("niet het wachtwoord");
        awaitNextPage(() -> keys.press(Keys.ENTER));
        assertThat(keys.assertFocusVisible().getDomAttribute("id")).as("focus after a failed login").isEqualTo("fouten");
        assertThat(keys.tab().getDomProperty("value")).isEqualTo(MEMBER);
        keys.tab();
        assertThat(keys.focused().getDomAttribute("id")).isEqualTo("password");
        keys.type(PASSWORD);
        awaitNextPage(() -> keys.press(Keys.ENTER));
        assertThat(browser.getCurrentUrl()).endsWith("/beheer");

        keys.tabToField("zoeken-kop");
        searchAndOpenMotion("vertrouwenspersonen", "Onderzoek instellen vertrouwenspersonen sekswerkers");

        keys.tabToField("volgen-email");
        keys.type("raadslid@denhaag.example");
        keys.tab();
        assertThat(keys.focused().getDomAttribute("id")).isEqualTo("volgen-frequentie");
        keys.arrowDownTo(option -> option.equals("Eén overzicht per dag"));
        assertThat(keys.tab().getText()).isEqualTo("Volgen per e-mail");
        awaitNextPage(() -> keys.press(Keys.ENTER));

        assertThat(heading()).isEqualTo("Mijn abonnementen");
        assertThat(main()).contains("U volgt nu Onderzoek instellen vertrouwenspersonen sekswerkers (Gemeente Den "
                + "Haag) per e-mail", "overzicht per dag)", "Wij hebben een bericht gestuurd naar raadslid@denhaag.example");
    }

    @Test
    void everyTabStopOfThePublicPagesShowsFocus() {
        for (String path : List.of("/", "/den-haag", "/den-haag/moties/ris323480", "/den-haag/toezeggingen/2021-1",
                "/zoeken?q=sekswerkers", "/overzicht", "/den-haag/overzicht", "/toegankelijkheid", "/login")) {
            open(path);
            assertThat(keys.tabThroughPage()).as("tab stops on %s", path).isGreaterThan(5);
        }
    }

    @Test
    void everyTabStopOfTheClerksFormsShowsFocus() {
        open("/login");
        logInByKeyboard(CLERK);
        for (String path : List.of("/beheer", "/beheer/den-haag/moties", "/beheer/den-haag/moties/nieuw",
                "/beheer/den-haag/toezeggingen/nieuw", "/beheer/den-haag/brieven/nieuw", "/beheer/den-haag/import",
                "/beheer/den-haag/termijn", "/abonnementen")) {
            open(path);
            assertThat(keys.tabThroughPage()).as("tab stops on %s", path).isGreaterThan(5);
        }
    }

    /** With focus in a search field: searches, tabs to the motion among the results and opens it. */
    private void searchAndOpenMotion(String query, String title) {
        keys.type(query);
        awaitNextPage(() -> keys.press(Keys.ENTER));
        assertThat(browser.getTitle()).startsWith("Zoeken: " + query);
        keys.tabTo("the motion '" + title + "' among the results", element -> "a".equals(element.getTagName())
                && element.getText().strip().equals(title) && element.getDomAttribute("href").contains("/moties/"));
        awaitNextPage(() -> keys.press(Keys.ENTER));
        assertThat(heading()).isEqualTo(title);
    }

    /** From the login page's start: to the user name, the password, and Enter to send the form. */
    private void logInByKeyboard(String username) {
        keys.tabToField("username");
        keys.type(username);
        keys.tab();
        assertThat(keys.focused().getDomAttribute("id")).isEqualTo("password");
        keys.type(PASSWORD);
        awaitNextPage(() -> keys.press(Keys.ENTER));
        assertThat(browser.getCurrentUrl()).as("after logging in as %s", username).endsWith("/beheer");
    }

    private String value(String id) {
        return browser.findElement(By.id(id)).getDomProperty("value");
    }
}
