package nl.motiemonitor.web;

/** The Atom feed of a page, linked in its head ({@code rel="alternate"}) and in its text; {@code href} is a path. */
public record FeedLink(String href, String title) {
}
