package nl.motiemonitor.harvest.ibabs;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;

import nl.motiemonitor.harvest.HarvestSourceException;
import nl.motiemonitor.harvest.ibabs.IbabsSoap.Entry;

/**
 * Where an iBabs harvest stands: the last entry it read, in the order of change (when the entry last changed, then
 * its id), written "2026-07-16T14:33:45.457|b4edaf99-…". Entries are read in that order, so an entry that changes
 * while a harvest runs moves behind the cursor and is read again rather than skipped, and the newest entry read is
 * where the next harvest resumes: it asks iBabs only for entries changed since that day.
 */
record EntryCursor(LocalDateTime changed, String id) {

    /** The order of change; entries without a change date first. */
    static final Comparator<Entry> ORDER = Comparator
            .comparing(Entry::changed, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Entry::id);

    static EntryCursor of(Entry entry) {
        return new EntryCursor(entry.changed(), entry.id());
    }

    static EntryCursor parse(String cursor) {
        int bar = cursor.indexOf('|');
        try {
            if (bar >= 0 && bar < cursor.length() - 1) {
                String changed = cursor.substring(0, bar);
                return new EntryCursor(changed.isEmpty() ? null : LocalDateTime.parse(changed),
                        cursor.substring(bar + 1));
            }
        } catch (DateTimeParseException unreadable) {
            // reported below
        }
        throw new HarvestSourceException("De cursor '" + cursor + "' is geen iBabs-cursor (wijzigingsmoment|id).");
    }

    /** Whether {@code entry} comes after this cursor, i.e. has not been read yet. */
    boolean before(Entry entry) {
        return ORDER.compare(new Entry(id, null, null, changed), entry) < 0;
    }

    /** The day to ask iBabs for changes since; {@code fallback} when the cursor's entry had no change date. */
    LocalDate since(LocalDate fallback) {
        return changed == null ? fallback : changed.toLocalDate();
    }

    @Override
    public String toString() {
        return (changed == null ? "" : changed.toString()) + "|" + id;
    }
}
