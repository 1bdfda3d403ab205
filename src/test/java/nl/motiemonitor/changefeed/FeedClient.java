package nl.motiemonitor.changefeed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import nl.motiemonitor.testsupport.PortalClient;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the change feed as a client does: pages of JSON, each naming the next. */
final class FeedClient {

    /** The public address the tests configure (motiemonitor.follow.base-url). */
    static final String BASE = "https://motiemonitor.test";

    private final PortalClient portal;
    private final JdbcTemplate jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    FeedClient(int port, JdbcTemplate jdbc) {
        this.portal = new PortalClient(port);
        this.jdbc = jdbc;
    }

    /** The newest cursor now: a test reads what happens after it. */
    long newest() {
        return jdbc.queryForObject("select coalesce(max(cursor), 0) from public_changes", Long.class);
    }

    HttpResponse<String> get(String query) {
        return portal.get("/api/v1/wijzigingen" + query, "application/json");
    }

    JsonNode page(String query) {
        HttpResponse<String> response = get(query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/json"));
        return json(response.body());
    }

    JsonNode json(String body) {
        return json.readTree(body);
    }

    /** The page its {@code next} names, asked for at this portal. */
    JsonNode next(JsonNode page) {
        String next = page.get("next").asString();
        assertThat(next).startsWith(BASE + "/api/v1/wijzigingen?na=");
        return page(next.substring(next.indexOf('?')));
    }

    /** Every change after {@code cursor}, following {@code next} until a page has none. */
    List<JsonNode> after(long cursor) {
        List<JsonNode> changes = new ArrayList<>();
        JsonNode page = page("?na=" + cursor);
        while (!page.get("changes").isEmpty()) {
            page.get("changes").forEach(changes::add);
            page = next(page);
        }
        return changes;
    }

    /** The changes after {@code cursor} as "type id action", e.g. "motion 12 published". */
    List<String> actionsAfter(long cursor) {
        return after(cursor).stream().map(FeedClient::describe).toList();
    }

    static String describe(JsonNode change) {
        return change.get("type").asString() + " " + change.get("id").asLong() + " " + change.get("action").asString();
    }

    /** The names of a change's fields, to see which are left out. */
    static List<String> fields(JsonNode change) {
        return StreamSupport.stream(change.propertyNames().spliterator(), false).toList();
    }
}
