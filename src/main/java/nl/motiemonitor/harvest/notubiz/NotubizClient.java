package nl.motiemonitor.harvest.notubiz;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import nl.motiemonitor.harvest.HarvestPage;
import nl.motiemonitor.harvest.HarvestSourceException;
import nl.motiemonitor.harvest.HarvestedRecord;
import nl.motiemonitor.harvest.SourceClient;
import nl.motiemonitor.harvest.SourceHttp;
import nl.motiemonitor.harvest.SourceKind;
import nl.motiemonitor.harvest.SourceSettings;
import nl.motiemonitor.harvest.reading.SourceDates;
import nl.motiemonitor.harvest.reading.SourceParameters;
import nl.motiemonitor.harvest.reading.SourceParameters.ListKind;
import nl.motiemonitor.shared.Deadline;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a module of an organisation at Notubiz ({@code GET /organisations/{organisation}/modules/{module}/items}),
 * one calendar year per page (see {@link YearWindow}). Parameters: {@code organisation} and {@code module} (both
 * required, numbers), {@code kind} ({@code motions} or {@code commitments}), {@code from} (the first year, by default
 * four years back: one council term) and {@code version} (of Notubiz's API, by default {@value #VERSION}).
 */
@Component
public final class NotubizClient implements SourceClient {

    static final String PUBLIC_API = "https://api.notubiz.nl";
    static final String VERSION = "1.17.0";
    private static final Logger LOG = LoggerFactory.getLogger(NotubizClient.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SourceHttp http = new SourceHttp();
    private final Clock clock;

    public NotubizClient(Clock clock) {
        this.clock = clock;
    }

    @Override
    public SourceKind kind() {
        return SourceKind.NOTUBIZ;
    }

    @Override
    public HarvestPage fetch(SourceSettings settings, String cursor) throws IOException, InterruptedException {
        String organisation = number(settings, "organisation", "het nummer van de organisatie bij Notubiz, bijv. 987");
        String module = number(settings, "module", "het nummer van de module met moties of toezeggingen, bijv. 6");
        ListKind kind = SourceParameters.listKind(settings);
        int thisYear = Deadline.today(clock).getYear();
        int from = SourceParameters.firstYear(settings, thisYear);
        YearWindow window = YearWindow.of(cursor, from, thisYear);

        URI uri = URI.create(SourceParameters.baseUrl(settings, PUBLIC_API) + "/organisations/" + organisation
                + "/modules/" + module + "/items?format=json&version="
                + query(SourceParameters.optional(settings, "version"), VERSION)
                + "&date_from=" + query(window.first() + " 00:00:00", null)
                + "&date_to=" + query(window.last() + " 23:59:59", null));
        List<HarvestedRecord> records = new ArrayList<>();
        for (JsonNode node : items(http.get(uri, "application/json"), uri)) {
            NotubizItem item = new NotubizItem(node);
            if (item.id() == null || !window.holds(SourceDates.parse(item.text(NotubizField.DATE)))) {
                continue;
            }
            try {
                records.addAll(NotubizRecords.of(item, kind));
            } catch (RuntimeException unreadable) {
                LOG.warn("Notubiz-item {} van {} is overgeslagen: {}", item.id(), uri, unreadable.toString());
            }
        }
        return new HarvestPage(records, window.next(), resumeCursor(kind, from, thisYear));
    }

    /**
     * Where the next harvest starts: motions from last year on (a motion's outcome and term are known within months);
     * commitments from the start, because their status changes years after their date, which is what pages go by.
     */
    private static String resumeCursor(ListKind kind, int from, int thisYear) {
        return kind == ListKind.COMMITMENTS ? null : String.valueOf(Math.max(from, thisYear - 1));
    }

    private static String number(SourceSettings settings, String name, String meaning) {
        String value = SourceParameters.required(settings, name, meaning);
        if (!value.matches("\\d{1,12}")) {
            throw new HarvestSourceException("De instelling '" + name + "' van de bron Notubiz is een nummer ("
                    + meaning + "), niet '" + value + "'.");
        }
        return value;
    }

    private static String query(String value, String fallback) {
        return URLEncoder.encode(value == null ? fallback : value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The {@code items[]} of an answer; Notubiz reports some failures as a 200 with {@code message}. */
    private static Iterable<JsonNode> items(String body, URI uri) {
        JsonNode answer;
        try {
            answer = JSON.readTree(body);
        } catch (JacksonException notJson) {
            throw new HarvestSourceException("Het antwoord van Notubiz op " + uri + " is geen JSON.", notJson);
        }
        JsonNode items = answer.path("items");
        if (!items.isArray()) {
            String message = NotubizItem.text(answer.path("message"));
            throw new HarvestSourceException("Notubiz gaf op " + uri + " geen lijst met items"
                    + (message == null ? "." : ": " + message));
        }
        return items.values();
    }
}
