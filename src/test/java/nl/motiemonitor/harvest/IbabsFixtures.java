package nl.motiemonitor.harvest;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.motiemonitor.testsupport.FixtureServer;

/**
 * iBabs's public SOAP service ({@value #PATH}, POST only) as the fixtures record it
 * ({@code src/test/resources/harvest/ibabs/}, the site {@value #SITE} with a list of motions and one of commitments).
 * The operation and its parameters are read from the request's envelope:
 * <ul>
 * <li>{@code GetListsEntriesByFilterRequest}: the list's entries ({@code entries-motions.xml},
 * {@code entries-commitments.xml} of the state) changed since the request's {@code SinceDate}, as iBabs keeps them;</li>
 * <li>{@code GetListEntry}: {@code entry-<EntryId>.xml};</li>
 * <li>{@code GetListEntryVotesByListEntryId}: {@code votes-<EntryId>.xml}, else no votes ({@code votes-none.xml}).</li>
 * </ul>
 * As iBabs, it refuses with a 200 and status ERR: another site ("Site has no public access!"), another list, an entry
 * it has no file of ("Entry not found").
 */
public final class IbabsFixtures implements FixtureServer.Responder {

    public static final String PATH = "/api/Public.svc";
    public static final String SITE = "voorbeeld";
    public static final String MOTIONS = "0d7c2a40-1111-4a8e-9c3e-5e1f00000001";
    public static final String COMMITMENTS = "0d7c2a40-2222-4a8e-9c3e-5e1f00000002";

    private static final Map<String, String> LISTS = Map.of(MOTIONS, "motions", COMMITMENTS, "commitments");
    private static final Pattern OPERATION = Pattern.compile("<s:Body><(\\w+) xmlns=\"http://tempuri.org/\">");
    private static final Pattern ENTRY = Pattern.compile("<a:iBabsListEntryBase>.*?</a:iBabsListEntryBase>",
            Pattern.DOTALL);
    private static final Pattern MUTATION = Pattern.compile("<a:MutationDate>([^<]+)</a:MutationDate>");
    private static final String BASE_NS = "http://schemas.datacontract.org/2004/07/iBabsWCFObjects.Base";

    /** The id of a made-up entry: {@code entry('e', 1)} is the motion M12, {@code entry('c', 1)} a commitment. */
    public static String entry(char kind, int number) {
        return kind + "0000000-0000-4000-8000-00000000000" + number;
    }

    @Override
    public FixtureServer.Response respond(String folder, FixtureServer.Request request, String baseUrl)
            throws IOException {
        Matcher operation = OPERATION.matcher(request.body());
        if (!request.method().equals("POST") || !request.path().equals(PATH) || !operation.find()) {
            return new FixtureServer.Response(405, "text/plain; charset=utf-8", "Alleen SOAP-POSTs.");
        }
        String name = operation.group(1);
        if (!SITE.equalsIgnoreCase(parameter(request, "Sitename"))) {
            return refusal(name, "Site has no public access!");
        }
        String file = switch (name) {
            case "GetListsEntriesByFilterRequest" -> LISTS.containsKey(parameter(request, "ListId"))
                    ? "entries-" + LISTS.get(parameter(request, "ListId")) + ".xml" : null;
            case "GetListEntry" -> "entry-" + parameter(request, "EntryId") + ".xml";
            case "GetListEntryVotesByListEntryId" -> "votes-" + parameter(request, "EntryId") + ".xml";
            default -> null;
        };
        String answer = file == null ? null : FixtureServer.read(folder, file);
        if (answer == null && name.equals("GetListEntryVotesByListEntryId")) {
            answer = FixtureServer.read(folder, "votes-none.xml");
        }
        if (answer == null) {
            return refusal(name, name.equals("GetListEntry") ? "Entry not found" : "List not found");
        }
        if (name.equals("GetListsEntriesByFilterRequest")) {
            answer = since(answer, LocalDateTime.parse(parameter(request, "SinceDate")));
        }
        return new FixtureServer.Response(200, "text/xml; charset=utf-8", answer);
    }

    /** Whether the request asks for the list's entries changed since {@code day} (yyyy-mm-dd). */
    public static boolean entriesSince(FixtureServer.Request request, String day) {
        return request.body().contains("<GetListsEntriesByFilterRequest ")
                && request.body().contains("<r:SinceDate>" + day + "T00:00:00</r:SinceDate>");
    }

    /** The answer with only the entries changed at or after {@code since} (and those that do not say when). */
    private static String since(String answer, LocalDateTime since) {
        return ENTRY.matcher(answer).replaceAll(entry -> {
            Matcher changed = MUTATION.matcher(entry.group());
            return !changed.find() || !LocalDateTime.parse(changed.group(1)).isBefore(since)
                    ? Matcher.quoteReplacement(entry.group()) : "";
        });
    }

    private static String parameter(FixtureServer.Request request, String name) {
        Matcher value = Pattern.compile("<(?:\\w+:)?" + name + ">([^<]*)</").matcher(request.body());
        return value.find() ? value.group(1) : null;
    }

    private static FixtureServer.Response refusal(String operation, String message) {
        return new FixtureServer.Response(200, "text/xml; charset=utf-8",
                "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body><" + operation
                        + "Response xmlns=\"http://tempuri.org/\"><" + operation + "Result"
                        + " xmlns:a=\"http://schemas.datacontract.org/2004/07/iBabsWCFObjects.Public\""
                        + " xmlns:i=\"http://www.w3.org/2001/XMLSchema-instance\"><Message xmlns=\"" + BASE_NS + "\">"
                        + message + "</Message><Status xmlns=\"" + BASE_NS + "\">ERR</Status></" + operation
                        + "Result></" + operation + "Response></s:Body></s:Envelope>");
    }
}
