package nl.motiemonitor.api;

import nl.motiemonitor.web.NotFoundException;

/** An id in an API path: digits, else there is nothing there (404, as the portal does for a letter's id). */
final class Ids {

    private Ids() {
    }

    static long parse(String id, String kind) {
        if (id.matches("\\d{1,18}")) {
            return Long.parseLong(id);
        }
        throw new NotFoundException("'" + id + "' is geen id van een " + kind + ": een id is een getal.");
    }
}
