package nl.motiemonitor.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.logging.Level;

import nl.motiemonitor.testsupport.MotiemonitorTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/** A reader in real Chromium: follows links from the front page to a motion and its letter; axe-core checks WCAG. */
@MotiemonitorTest
class PortalInBrowserIT extends InChromium {

    @BeforeEach
    void desktopWindow() {
        browser.manage().window().setSize(new Dimension(1280, 1024));
    }

    @Test
    void readerFollowsLinksFromTheFrontPageToTheOverweeghuisMotionAndItsLetter() {
        open("/");
        assertAccessible("startpagina");
        browser.findElement(By.linkText("Gemeente Den Haag")).click();

        assertThat(heading()).isEqualTo("Gemeente Den Haag");
        assertThat(browser.getTitle()).contains("Gemeente Den Haag");
        assertAccessible("Den Haag");
        browser.findElement(By.linkText("Onderzoek mogelijkheden overweeghuis")).click();

        assertThat(heading()).isEqualTo("Onderzoek mogelijkheden overweeghuis");
        assertThat(browser.findElements(By.tagName("h3"))).extracting(WebElement::getText)
                .containsExactly("Constaterende dat", "Overwegende dat", "Verzoekt het college");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(
                "stoppen met sekswerk om diverse redenen een moeizaam traject is.",
                "samen met relevante partners en sekswerkers de mogelijkheden te onderzoeken om een overweeghuis "
                        + "te openen in Den Haag.");
        assertAccessible("motie");
        browser.findElement(By.linkText("Afdoening motie: 'Onderzoek mogelijkheden overweeghuis'")).click();

        assertThat(heading()).isEqualTo("Afdoening motie: 'Onderzoek mogelijkheden overweeghuis'");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Renée Brouwer", "OCW/11031882",
                "Het college beschouwt de motie hiermee als afgedaan.", "Afdoening geclaimd");
        assertAccessible("brief");
    }

    @Test
    void otherPagesAndThemesPassAxeToo() {
        for (String path : List.of("/den-haag/toezeggingen/2021-1", "/groningen", "/groningen/moties/2014-11",
                "/tweede-kamer", "/tweede-kamer/toezeggingen/2019-3", "/den-haag?status=afdoening-voorgesteld",
                "/bestaat-niet", "/zoeken?q=sekswerkers", "/den-haag/zoeken?q=overweeghuis", "/overzicht",
                "/den-haag/overzicht", "/groningen/overzicht?sorteer=x", "/overzicht?sorteer=binnen-termijn", "/toegankelijkheid",
                "/open-data")) {
            open(path);
            assertAccessible(path);
        }
        open("/tweede-kamer/toezeggingen/2019-3");
        browser.findElement(By.partialLinkText("Brief van de staatssecretaris")).click();
        assertAccessible("brief Tweede Kamer");
    }

    @Test
    void skipLinkIsTheFirstThingTheKeyboardReaches() {
        open("/den-haag");
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);

        WebElement focused = browser.switchTo().activeElement();
        assertThat(focused.getText()).isEqualTo("Direct naar de inhoud");
        assertThat(focused.isDisplayed()).isTrue();
    }

    @Test
    void pagesFitA320PixelWideScreenWithoutSidewaysScrolling() {
        browser.manage().window().setSize(new Dimension(320, 900));
        for (String path : List.of("/", "/den-haag", "/den-haag/moties/ris323480", "/den-haag/toezeggingen/2021-1",
                "/overzicht", "/den-haag/overzicht", "/open-data")) {
            open(path);
            Long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow).as("horizontal overflow on %s at 320 px", path).isLessThanOrEqualTo(0L);
        }
    }

    @Test
    void pagesLoadEveryResourceAndViolateNoContentSecurityPolicy() {
        for (String path : List.of("/", "/den-haag/moties/ris323480", "/groningen", "/overzicht", "/den-haag/overzicht",
                "/open-data")) {
            browser.manage().logs().get(LogType.BROWSER); // drop earlier entries
            open(path);
            List<String> problems = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
                    .map(LogEntry::getMessage).toList();
            assertThat(problems).as("browser console on %s", path).isEmpty();
        }
    }

    private String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    private void assertAccessible(String page) {
        Axe.assertAccessible(browser, page);
    }
}
