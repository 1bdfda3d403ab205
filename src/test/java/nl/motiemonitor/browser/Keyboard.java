package nl.motiemonitor.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Predicate;

import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * A person at the keyboard: keys go to whatever has focus (Tab, Shift+Tab, Enter, Space, arrows, typing), never a
 * click. After every move the focused element must show that it has focus.
 */
final class Keyboard {

    /** How many Tabs a task may need to reach the next thing it wants; more means something traps or loops. */
    private static final int MAX_TABS = 80;

    /**
     * What focus looks like on the active element: an outline (not none, wider than 0, not transparent), a box shadow
     * it has only when focused, or another difference (colours, border, underline) from a copy of it without focus.
     * A 1-pixel element (visually hidden) cannot show focus at all.
     */
    private static final String FOCUS_INDICATOR = """
            const el = document.activeElement;
            if (!el || el === document.body || el === document.documentElement) {
              return {visible: false, what: 'nothing has focus'};
            }
            const props = ['outline-style', 'outline-width', 'outline-color', 'box-shadow', 'background-color',
                'color', 'border-top-color', 'border-right-color', 'border-bottom-color', 'border-left-color',
                'border-top-width', 'border-bottom-width', 'text-decoration-line', 'text-decoration-thickness'];
            const styles = style => Object.fromEntries(props.map(p => [p, style.getPropertyValue(p)]));
            const focused = styles(getComputedStyle(el));
            const copy = el.cloneNode(false);
            copy.removeAttribute('id');
            copy.removeAttribute('name');
            copy.setAttribute('tabindex', '-1');
            el.after(copy);
            const unfocused = styles(getComputedStyle(copy));
            copy.remove();
            const transparent = colour => colour === 'transparent' || /rgba\\(.*,\\s*0\\)$/.test(colour);
            const outline = focused['outline-style'] !== 'none' && parseFloat(focused['outline-width']) > 0
                && !transparent(focused['outline-color']);
            const shadow = focused['box-shadow'] !== 'none' && focused['box-shadow'] !== unfocused['box-shadow'];
            const changed = props.filter(p => !p.startsWith('outline') && p !== 'box-shadow'
                && focused[p] !== unfocused[p]);
            const box = el.getBoundingClientRect();
            const what = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.type ? '[' + el.type + ']' : '')
                + ' "' + (el.innerText || el.value || el.getAttribute('aria-label') || '').trim().slice(0, 60) + '"';
            return {visible: (outline || shadow || changed.length > 0) && box.width > 1 && box.height > 1,
                what: what, outline: focused['outline-style'] + ' ' + focused['outline-width'] + ' '
                    + focused['outline-color'], shadow: focused['box-shadow'], changed: changed.join(', '),
                size: Math.round(box.width) + 'x' + Math.round(box.height) + (document.hasFocus() ? ''
                    : ', the page itself has no focus')};
            """;

    private final ChromeDriver browser;

    Keyboard(ChromeDriver browser) {
        this.browser = browser;
    }

    /**
     * Headless Chromium takes the page's own focus away once Tab leaves its last element, and keys sent later do not
     * give it back; without it nothing matches :focus. A person's browser window has focus, so emulate one, before
     * every key: Chromium 150 drops the emulation with the document on some navigations, and the first Tab of the next
     * page then focuses nothing.
     */
    private void emulateWindowFocus() {
        browser.executeCdpCommand("Emulation.setFocusEmulationEnabled", Map.of("enabled", true));
    }

    WebElement focused() {
        return browser.switchTo().activeElement();
    }

    void press(CharSequence... keys) {
        emulateWindowFocus();
        new Actions(browser).sendKeys(keys).perform();
    }

    /** Types into the focused field. */
    void type(String text) {
        press(text);
    }

    WebElement tab() {
        press(Keys.TAB);
        return assertFocusVisible();
    }

    WebElement shiftTab() {
        emulateWindowFocus();
        new Actions(browser).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        return assertFocusVisible();
    }

    /** Presses Tab until {@code target} has focus, checking at every stop on the way that focus shows. */
    WebElement tabTo(String what, Predicate<WebElement> target) {
        for (int i = 0; i < MAX_TABS; i++) {
            WebElement element = tab();
            if (target.test(element)) {
                return element;
            }
        }
        throw new AssertionError("Tabbed " + MAX_TABS + " times without reaching " + what + " on "
                + browser.getCurrentUrl());
    }

    WebElement tabToField(String id) {
        return tabTo("#" + id, element -> id.equals(element.getDomAttribute("id")));
    }

    WebElement tabToLink(String text) {
        return tabTo("the link '" + text + "'", element -> "a".equals(element.getTagName())
                && text.equals(element.getText().strip()));
    }

    WebElement tabToButton(String text) {
        return tabTo("the button '" + text + "'", element -> "button".equals(element.getTagName())
                && text.equals(element.getText().strip()));
    }

    /**
     * Tabs through the whole page from its start until focus leaves it or comes back to the first stop, checking at
     * every stop that focus shows; returns how many stops there were.
     */
    int tabThroughPage() {
        WebElement first = tab();
        for (int stops = 1; stops < 10 * MAX_TABS; stops++) {
            press(Keys.TAB);
            if (Boolean.TRUE.equals(browser.executeScript("const el = document.activeElement; return !el "
                    + "|| el === document.body || el === document.documentElement || el === arguments[0];", first))) {
                return stops;
            }
            assertFocusVisible();
        }
        throw new AssertionError("Focus never left " + browser.getCurrentUrl());
    }

    /** Moves the focused, closed select down with the arrow key until the option that {@code wanted} accepts. */
    void arrowDownTo(Predicate<String> wanted) {
        Select select = new Select(focused());
        int options = select.getOptions().size();
        for (int i = 0; i < options && !wanted.test(select.getFirstSelectedOption().getText()); i++) {
            press(Keys.ARROW_DOWN);
            assertFocusVisible();
        }
        assertThat(select.getFirstSelectedOption().getText()).as("option chosen with the arrow key").matches(wanted);
    }

    /** The focused element, after checking that focus shows on it. */
    WebElement assertFocusVisible() {
        @SuppressWarnings("unchecked")
        Map<String, Object> indicator = (Map<String, Object>) browser.executeScript(FOCUS_INDICATOR);
        assertThat(indicator.get("visible")).as("focus visible on %s at %s (outline %s, box-shadow %s, changed: %s, "
                + "size %s)", indicator.get("what"), browser.getCurrentUrl(), indicator.get("outline"),
                indicator.get("shadow"), indicator.get("changed"), indicator.get("size")).isEqualTo(Boolean.TRUE);
        return focused();
    }
}
