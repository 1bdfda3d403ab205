package nl.motiemonitor.database;

/**
 * Whether the read-only transactions of the current request may read from the replica: only those of public pages
 * and the API, for a browser that did not write just now ({@link ReplicaReadFilter}). Everything else, and every
 * read-write transaction, uses the primary. Without a replica configured this says no and changes nothing.
 */
public final class ReplicaReads {

    private static final ThreadLocal<Boolean> ALLOWED = new ThreadLocal<>();

    private ReplicaReads() {
    }

    /**
     * From here on this request reads the primary, e.g. because what it renders is kept until the next change: read
     * from a replica that had not replayed that change yet, it would be kept stale.
     */
    public static void primaryOnly() {
        ALLOWED.remove();
    }

    static boolean allowed() {
        return Boolean.TRUE.equals(ALLOWED.get());
    }

    static void allow() {
        ALLOWED.set(Boolean.TRUE);
    }
}
