package nl.motiemonitor.harvest;

import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.motiemonitor.testsupport.FixtureServer;

/**
 * Notubiz's module items API as the fixtures record it ({@code src/test/resources/harvest/notubiz/}, an organisation
 * 9999 with its motions in module 6 and its commitments in module 3): {@code GET
 * /organisations/9999/modules/{module}/items?format=json&version=…&date_from=<Y>-01-01 00:00:00&date_to=<Y>-12-31
 * 23:59:59} answers the file {@code motions-<Y>.json} or {@code commitments-<Y>.json} of the state, and a year
 * without a file an empty list. As Notubiz, it answers a module one may not see (any other) with a 200 that refuses
 * ({@code refused.json}), and a request for anything but one calendar year with a 400.
 * <p>
 * The fixtures are recorded as of {@value #RECORDED}; served as of another year, every year in them (file names and
 * dates) moves along, so a harvest that reads "up to this year" reads them the same in any year.
 */
public final class NotubizFixtures implements FixtureServer.Responder {

    public static final String ORGANISATION = "9999";
    public static final String MOTIONS = "6";
    public static final String COMMITMENTS = "3";
    public static final int RECORDED = 2026;

    private static final Map<String, String> MODULES = Map.of(MOTIONS, "motions", COMMITMENTS, "commitments");
    private static final Pattern ITEMS = Pattern.compile("/organisations/(\\d+)/modules/(\\d+)/items");
    private static final Pattern DATE = Pattern.compile("\\b(\\d{4})(-\\d{2}-\\d{2})\\b");

    private final int shift;

    /** The fixtures as of the year {@code servedAs}. */
    public NotubizFixtures(int servedAs) {
        this.shift = servedAs - RECORDED;
    }

    @Override
    public FixtureServer.Response respond(String folder, FixtureServer.Request request, String baseUrl)
            throws IOException {
        Matcher items = ITEMS.matcher(request.path());
        if (!request.method().equals("GET") || !items.matches()) {
            return FixtureServer.Response.notFound("Geen Notubiz-verzoek.");
        }
        Map<String, String> query = request.parameters();
        String module = items.group(1).equals(ORGANISATION) ? MODULES.get(items.group(2)) : null;
        if (module == null) {
            return json(200, FixtureServer.read(folder, "refused.json"));
        }
        String from = query.getOrDefault("date_from", "");
        String year = from.length() < 4 ? "" : from.substring(0, 4);
        if (!"json".equals(query.get("format")) || query.get("version") == null
                || !from.equals(year + "-01-01 00:00:00")
                || !(year + "-12-31 23:59:59").equals(query.get("date_to"))) {
            return json(400, "{\"message\": \"Verzoek niet zoals de fixtures het kennen.\", \"error_code\": 400}");
        }
        String page = FixtureServer.read(folder, module + "-" + (Integer.parseInt(year) - shift) + ".json");
        return json(200, page == null ? FixtureServer.read(folder, "empty.json") : moved(page));
    }

    /** Whether the request asks for this year's items: the second page when a harvest starts last year. */
    public boolean thisYear(FixtureServer.Request request) {
        return request.parameters().getOrDefault("date_from", "").startsWith((RECORDED + shift) + "-");
    }

    /** The page with every date moved by the years it is served later than recorded. */
    private String moved(String page) {
        return DATE.matcher(page).replaceAll(date -> (Integer.parseInt(date.group(1)) + shift) + date.group(2));
    }

    private static FixtureServer.Response json(int status, String body) {
        return new FixtureServer.Response(status, "application/json; charset=utf-8", body);
    }
}
