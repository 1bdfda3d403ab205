package nl.motiemonitor.web;

/**
 * The Atom feed of a page, linked in its head ({@code rel="alternate"}) and in its text; {@code href} is a path. Its
 * title is the message {@code titleKey} with {@code subject} (a body's name, a number, a query) as its argument.
 */
public record FeedLink(String href, String titleKey, String subject) {
}
