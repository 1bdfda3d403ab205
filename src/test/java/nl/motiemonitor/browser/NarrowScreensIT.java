package nl.motiemonitor.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.motiemonitor.testsupport.MotiemonitorTest;
import nl.motiemonitor.testsupport.StaffClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Phones and everything up to a desktop, in real Chromium with the viewport set exactly (DevTools device metrics, as
 * the window of a headless browser does not go below its own minimum): at 320 and 375 px the lists and dashboards
 * show their key columns (item, status, days late, term) without scrolling the page or any table sideways, the
 * tables stay tables for assistive technology, axe-core finds nothing, and from 320 to 1280 px no two texts of a
 * chart meet.
 */
@MotiemonitorTest
class NarrowScreensIT extends InChromium {

    private static final String ADMIN = "beheerder-smal";
    private static final String PASSWORD = StaffClient.PASSWORD;
    private static final List<String> LISTS = List.of("/", "/den-haag", "/den-haag/overzicht", "/overzicht",
            "/den-haag/lijst", "/den-haag/lijst?groep=soort&sinds=2021-01-01", "/den-haag/moties/ris307039",
            "/groningen", "/tweede-kamer/overzicht");
    private static final List<String> STAFF_LISTS = List.of("/beheer/den-haag/moties", "/beheer/den-haag/toezeggingen",
            "/beheer/bestuursorganen", "/beheer/gebruikers", "/beheer/den-haag/lijst");

    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {320, 375})
    void listsAndDashboardsFitAPhoneWithTheirKeyColumnsVisible(int width) {
        viewport(width);
        for (String path : LISTS) {
            open(path);
            assertFits(path, width);
            if (width == 320) { // one width is enough: both are under the same breakpoint
                Axe.assertAccessible(browser, path + " at " + width + " px");
            }
        }

        open("/den-haag");
        WebElement motion = firstRow("moties-tabel");
        assertVisible(motion, By.linkText("Onderzoek mogelijkheden overweeghuis"), width);
        assertVisible(motion, By.cssSelector(".utrecht-status-badge"), width);
        assertVisible(motion, By.xpath(".//*[contains(text(), 'wacht op besluit van de raad')]"), width);
        assertThat(text(motion)).contains("Status: Afdoening voorgesteld", "Termijn: 9 april 2026");
        assertTableSemantics("moties-tabel");

        open("/den-haag/overzicht");
        WebElement late = firstRow("te-laat-tabel");
        assertVisible(late, By.tagName("a"), width);
        assertThat(text(late)).containsPattern("Termijn: \\d+ \\w+ \\d{4}").containsPattern("Dagen te laat: \\d+");
        assertTableSemantics("te-laat-tabel");

        open("/overzicht");
        assertThat(text(firstRow("vergelijking-tabel"))).contains("Te laat:", "% op tijd beantwoord:");
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {320, 375})
    void staffListsFitAPhoneToo(int width) {
        logInAsAdministrator();
        viewport(width);
        for (String path : STAFF_LISTS) {
            open(path);
            assertFits(path, width);
            if (width == 320) {
                Axe.assertAccessible(browser, path + " at " + width + " px");
            }
        }
        open("/beheer/den-haag/moties");
        assertThat(text(firstRow("moties-beheer"))).contains("Status:", "Publicatie:");
    }

    @Test
    void noTwoTextsOfAChartMeetAtAnyWidthFrom320To1280Pixels() {
        List<String> problems = new ArrayList<>();
        for (int width : new int[] {320, 375, 768, 1280}) {
            viewport(width);
            for (String path : List.of("/den-haag/overzicht", "/overzicht", "/groningen/overzicht")) {
                open(path);
                @SuppressWarnings("unchecked")
                List<String> found = (List<String>) browser.executeScript("""
                        const problems = [];
                        const charts = document.querySelectorAll('svg.mm-chart__svg');
                        if (charts.length < 2) problems.push('only ' + charts.length + ' charts');
                        charts.forEach(svg => {
                          const area = svg.getBoundingClientRect();
                          const texts = [...svg.querySelectorAll('text')]
                              .map(t => ({ text: t.textContent, box: t.getBoundingClientRect() }));
                          texts.forEach(a => {
                            if (a.box.left < area.left - 0.5 || a.box.right > area.right + 0.5
                                || a.box.top < area.top - 0.5 || a.box.bottom > area.bottom + 0.5) {
                              problems.push('"' + a.text + '" sticks out of its chart');
                            }
                          });
                          for (let i = 0; i < texts.length; i++) {
                            for (let j = i + 1; j < texts.length; j++) {
                              const a = texts[i].box, b = texts[j].box;
                              if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) {
                                problems.push('"' + texts[i].text + '" meets "' + texts[j].text + '"');
                              }
                            }
                          }
                        });
                        return problems;""");
                found.forEach(problem -> problems.add(path + " at " + width + " px: " + problem));
            }
        }
        assertThat(problems).isEmpty();
    }

    /** Neither the page nor any table (or the region around it) scrolls sideways. */
    private void assertFits(String path, int width) {
        assertThat(script("return window.innerWidth;")).as("viewport").isEqualTo((long) width);
        assertThat(script("return document.documentElement.scrollWidth;")).as("page width of %s at %d px", path, width)
                .isLessThanOrEqualTo((long) width);
        @SuppressWarnings("unchecked")
        List<String> wide = (List<String>) browser.executeScript("""
                return [...document.querySelectorAll('table')].flatMap(table => {
                  const region = table.closest('.mm-table-scroll') || table;
                  const name = table.caption ? table.caption.textContent.trim() : 'table';
                  return [[table, name], [region, name + ' (region)']]
                      .filter(([element]) => element.scrollWidth > element.clientWidth
                          || element.getBoundingClientRect().right > window.innerWidth)
                      .map(([element, label]) => label + ': ' + element.scrollWidth + ' > ' + element.clientWidth);
                });""");
        assertThat(wide).as("tables scrolling sideways on %s at %d px", path, width).isEmpty();
    }

    private void assertVisible(WebElement row, By what, int width) {
        WebElement element = row.findElement(what);
        assertThat(element.isDisplayed()).as("%s shown", what).isTrue();
        assertThat(element.getRect().getX() + element.getRect().getWidth()).as("%s within the screen", what)
                .isLessThanOrEqualTo(width);
    }

    /** A stacked table is still a table to assistive technology: a table of rows, column headers and cells. */
    private void assertTableSemantics(String captionId) {
        WebElement table = browser.findElement(By.xpath("//table[caption[@id='" + captionId + "']]"));
        assertThat(table.getAriaRole()).isEqualTo("table");
        assertThat(table.findElement(By.cssSelector("thead th")).getAriaRole()).isEqualTo("columnheader");
        assertThat(table.findElement(By.cssSelector("tbody tr")).getAriaRole()).isEqualTo("row");
        assertThat(table.findElement(By.cssSelector("tbody td")).getAriaRole()).isEqualTo("cell");
        assertThat(table.findElement(By.cssSelector("tbody .mm-cell-label")).getDomAttribute("aria-hidden"))
                .isEqualTo("true");
    }

    private static String text(WebElement element) {
        return element.getText().replaceAll("\\s+", " ");
    }

    private WebElement firstRow(String captionId) {
        return browser.findElement(By.xpath("//table[caption[@id='" + captionId + "']]/tbody/tr[1]"));
    }

    private void viewport(int width) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", false));
    }

    private void logInAsAdministrator() {
        if (jdbc.queryForObject("select count(*) from users where username = ?", Long.class, ADMIN) == 0) {
            StaffClient.createUser(jdbc, ADMIN, "Beheerder Smal", true, Map.of());
        }
        jdbc.update("delete from login_attempts");
        viewport(1280);
        open("/login");
        browser.findElement(By.id("username")).sendKeys(ADMIN);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.xpath("//button[normalize-space()='Inloggen']")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(driver -> driver.getCurrentUrl().endsWith("/beheer"));
    }

    private long script(String script) {
        return ((Number) browser.executeScript(script)).longValue();
    }
}
