package nl.motiemonitor.staff;

import nl.motiemonitor.web.NotFoundException;

/** Parsing what staff URLs carry: an id that is no number is an item that does not exist. */
final class StaffPages {

    private StaffPages() {
    }

    static Long id(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new NotFoundException(value);
        }
    }

    /** 0-based page index from a 1-based page number; anything odd means the first page. */
    static int index(String value) {
        try {
            return Math.max(0, Math.min(100_000, Integer.parseInt(value)) - 1);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
