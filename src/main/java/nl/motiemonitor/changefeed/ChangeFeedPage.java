package nl.motiemonitor.changefeed;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One answer of {@code /api/v1/wijzigingen}: the changes after the cursor asked for, oldest first, and the address of
 * the next answer ({@code ?na=} the last cursor here, or the one asked for when there was nothing new).
 */
record ChangeFeedPage(List<Entry> changes, String next) {

    /**
     * A change: the cursor that orders it (a string: clients keep it as it is), when it was committed, which item
     * ({@code type} and its database {@code id}), its body's slug, the action, and the item's address in the API
     * ({@code url}, absent when it was deleted) and its public page ({@code page}, only while the public sees it).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Entry(String cursor, @JsonProperty("changed_at") Instant changedAt, String type, long id, String body,
            String action, String url, String page) {
    }
}
