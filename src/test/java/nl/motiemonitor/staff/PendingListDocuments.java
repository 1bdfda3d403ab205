package nl.motiemonitor.staff;

import java.util.UUID;

import nl.motiemonitor.importing.ReadDocument;
import org.springframework.context.ApplicationContext;

/**
 * For tests outside this package (the browser's): a list document as the import leaves it for the register preview,
 * uploaded and already read, without a file for the reader to read.
 */
public final class PendingListDocuments {

    private PendingListDocuments() {
    }

    /** Keeps {@code list} as read from a pending upload {@code name} of the body by {@code user}; its id. */
    public static UUID keep(ApplicationContext context, Long body, String user, String name, ReadDocument list) {
        UUID id = context.getBean(PendingImports.class).add(body, user, name, "application/pdf", new byte[] {1},
                list.text());
        context.getBean(ImportReadings.class).keep(id, list);
        return id;
    }
}
