package nl.motiemonitor.changefeed;

import java.time.Instant;

/**
 * One entry of the change feed as {@code public_changes} (V34) holds it: what happened to which item, and the cursor
 * that orders it after every change committed before it.
 *
 * @param type   {@code motion}, {@code commitment}, {@code letter} or {@code body}
 * @param bodyId the item's body (a body's own id for a body)
 * @param action {@code published}, {@code changed}, {@code unpublished} or {@code deleted}
 */
record PublicChange(long cursor, Instant changedAt, String type, long itemId, long bodyId, String action) {

    static final String BODY = "body";

    /** Whether the public may see the item after this change (it may be gone or a draft again since). */
    boolean visible() {
        return action.equals("published") || action.equals("changed");
    }

    /** Whether the item still exists after this change. */
    boolean exists() {
        return !action.equals("deleted");
    }
}
