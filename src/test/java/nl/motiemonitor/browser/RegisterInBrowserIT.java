package nl.motiemonitor.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.motiemonitor.importing.ReadDocument;
import nl.motiemonitor.importing.Sourced;
import nl.motiemonitor.importing.Span;
import nl.motiemonitor.staff.PendingListDocuments;
import nl.motiemonitor.testsupport.MotiemonitorTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A clerk reads the griffie's register in real Chromium: uploads a CSV, maps the one column the portal did not
 * recognise, previews, saves; axe-core checks the upload page, the preview (with a refused row) and the result; and
 * the preview of a list document shows per row the text it was read from.
 *
 * <p>What the browser saves cannot roll back, so this class leaves its Spring context (and database) dirty.
 */
@MotiemonitorTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class RegisterInBrowserIT extends StaffInChromium {

    private static final String CLERK = "griffie-register";

    @BeforeAll
    void createClerk() {
        createUser(CLERK, "Griffie Register", false, Map.of("den-haag", "CLERK"));
    }

    @Autowired
    ApplicationContext context;

    @Test
    void aListDocumentsPreviewShowsEachRowsTextBehindItsSummary() {
        String text = "Overzicht moties\nRL-2024-1 | Speeltuin in de Schilderswijk | Afgedaan\n"
                + "RL-2024-2 Fietsenstalling bij het station\nStand van zaken: De motie is uitgevoerd, er staan rekken.\n";
        int word = text.indexOf("uitgevoerd");
        ReadDocument list = new ReadDocument(text, ReadDocument.Kind.LIST, null, null, null, null, List.of(), null,
                null, null, null, List.of(), null, List.of(), List.of(), false, List.of(), List.of(), List.of(
                new ReadDocument.ListItem(new Sourced<>("RL-2024-1", null), new Sourced<>("Speeltuin", null),
                        ReadDocument.ItemKind.MOTION, null, new Sourced<>("Afgedaan", null), null, null,
                        new Span(text.indexOf("RL-2024-1"), text.indexOf("\nRL-2024-2"))),
                new ReadDocument.ListItem(new Sourced<>("RL-2024-2", null), new Sourced<>("Fietsenstalling", null),
                        ReadDocument.ItemKind.MOTION, null, new Sourced<>("uitgevoerd", new Span(word, word + 10)),
                        null, null, new Span(text.indexOf("RL-2024-2"), text.length()))), List.of());
        Long body = jdbc.queryForObject("select id from bodies where slug = 'den-haag'", Long.class);
        UUID id = PendingListDocuments.keep(context, body, CLERK, "overzicht.pdf", list);

        logIn(CLERK);
        open("/beheer/den-haag/register/" + id);
        assertThat(heading()).isEqualTo("overzicht.pdf inlezen");
        WebElement row = browser.findElement(By.id("rij-2"));
        assertThat(row.getText()).contains("Status gelezen uit de zin:", "Stand van zaken: De motie is uitgevoerd,"
                + " er staan rekken.").as("the entry's text waits behind its summary")
                .doesNotContain("Fietsenstalling bij het station");
        row.findElement(By.xpath(".//summary[normalize-space()='Uit het document']")).click();
        assertThat(row.findElement(By.cssSelector("details q")).getText().replaceAll("[“”\"]", ""))
                .as("the entry's lines, as the document has them")
                .isEqualTo("RL-2024-2 Fietsenstalling bij het station\nStand van zaken: De motie is uitgevoerd,"
                        + " er staan rekken.");
        Axe.assertAccessible(browser, "voorbeeld van een lijst uit een document, met de tekst van een rij open");
    }

    @Test
    void clerkUploadsACsvRegisterMapsAColumnPreviewsAndSaves() throws IOException {
        Path csv = Files.createTempFile("register", ".csv");
        Files.writeString(csv, """
                Code;Onderwerp;Datum raad;Status;Deadline
                RB-2024-1;Speeltuin in de Schilderswijk;14-03-2024;in behandeling;01-12-2024
                RB-2024-2;Fietsenstalling bij het station;14-03-2024;misschien;
                """, StandardCharsets.UTF_8);
        try {
            logIn(CLERK);
            follow(browser.findElement(
                    By.xpath("//li[span[normalize-space()='Gemeente Den Haag']]/a[normalize-space()='register (CSV, Excel)']")));
            assertThat(heading()).isEqualTo("Register van moties en toezeggingen van Gemeente Den Haag");
            Axe.assertAccessible(browser, "register inlezen");

            browser.findElement(By.id("bestand")).sendKeys(csv.toAbsolutePath().toString());
            follow(browser.findElement(By.xpath("//button[normalize-space()='Lezen']")));
            assertThat(heading()).isEqualTo(csv.getFileName() + " inlezen");
            assertThat(new Select(browser.findElement(By.id("kolom-0"))).getFirstSelectedOption().getText())
                    .isEqualTo("Niet gebruiken");
            assertThat(text()).contains("Rij 2: een motie heeft een nummer nodig.");
            assertThat(browser.findElement(By.cssSelector("label[for=publish]")).getRect().getHeight())
                    .as("the publish checkbox's label reads as a line beside its box, not a column of letters")
                    .isLessThan(3 * browser.findElement(By.cssSelector("label[for=defaultKind]")).getRect().getHeight());

            new Select(browser.findElement(By.id("kolom-0"))).selectByVisibleText("Nummer");
            follow(browser.findElement(By.xpath("//button[normalize-space()='Voorbeeld bijwerken']")));
            assertThat(text()).contains("1 nieuw, 0 bijgewerkt, 0 ongewijzigd, 1 geweigerd",
                    "Rij 3: status “misschien” is onbekend.");
            Axe.assertAccessible(browser, "voorbeeld van het register, met een geweigerde rij");

            follow(browser.findElement(By.xpath("//button[normalize-space()='Opslaan']")));
            assertThat(text()).contains("Er is niets opgeslagen: 1 rij wordt geweigerd.");
            Axe.assertAccessible(browser, "register na een geweigerde opslag");

            new Select(browser.findElement(By.id("kolom-3"))).selectByVisibleText("Niet gebruiken");
            follow(browser.findElement(By.xpath("//button[normalize-space()='Opslaan']")));
            assertThat(text()).contains("Register opgeslagen: 2 nieuw, 0 bijgewerkt, 0 ongewijzigd.");
            Axe.assertAccessible(browser, "register opgeslagen");
            assertThat(jdbc.queryForObject("select count(*) from motions where registration_number like 'RB-2024-%'",
                    Integer.class)).isEqualTo(2);
        } finally {
            Files.deleteIfExists(csv);
        }
    }

    private String text() {
        return browser.findElement(By.tagName("main")).getText();
    }
}
