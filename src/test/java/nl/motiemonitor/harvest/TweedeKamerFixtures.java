package nl.motiemonitor.harvest;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Kamer's OData service as the fixtures record it ({@code src/test/resources/harvest/tweedekamer/}): a page of an
 * entity set is the file {@code <Set>.json}, or {@code <Set>-skip-<n>.json} for {@code $skip=n}. As the real service,
 * it answers only what it is asked properly ({@code $orderby=GewijzigdOp}, the {@code $expand} of the set, motions
 * only), applies the request's {@code GewijzigdOp ge …} to the records, and writes its own address and the request's
 * query into the next link.
 */
public final class TweedeKamerFixtures implements FixtureServer.Responder {

    public static final String PATH = "/OData/v4/2.0/";

    private static final String RECORDED_BASE = "https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/";
    private static final Pattern SINCE = Pattern.compile("GewijzigdOp ge (\\S+)");
    private static final Map<String, String> EXPANDS = Map.of(
            "Zaak", "ZaakActor,Besluit($expand=Stemming,Agendapunt($expand=Activiteit))",
            "Toezegging", "KamerbriefNakoming,ToegezegdAan($expand=Persoon,Fractie)");
    private static final JsonMapper JSON = JsonMapper.shared();

    @Override
    public FixtureServer.Response respond(String folder, FixtureServer.Request request, String baseUrl)
            throws IOException {
        if (!request.method().equals("GET") || !request.path().startsWith(PATH)) {
            return FixtureServer.Response.notFound("Geen OData-verzoek.");
        }
        String set = request.path().substring(PATH.length());
        Map<String, String> query = request.parameters();
        String filter = query.getOrDefault("$filter", "");
        if (!EXPANDS.containsKey(set) || !EXPANDS.get(set).equals(query.get("$expand"))
                || !"GewijzigdOp".equals(query.get("$orderby"))
                || set.equals("Zaak") && !filter.contains("Soort eq 'Motie'")) {
            return new FixtureServer.Response(400, "application/json",
                    "{\"error\":{\"code\":\"\",\"message\":\"Verzoek niet zoals de fixtures het kennen.\"}}");
        }
        String skip = query.get("$skip");
        String page = FixtureServer.read(folder, set + (skip == null ? "" : "-skip-" + skip) + ".json");
        if (page == null) {
            return FixtureServer.Response.notFound("Geen pagina " + set + " $skip=" + skip);
        }
        ObjectNode json = (ObjectNode) JSON.readTree(page.replace(RECORDED_BASE, baseUrl));
        Matcher since = SINCE.matcher(filter);
        if (since.find()) {
            OffsetDateTime from = OffsetDateTime.parse(since.group(1));
            ArrayNode kept = JSON.createArrayNode();
            for (JsonNode record : json.path("value")) {
                if (!OffsetDateTime.parse(record.path("GewijzigdOp").asString()).isBefore(from)) {
                    kept.add(record);
                }
            }
            json.set("value", kept);
        }
        JsonNode next = json.path("@odata.nextLink");
        if (next.isString()) {
            String nextSkip = FixtureServer.parameters(URI.create(next.asString()).getRawQuery()).get("$skip");
            json.put("@odata.nextLink", baseUrl + set + "?" + query.entrySet().stream()
                    .filter(parameter -> !parameter.getKey().equals("$skip"))
                    .map(parameter -> parameter.getKey() + "=" + encode(parameter.getValue()))
                    .collect(Collectors.joining("&")) + "&$skip=" + nextSkip);
        }
        return new FixtureServer.Response(200, "application/json; odata.metadata=minimal; charset=utf-8",
                JSON.writeValueAsString(json));
    }

    /** Whether the request asks for the second page of motions (the one a broken source fails on). */
    public static boolean secondPage(FixtureServer.Request request) {
        return request.path().endsWith("/Zaak") && "3".equals(request.parameters().get("$skip"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
