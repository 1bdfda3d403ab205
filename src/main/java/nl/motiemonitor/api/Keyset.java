package nl.motiemonitor.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Where a page of a list starts and how long it is: after the item with id {@code afterId}, at most {@code limit}
 * items, in id order. The cursor ({@code ?na=}) is opaque to clients: the base64url of the last id of the page
 * before, so new items never shift a page and a client can resume from where it stopped.
 */
record Keyset(long afterId, int limit) {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 500;
    static final String CURSOR = "na";

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    /** The page asked for by {@code ?na=} and {@code ?limiet=}; refused in Dutch when either is not one we give. */
    static Keyset of(String cursor, String limit) {
        return new Keyset(cursor == null || cursor.isEmpty() ? 0 : afterId(cursor), limit(limit));
    }

    static String cursor(long lastId) {
        return ENCODER.encodeToString(Long.toString(lastId).getBytes(StandardCharsets.US_ASCII));
    }

    /** Asks one more than the page holds: whether that one came tells whether there is a next page. */
    int probe() {
        return limit + 1;
    }

    /** The items of this page, out of what {@link #probe()} asked for, and the cursor of the next page or null. */
    <T> Slice<T> slice(List<T> probed, ToLongFunction<T> id) {
        if (probed.size() <= limit) {
            return new Slice<>(probed, null);
        }
        List<T> items = probed.subList(0, limit);
        return new Slice<>(items, cursor(id.applyAsLong(items.get(limit - 1))));
    }

    record Slice<T>(List<T> items, String nextCursor) {
    }

    private static long afterId(String cursor) {
        try {
            String decoded = new String(DECODER.decode(cursor), StandardCharsets.US_ASCII);
            if (decoded.matches("\\d{1,18}")) {
                return Long.parseLong(decoded);
            }
        } catch (IllegalArgumentException e) {
            // not base64url: refused below, like any other cursor we did not give out
        }
        throw new BadApiRequest("De cursor '" + cursor + "' is ongeldig. Gebruik de link in 'next' van het vorige "
                + "antwoord, of laat 'na' weg om bij het begin te beginnen.");
    }

    private static int limit(String limit) {
        if (limit == null || limit.isEmpty()) {
            return DEFAULT_LIMIT;
        }
        if (limit.matches("\\d{1,3}")) {
            int value = Integer.parseInt(limit);
            if (value >= 1 && value <= MAX_LIMIT) {
                return value;
            }
        }
        throw new BadApiRequest("De limiet '" + limit + "' is ongeldig: geef een geheel getal van 1 tot en met "
                + MAX_LIMIT + " (standaard " + DEFAULT_LIMIT + ").");
    }
}
