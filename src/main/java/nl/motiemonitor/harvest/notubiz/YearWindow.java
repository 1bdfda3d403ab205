package nl.motiemonitor.harvest.notubiz;

import java.time.LocalDate;
import java.time.Year;

import nl.motiemonitor.harvest.HarvestSourceException;

/**
 * The page of a Notubiz harvest: one calendar year of a module's items, by the items' own date. Notubiz returns a
 * module's whole history in one answer unless asked for a date range (megabytes, and often a 504), and its module
 * items have no page numbers; a year is small enough and a cursor anyone can read ("2025").
 *
 * @param year    the year this page reads
 * @param through the last year to read: the current one
 */
record YearWindow(int year, int through) {

    static YearWindow of(String cursor, int from, int through) {
        if (cursor == null) {
            return new YearWindow(from, through);
        }
        if (!cursor.matches("\\d{4}")) {
            throw new HarvestSourceException("De cursor '" + cursor + "' is geen jaartal; een Notubiz-oogst bladert"
                    + " per jaar.");
        }
        return new YearWindow(Integer.parseInt(cursor), through);
    }

    LocalDate first() {
        return Year.of(year).atDay(1);
    }

    LocalDate last() {
        return Year.of(year).atMonth(12).atEndOfMonth();
    }

    boolean lastPage() {
        return year >= through;
    }

    /** The next year, or null on the last page. */
    String next() {
        return lastPage() ? null : String.valueOf(year + 1);
    }

    /**
     * Whether an item dated {@code date} belongs on this page. Notubiz filters on the date itself; this also keeps a
     * page right when an organisation's API ignores the filter. An item without a date goes on the last page, so
     * every harvest reads it once.
     */
    boolean holds(LocalDate date) {
        return date == null ? lastPage() : !date.isBefore(first()) && !date.isAfter(last());
    }
}
