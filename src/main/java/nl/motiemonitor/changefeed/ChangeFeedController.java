package nl.motiemonitor.changefeed;

import java.util.List;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.motiemonitor.web.PublicPaths;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/wijzigingen?na=<cursor>&limiet=<1..1000>}: the changes committed after the cursor, oldest first
 * ({@code na} empty or left out: from the first, as the API's lists take it). The answer's {@code next}, also in the
 * {@code Link} header, always works: with nothing new it asks again from the same cursor. A wrong parameter is a
 * {@code 400} in {@code application/problem+json} that says what is wrong.
 */
@RestController
@Tag(name = "Wijzigingen", description = "Elke wijziging die het publiek kan zien, in de volgorde waarin zij is "
        + "vastgelegd, om de portal te spiegelen.")
class ChangeFeedController {

    static final String PATH = PublicPaths.API + "/wijzigingen";
    static final int DEFAULT_LIMIT = 500;
    static final int MAX_LIMIT = 1000;

    /** A cursor: a whole number that fits a bigint (18 digits always do). */
    private static final Pattern CURSOR = Pattern.compile("[0-9]{1,18}");
    private static final Pattern LIMIT = Pattern.compile("[0-9]{1,4}");

    private final PublicChanges feed;
    private final ChangeLinks links;

    ChangeFeedController(PublicChanges feed, ChangeLinks links) {
        this.feed = feed;
        this.links = links;
    }

    @GetMapping(value = PATH, produces = "application/json")
    @Operation(summary = "Wijzigingen", description = "De wijzigingen na een cursor, oudste eerst: gepubliceerd "
            + "(published), gewijzigd (changed), niet meer openbaar (unpublished) of verwijderd (deleted), één per "
            + "onderdeel per transactie. Volg next (ook in de Link-header) om verder te gaan; zonder nieuwe "
            + "wijzigingen geeft next dezelfde cursor.")
    ResponseEntity<ChangeFeedPage> changes(
            @Parameter(description = "De cursor van de laatste wijziging die u hebt; leeg of weggelaten: vanaf het "
                    + "begin.") @RequestParam(name = "na", required = false) String after,
            @Parameter(description = "Hoeveel wijzigingen per antwoord, 1 tot en met 1000 (standaard 500).")
            @RequestParam(name = "limiet", required = false) String limit) {
        long cursor = cursor(after);
        int size = limit(limit);
        List<PublicChange> changes = feed.after(cursor, size);
        if (changes.isEmpty() && cursor > 0) {
            long newest = feed.newest();
            if (cursor > newest) {
                // a cursor of another portal, or of this one before its database was restored from a backup
                throw new ChangeFeedErrors.InvalidRequest("api.changes.unknownAfter", after, Long.toString(newest));
            }
        }
        long last = changes.isEmpty() ? cursor : changes.get(changes.size() - 1).cursor();
        String next = links.absolute(PATH + "?na=" + last + (limit == null ? "" : "&limiet=" + size));
        return ResponseEntity.ok().header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"")
                .body(new ChangeFeedPage(links.entries(changes), next));
    }

    private static long cursor(String after) {
        if (after == null || after.isEmpty()) {
            return 0;
        }
        if (!CURSOR.matcher(after).matches()) {
            throw new ChangeFeedErrors.InvalidRequest("api.changes.invalidAfter", after);
        }
        return Long.parseLong(after);
    }

    private static int limit(String limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        int size = LIMIT.matcher(limit).matches() ? Integer.parseInt(limit) : 0;
        if (size < 1 || size > MAX_LIMIT) {
            throw new ChangeFeedErrors.InvalidRequest("api.changes.invalidLimit", limit);
        }
        return size;
    }
}
