package nl.motiemonitor.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser test has: one Chromium for the whole class (or the class skipped when there is none, see
 * {@link Chromium}), and the portal under test on its random port.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class InChromium {

    @LocalServerPort
    int port;

    ChromeDriver browser;

    @BeforeAll
    void startChromium() {
        Chromium.requireInstalled();
        browser = Chromium.start();
    }

    @AfterAll
    void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    void open(String path) {
        browser.get("http://localhost:" + port + path);
    }
}
