package nl.motiemonitor.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Every public URL shape of the portal, in one place: Java code calls the static methods, templates the same methods
 * on {@code #paths} ({@code @{${#paths.motion(body.slug(), m.urlKey())}}}, see {@link PublicPathsDialect}). Paths
 * only; absolute links are the base URL followed by one of these.
 */
public final class PublicPaths {

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

    /** The root of the read-only open-data API (issue 16); its documentation is {@link #OPEN_DATA}. */
    public static final String API = "/api/v1";

    /** Whether a path (within the application) is the API's: its root or below it. */
    public static boolean isApi(String path) {
        return path.equals(API) || path.startsWith(API + "/");
    }

    /** The page that documents the open data and the API. */
    public static final String OPEN_DATA = "/open-data";

    /** The API's list of motions, commitments or letters. */
    public static String apiItems(Kind kind) {
        return API + "/" + kind.segment;
    }

    /** A motion, commitment or letter in the API, by its id. */
    public static String apiItem(Kind kind, long id) {
        return apiItems(kind) + "/" + id;
    }

    /** The API's bodies ({@code slug} null) or one body. */
    public static String apiBody(String slug) {
        return API + "/organen" + (slug == null ? "" : "/" + slug);
    }

    /** The figures of the dashboards in the API: of one body, or ({@code slug} null) the national ones. */
    public static String apiFigures(String slug) {
        return (slug == null ? API : apiBody(slug)) + "/cijfers";
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
