package nl.motiemonitor.portal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The URL of a search with one thing changed. Parameters appear in a fixed order, empty ones are left out and a
 * changed filter starts again at page 1, so equal searches have equal URLs.
 */
record SearchParams(String path, String q, String body, String bodyKind, String type, String status,
        Integer year, String party, boolean newestFirst, int page) {

    public String withBody(String value) {
        return new SearchParams(path, q, value, bodyKind, type, status, year, party, newestFirst, 1).href();
    }

    public String withBodyKind(String value) {
        return new SearchParams(path, q, body, value, type, status, year, party, newestFirst, 1).href();
    }

    public String withType(String value) {
        return new SearchParams(path, q, body, bodyKind, value, status, year, party, newestFirst, 1).href();
    }

    public String withStatus(String value) {
        return new SearchParams(path, q, body, bodyKind, type, value, year, party, newestFirst, 1).href();
    }

    public String withYear(String value) {
        return new SearchParams(path, q, body, bodyKind, type, status, value == null ? null
                : Integer.valueOf(value), party, newestFirst, 1).href();
    }

    public String withParty(String value) {
        return new SearchParams(path, q, body, bodyKind, type, status, year, value, newestFirst, 1).href();
    }

    /** {@code with…} by the facet's URL parameter, for the facet fragment of search.html. */
    public String with(String facet, String value) {
        return switch (facet) {
            case "orgaan" -> withBody(value);
            case "soort-orgaan" -> withBodyKind(value);
            case "soort" -> withType(value);
            case "status" -> withStatus(value);
            case "jaar" -> withYear(value);
            case "fractie" -> withParty(value);
            default -> throw new IllegalArgumentException("no facet " + facet);
        };
    }

    /** The value chosen for the facet with this URL parameter, or {@code null}. */
    public String selected(String facet) {
        return switch (facet) {
            case "orgaan" -> body;
            case "soort-orgaan" -> bodyKind;
            case "soort" -> type;
            case "status" -> status;
            case "jaar" -> year == null ? null : year.toString();
            case "fractie" -> party;
            default -> throw new IllegalArgumentException("no facet " + facet);
        };
    }

    public String withNewestFirst(boolean value) {
        return new SearchParams(path, q, body, bodyKind, type, status, year, party, value, 1).href();
    }

    public String withPage(int value) {
        return new SearchParams(path, q, body, bodyKind, type, status, year, party, newestFirst, value).href();
    }

    /** This search's query string without sorting and page: what is followed, and its feed's query. */
    public String query() {
        String href = new SearchParams(path, q, body, bodyKind, type, status, year, party, false, 1).href();
        return href.contains("?") ? href.substring(href.indexOf('?') + 1) : "";
    }

    /** This search's query string with its order but without its page, for its downloads: "?q=…&sorteer=datum". */
    public String downloadQuery() {
        return new SearchParams(path, q, body, bodyKind, type, status, year, party, newestFirst, 1).href()
                .substring(path.length());
    }

    public String feedHref() {
        return path + "/feed?" + query();
    }

    public String href() {
        StringBuilder query = new StringBuilder();
        append(query, "q", q);
        append(query, "orgaan", body);
        append(query, "soort-orgaan", bodyKind);
        append(query, "soort", type);
        append(query, "status", status);
        append(query, "jaar", year == null ? null : year.toString());
        append(query, "fractie", party);
        append(query, "sorteer", newestFirst ? "datum" : null);
        append(query, "pagina", page > 1 ? Integer.toString(page) : null);
        return query.isEmpty() ? path : path + "?" + query.substring(1);
    }

    private static void append(StringBuilder query, String name, String value) {
        if (value != null && !value.isEmpty()) {
            query.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
