package nl.motiemonitor.web;

import java.util.Locale;

/**
 * The Atom feed of a page, linked in its head ({@code rel="alternate"}) and in its text; {@code href} is a path. Its
 * title is the message {@code titleKey} with {@code subject} (a body's name, a number, a query) as its argument.
 */
public record FeedLink(String href, String titleKey, String subject) {

    /**
     * The feed in the page's language: a feed's language is in its address alone ({@code ?lang=en}, ADR 0014), so an
     * English page links the English feed; a Dutch page the plain address.
     */
    public String hrefIn(Locale locale) {
        if (Languages.supported(locale) != Languages.ENGLISH) {
            return href;
        }
        return href + (href.contains("?") ? "&" : "?") + Languages.PARAMETER + "=" + Languages.code(locale);
    }
}
