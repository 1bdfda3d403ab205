package nl.motiemonitor.harvest.reading;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/** Text as sources hand it over: HTML in a text field, a registration number at the start of a title. */
public final class SourceText {

    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>|</p>|</li>|</div>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    /** "M540 Veranker …", "M2025-040 …", "15-M-3 Motie …", "TZ-12 …": a number the source put before the title. */
    private static final Pattern LEADING_NUMBER = Pattern.compile(
            "^((?:M|TZ?)[ -]?\\d+(?:-\\d+)?[a-z]?|\\d+(?:-[A-Z]{1,3})?-\\d+[a-z]?)(?=\\s)");

    private SourceText() {
    }

    /** The plain text of a source's HTML (tags dropped, entities read, one line per paragraph); null for none. */
    public static String plain(String html) {
        if (html == null) {
            return null;
        }
        String text = HtmlUtils.htmlUnescape(TAG.matcher(BREAK.matcher(html).replaceAll("\n")).replaceAll(""));
        StringBuilder lines = new StringBuilder();
        for (String line : text.split("\\R")) {
            String stripped = line.replace('\u00a0', ' ').strip().replaceAll("[ \\t]+", " ");
            if (!stripped.isEmpty()) {
                lines.append(lines.isEmpty() ? "" : "\n").append(stripped);
            }
        }
        return lines.isEmpty() ? null : lines.toString();
    }

    /** The registration number at the start of a title ("M540", "15-M-3"), or null. */
    public static String leadingNumber(String title) {
        if (title == null) {
            return null;
        }
        Matcher number = LEADING_NUMBER.matcher(title.strip());
        return number.find() ? number.group(1) : null;
    }
}
