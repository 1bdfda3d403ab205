package nl.motiemonitor.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Every public URL shape of the portal, in one place: Java code calls the static methods, templates the same methods
 * on {@code #paths} ({@code @{${#paths.motion(body.slug(), m.urlKey())}}}, see {@link PublicPathsDialect}). Paths
 * only; absolute links are the base URL followed by one of these.
 */
public final class PublicPaths {

    /** The read-only API (issue 16). */
    public static final String API = "/api/v1";

    /** The kinds of item with a public page, as the database names them ({@code item_type}). */
    public enum Kind {
        MOTION("moties"), COMMITMENT("toezeggingen"), LETTER("brieven");

        private final String segment;

        Kind(String segment) {
            this.segment = segment;
        }

        /** MOTION, COMMITMENT, LETTER, as in the {@code item_type} columns. */
        public static Kind of(String itemType) {
            return valueOf(itemType);
        }
    }

    public static String body(String slug) {
        return "/" + slug;
    }

    public static String motion(String slug, String urlKey) {
        return item(Kind.MOTION, slug, urlKey);
    }

    public static String commitment(String slug, String urlKey) {
        return item(Kind.COMMITMENT, slug, urlKey);
    }

    public static String letter(String slug, long id) {
        return item(Kind.LETTER, slug, Long.toString(id));
    }

    /** The letter's original file (its PDF). */
    public static String letterOriginal(String slug, long id) {
        return letter(slug, id) + "/origineel";
    }

    /** A motion's or commitment's url key, or a letter's id. */
    public static String item(Kind kind, String slug, String key) {
        return body(slug) + "/" + kind.segment + "/" + key;
    }

    /** The same, with the kind as the database names it: MOTION, COMMITMENT or LETTER. */
    public static String item(String itemType, String slug, String key) {
        return item(Kind.of(itemType), slug, key);
    }

    /** An item in the API, by its database id: {@code /api/v1/moties/123}. */
    public static String apiItem(Kind kind, long id) {
        return API + "/" + kind.segment + "/" + id;
    }

    /** A body in the API: {@code /api/v1/organen/den-haag}. */
    public static String apiBody(String slug) {
        return API + "/organen/" + slug;
    }

    /** The Atom feed of a page. */
    public static String feed(String pagePath) {
        return pagePath + "/feed";
    }

    /** The search page, of all bodies or ({@code slug} not null) of one, with a query string or none. */
    public static String search(String slug, String queryString) {
        String page = (slug == null ? "" : body(slug)) + "/zoeken";
        return queryString == null || queryString.isEmpty() ? page : page + "?" + queryString;
    }

    /** The motions a party sponsored, as a search of the body. */
    public static String partyMotions(String slug, String party) {
        return search(slug, "q=motie&soort=motie&fractie=" + URLEncoder.encode(party, StandardCharsets.UTF_8));
    }
}
