package nl.motiemonitor.harvest;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import nl.motiemonitor.testsupport.FixtureServer;

/**
 * The Kamer's OData service as the fixtures record it ({@code src/test/resources/harvest/tweedekamer/}): an entity
 * set's pages are the file {@code <Set>.json} and those its next links name, {@code <Set>-skip-<n>.json} for
 * {@code $skip=n}. As the real service, it answers only what it is asked properly ({@code $orderby=GewijzigdOp}, the
 * {@code $expand} of the set, motions only), keeps the records its {@code GewijzigdOp ge …} asks for, pages them as
 * the recording did (its first page's size, {@code $skip}), and writes its own address and the request's query into
 * the next link.
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
        ObjectNode first = page(folder, set + ".json", baseUrl);
        if (first == null) {
            return FixtureServer.Response.notFound("Geen " + set + " in " + folder);
        }
        List<JsonNode> records = records(folder, set, first, baseUrl);
        Matcher since = SINCE.matcher(filter);
        if (since.find()) {
            OffsetDateTime from = OffsetDateTime.parse(since.group(1));
            records.removeIf(record -> OffsetDateTime.parse(record.path("GewijzigdOp").asString()).isBefore(from));
        }
        int size = Math.max(1, first.path("value").size());
        int skip = Integer.parseInt(query.getOrDefault("$skip", "0"));
        ObjectNode json = JSON.createObjectNode();
        json.set("@odata.context", first.path("@odata.context"));
        ArrayNode value = json.putArray("value");
        records.subList(Math.min(skip, records.size()), Math.min(skip + size, records.size())).forEach(value::add);
        if (skip + size < records.size()) {
            json.put("@odata.nextLink", baseUrl + set + "?" + query.entrySet().stream()
                    .filter(parameter -> !parameter.getKey().equals("$skip"))
                    .map(parameter -> parameter.getKey() + "=" + encode(parameter.getValue()))
                    .collect(Collectors.joining("&")) + "&$skip=" + (skip + size));
        }
        return new FixtureServer.Response(200, "application/json; odata.metadata=minimal; charset=utf-8",
                JSON.writeValueAsString(json));
    }

    /** Every record of the set in the order the recorded pages give them, following their next links. */
    private static List<JsonNode> records(String folder, String set, ObjectNode first, String baseUrl)
            throws IOException {
        List<JsonNode> records = new ArrayList<>();
        ObjectNode page = first;
        while (page != null) {
            page.path("value").forEach(records::add);
            JsonNode next = page.path("@odata.nextLink");
            page = next.isString() ? page(folder, set + "-skip-" + FixtureServer.parameters(
                    URI.create(next.asString()).getRawQuery()).get("$skip") + ".json", baseUrl) : null;
        }
        return records;
    }

    private static ObjectNode page(String folder, String file, String baseUrl) throws IOException {
        String page = FixtureServer.read(folder, file);
        return page == null ? null : (ObjectNode) JSON.readTree(page.replace(RECORDED_BASE, baseUrl));
    }

    /** Whether the request asks for the second page of motions (the one a broken source fails on). */
    public static boolean secondPage(FixtureServer.Request request) {
        return request.path().endsWith("/Zaak") && "3".equals(request.parameters().get("$skip"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
