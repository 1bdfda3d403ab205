package nl.motiemonitor.shared;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Who and why for changes made outside a logged-in request (the demo loader, an import), recorded in the audit
 * trail: {@code AuditContext.as("Motiemonitor (demogegevens)", null, () -> …)}.
 */
public final class AuditContext {

    private static final ThreadLocal<String> ACTOR = new ThreadLocal<>();
    private static final ThreadLocal<String> NOTE = new ThreadLocal<>();

    private AuditContext() {
    }

    public static <T> T as(String actor, String note, Supplier<T> work) {
        String previousActor = ACTOR.get();
        String previousNote = NOTE.get();
        ACTOR.set(actor);
        NOTE.set(note);
        try {
            return work.get();
        } finally {
            restore(ACTOR, previousActor);
            restore(NOTE, previousNote);
        }
    }

    static Optional<String> actor() {
        return Optional.ofNullable(ACTOR.get());
    }

    static Optional<String> note() {
        return Optional.ofNullable(NOTE.get());
    }

    private static void restore(ThreadLocal<String> local, String value) {
        if (value == null) {
            local.remove();
        } else {
            local.set(value);
        }
    }
}
