package nl.motiemonitor.shared;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.hibernate.envers.RevisionType;

/**
 * An item's audit trail, readable by a person: per revision who changed what, field by field, from the snapshots
 * Envers kept.
 */
public final class AuditTrail {

    private AuditTrail() {
    }

    /** An item's state in one revision, as labelled values ("Titel" → "Onderzoek …"). */
    public record Snapshot(AuditRevision revision, RevisionType type, Map<String, String> fields) {
    }

    public record Entry(Long revision, Instant changedAt, String changedBy, String note, String what,
            List<FieldChange> changes) {
    }

    /** One field's change; {@code before} is null for a new value, {@code after} null for a removed one. */
    public record FieldChange(String field, String before, String after) {
    }

    /** Newest first, each revision with what differs from the one before it. */
    public static List<Entry> of(List<Snapshot> snapshots) {
        List<Entry> entries = new ArrayList<>();
        Map<String, String> previous = Map.of();
        for (Snapshot snapshot : snapshots) {
            Map<String, String> current = snapshot.type() == RevisionType.DEL ? Map.of() : snapshot.fields();
            List<FieldChange> changes = new ArrayList<>();
            Set<String> labels = new LinkedHashSet<>(previous.keySet());
            labels.addAll(current.keySet());
            for (String label : labels) {
                String before = previous.get(label);
                String after = current.get(label);
                if (!Objects.equals(before, after)) {
                    changes.add(new FieldChange(label, before, after));
                }
            }
            AuditRevision revision = snapshot.revision();
            entries.add(new Entry(revision.id(), revision.changedAt(), revision.changedBy(), revision.note(),
                    switch (snapshot.type()) {
                        case ADD -> "Aangemaakt";
                        case MOD -> "Gewijzigd";
                        case DEL -> "Verwijderd";
                    }, changes));
            previous = current;
        }
        java.util.Collections.reverse(entries);
        return entries;
    }

    /** Builds a snapshot's fields in a fixed order, leaving out empty values. */
    public static final class Fields {

        private final Map<String, String> fields = new LinkedHashMap<>();

        public Fields put(String label, Object value) {
            if (value != null && !value.toString().isBlank()) {
                fields.put(label, value.toString());
            }
            return this;
        }

        public Map<String, String> build() {
            return fields;
        }
    }
}
