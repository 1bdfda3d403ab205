package nl.motiemonitor.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.motiemonitor.testsupport.StaffClient;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the browser tests of the staff area share: users, logging in, following links and typing into forms. */
abstract class StaffInChromium extends InChromium {

    static final String PASSWORD = StaffClient.PASSWORD;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void freshSession() {
        browser.manage().window().setSize(new Dimension(1280, 1024));
        open("/"); // cookies can only be deleted for the site the browser is on
        browser.manage().deleteAllCookies();
        // every login comes from the same address; earlier failures must not throttle the next one
        jdbc.update("delete from login_attempts");
    }

    void logIn(String username) {
        open("/login");
        type(By.id("username"), username);
        type(By.id("password"), PASSWORD);
        follow(browser.findElement(By.xpath("//button[normalize-space()='Inloggen']")));
        assertThat(browser.getCurrentUrl()).as("after logging in as %s", username).endsWith("/beheer");
    }

    void createUser(String username, String displayName, boolean admin, Map<String, String> roles) {
        StaffClient.createUser(jdbc, username, displayName, admin, roles);
    }

    /**
     * Clicks a link or submit button and waits until the next page has replaced this one and has loaded, so that
     * nothing is read from the old page while the browser is still loading the new one. The old page is marked
     * with a property of its window object, which the next page does not have.
     */
    WebElement follow(WebElement linkOrButton) {
        awaitNextPage(linkOrButton::click);
        return linkOrButton;
    }

    /** Does what leaves this page (a click, a key) and waits until the next page has loaded, as {@link #follow}. */
    void awaitNextPage(Runnable leave) {
        browser.executeScript("window.mmOldPage = true;");
        leave.run();
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(WebDriverException.class)
                .until(driver -> Boolean.TRUE.equals(browser.executeScript(
                        "return window.mmOldPage === undefined && document.readyState === 'complete';")));
    }

    /** The visible primary button; the motion and letter forms also hold a hidden one that Enter presses. */
    void save() {
        browser.findElements(By.cssSelector("main form button.utrecht-button--primary-action")).stream()
                .filter(WebElement::isDisplayed).reduce((first, second) -> second).map(this::follow).orElseThrow();
    }

    /**
     * Types a date into an {@code <input type="date">} as a person would, digit by digit. The order of day, month
     * and year is the browser's: Dutch (dd-mm-jjjj) with Chromium's Dutch locale, American (mm/dd/yyyy) with
     * Debian's Chromium without the chromium-l10n package, whatever {@code --lang} says. So it tries the Dutch order
     * first and checks the value the field now holds.
     */
    void typeDate(By field, LocalDate date) {
        WebElement input = browser.findElement(field);
        List<String> seen = new ArrayList<>();
        for (String pattern : List.of("ddMMyyyy", "MMddyyyy")) {
            input.clear();
            input.sendKeys(date.format(DateTimeFormatter.ofPattern(pattern)));
            String value = input.getDomProperty("value");
            if (date.toString().equals(value)) {
                return;
            }
            seen.add(pattern + " gave '" + value + "'");
        }
        throw new AssertionError("Could not type " + date + " into the date field " + field + ": " + seen);
    }

    void type(By field, String text) {
        WebElement element = browser.findElement(field);
        element.clear();
        element.sendKeys(text);
    }

    String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    String main() {
        return browser.findElement(By.tagName("main")).getText();
    }
}
