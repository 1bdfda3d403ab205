package nl.motiemonitor.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import nl.motiemonitor.importing.TestPdfs;
import nl.motiemonitor.testsupport.MotiemonitorTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A clerk's working day in Chromium, every page checked with axe: a motion with three sponsors and a vote per
 * party, edited and saved twice; a motion and a letter imported from PDFs; the letter linked to the motion it
 * answers in the review; the council's acceptance of the discharge; a term extended. No step may lose what was typed
 * or crash, and the public pages say what happened.
 */
@MotiemonitorTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ClerksDayIT extends StaffInChromium {

    private static final String CLERK = "griffie-dag";

    @TempDir
    Path documents;

    @BeforeAll
    void createClerk() {
        createUser(CLERK, "Griffie Werkdag", false, Map.of("den-haag", "CLERK"));
    }

    @Test
    void aClerksDay() throws IOException {
        logIn(CLERK);

        // a motion with three sponsors and the vote per party
        open("/beheer/den-haag/moties/nieuw");
        type(By.id("registrationNumber"), "RIS777001");
        type(By.id("title"), "Meer bomen in Laak");
        typeDate(By.id("adoptedOn"), LocalDate.of(2026, 3, 12));
        type(By.id("votesFor"), "30");
        type(By.id("votesAgainst"), "15");
        type(By.id("partiesFor"), "GroenLinks (8), PvdA (7), D66 (15)");
        type(By.id("partiesAgainst"), "VVD (9), PVV (6)");
        type(By.id("newSponsors"), "De Jong (GroenLinks)\nBakker (PvdA)\nVisser (D66)");
        new Select(browser.findElement(By.id("clauses-0.kind"))).selectByVisibleText("Verzoekt het college");
        type(By.id("clauses-0.text"), "honderd bomen te planten in Laak.");
        browser.findElement(By.id("published")).click();
        Axe.assertAccessible(browser, "motie invullen");
        save();
        assertThat(main()).contains("De motie is opgeslagen.", "De Jong (GroenLinks)", "Bakker (PvdA)",
                "Visser (D66)", "Voor: GroenLinks (8 zetels), PvdA (7 zetels), D66 (15 zetels)");
        Axe.assertAccessible(browser, "motie opgeslagen");
        String motionPage = browser.getCurrentUrl();

        // edited and saved twice: unchanged, then with a new title
        for (String title : new String[] {null, "Meer bomen in Laak en Escamp"}) {
            open(path(motionPage) + "/bewerken");
            Axe.assertAccessible(browser, "motie bewerken");
            if (title != null) {
                type(By.id("title"), title);
            }
            save();
            assertThat(main()).contains("De wijzigingen zijn opgeslagen.").doesNotContain("Controleer het formulier");
        }
        assertThat(heading()).isEqualTo("Meer bomen in Laak en Escamp");
        assertThat(main()).contains("De Jong (GroenLinks), Bakker (PvdA), Visser (D66)");

        // a motion imported from its PDF, with the vote the document states
        upload(write("motie.pdf", """
                Motie M-901: Speeltuinen toegankelijk voor alle kinderen

                De raad van de gemeente Den Haag, in vergadering bijeen op 9 april 2026,

                constaterende dat veel speeltuinen niet toegankelijk zijn;

                verzoekt het college in elke wijk een speeltuin toegankelijk te maken,

                en gaat over tot de orde van de dag.

                Ingediend door: Yilmaz (DENK), Smit (CDA)

                Status: Aangenomen
                Voor: DENK, CDA, GroenLinks
                Tegen: PVV
                """));
        assertThat(heading()).isEqualTo("motie.pdf beoordelen");
        assertThat(value("motions-0.number")).isEqualTo("M-901");
        assertThat(value("motions-0.partiesFor")).isEqualTo("DENK, CDA, GroenLinks");
        assertThat(new Select(browser.findElement(By.id("motions-0.voteOutcome"))).getFirstSelectedOption().getText())
                .isEqualTo("Aangenomen");
        Axe.assertAccessible(browser, "motie beoordelen");
        browser.findElement(By.id("published")).click();
        save();
        assertThat(heading()).isEqualTo("Speeltuinen toegankelijk voor alle kinderen");

        // a letter imported from its PDF: it answers the first motion and, chosen in the review, the second
        upload(write("brief.pdf", """
                Den Haag, 20 november 2026

                Ons kenmerk: DSO/2026.1234
                Onderwerp: Afdoening motie RIS777001

                Geachte leden van de raad,

                Op 12 maart 2026 heeft uw raad de motie RIS777001 aangenomen. In het afgelopen jaar zijn in Laak
                en Escamp honderd bomen geplant. Hiermee beschouwt het college de motie als afgedaan.

                Met vriendelijke groet,

                Het college van burgemeester en wethouders van Den Haag,
                de secretaris, de burgemeester,
                """));
        assertThat(main()).contains("Deze motie bestaat al");
        Select item = new Select(browser.findElement(By.id("answers-0.item")));
        item.selectByVisibleText(item.getOptions().stream().map(WebElement::getText)
                .filter(text -> text.startsWith("Motie M-901")).findFirst().orElseThrow());
        new Select(browser.findElement(By.id("answers-0.response"))).selectByValue("PROGRESS_ONLY");
        browser.findElement(By.id("published")).click();
        Axe.assertAccessible(browser, "brief beoordelen");
        save();
        assertThat(main()).contains("Het document is geïmporteerd.");
        Axe.assertAccessible(browser, "brief opgeslagen");

        // the council accepts the discharge
        open(path(motionPage));
        assertThat(main()).contains("Afdoening voorgesteld");
        new Select(browser.findElement(By.id("move"))).selectByValue("ACCEPT_DISCHARGE");
        type(By.id("reason"), "De raad stemt in met de afdoening.");
        follow(browser.findElement(By.xpath("//button[normalize-space()='Status wijzigen']")));
        assertThat(main()).contains("De status is gewijzigd.", "Afgedaan");
        Axe.assertAccessible(browser, "afdoening aanvaard");

        // a term extended with its reason
        open("/beheer/den-haag/moties");
        follow(browser.findElement(By.linkText("Speeltuinen toegankelijk voor alle kinderen")));
        typeDate(By.id("to"), LocalDate.of(2027, 6, 1));
        type(By.id("termReason"), "Uitstel gevraagd; de raad stemde in.");
        follow(browser.findElement(By.xpath("//button[normalize-space()='Termijn verlengen']")));
        assertThat(main()).contains("De termijn is verlengd.", "1 juni 2027", "Uitstel gevraagd; de raad stemde in.");
        Axe.assertAccessible(browser, "termijn verlengd");

        // what the public sees
        open("/den-haag/moties/ris777001");
        assertThat(main()).contains("Afgedaan", "Voor: GroenLinks (8 zetels)", "Tegen: VVD (9 zetels), PVV (6 zetels)");
        Axe.assertAccessible(browser, "openbare motie");
        open("/den-haag/moties/m-901");
        assertThat(main()).contains("In behandeling", "Aangenomen op", "Termijn verlengd");
        assertThat(browser.findElements(By.cssSelector(".mm-badge-overdue"))).as("not late").isEmpty();
    }

    private void upload(Path pdf) {
        open("/beheer/den-haag/import");
        browser.findElement(By.id("bestanden")).sendKeys(pdf.toString());
        follow(browser.findElement(By.xpath("//button[normalize-space()='Lezen']")));
    }

    private Path write(String name, String text) throws IOException {
        return Files.write(documents.resolve(name), TestPdfs.fromText(text, 50));
    }

    private String value(String id) {
        return browser.findElement(By.id(id)).getDomProperty("value");
    }

    private static String path(String url) {
        return java.net.URI.create(url).getPath();
    }
}
