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
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * An item's audit trail, readable by a person: per revision who changed what, field by field, from the snapshots
 * Envers kept. Field names, values and what happened are messages ({@code history.*}, or a recorded text as it is), so
 * a page says them in its language; two revisions are compared on those messages.
 */
public final class AuditTrail {

    private AuditTrail() {
    }

    /** An item's state in one revision, as labelled values ("Titel" → "Onderzoek …"). */
    public record Snapshot(AuditRevision revision, RevisionType type,
            Map<MessageSourceResolvable, MessageSourceResolvable> fields) {
    }

    /** {@code what}: "Aangemaakt", "Gewijzigd" or "Verwijderd" (messages {@code history.what.ADD} …). */
    public record Entry(Long revision, Instant changedAt, String changedBy, String note, MessageSourceResolvable what,
            List<FieldChange> changes) {
    }

    /** One field's change; {@code before} is null for a new value, {@code after} null for a removed one. */
    public record FieldChange(MessageSourceResolvable field, MessageSourceResolvable before,
            MessageSourceResolvable after) {
    }

    /** Newest first, each revision with what differs from the one before it. */
    public static List<Entry> of(List<Snapshot> snapshots) {
        List<Entry> entries = new ArrayList<>();
        Map<MessageSourceResolvable, MessageSourceResolvable> previous = Map.of();
        for (Snapshot snapshot : snapshots) {
            Map<MessageSourceResolvable, MessageSourceResolvable> current = snapshot.type() == RevisionType.DEL
                    ? Map.of() : snapshot.fields();
            List<FieldChange> changes = new ArrayList<>();
            Set<MessageSourceResolvable> labels = new LinkedHashSet<>(previous.keySet());
            labels.addAll(current.keySet());
            for (MessageSourceResolvable label : labels) {
                MessageSourceResolvable before = previous.get(label);
                MessageSourceResolvable after = current.get(label);
                if (!Objects.equals(before, after)) {
                    changes.add(new FieldChange(label, before, after));
                }
            }
            AuditRevision revision = snapshot.revision();
            entries.add(new Entry(revision.id(), revision.changedAt(), revision.changedBy(), revision.note(),
                    Phrase.of("history.what." + snapshot.type().name()), changes));
            previous = current;
        }
        java.util.Collections.reverse(entries);
        return entries;
    }

    /**
     * Builds a snapshot's fields in a fixed order, leaving out empty values. A field is named by a message code
     * ({@code history.motion.title}) or a {@link Phrase}; a value is a message (a {@link Phrase}), yes or no
     * ({@code Boolean}), or text as recorded.
     */
    public static final class Fields {

        private final Map<MessageSourceResolvable, MessageSourceResolvable> fields = new LinkedHashMap<>();

        public Fields put(String labelCode, Object value) {
            return put(Phrase.of(labelCode), value);
        }

        public Fields put(MessageSourceResolvable label, Object value) {
            if (value instanceof MessageSourceResolvable message) {
                fields.put(label, message);
            } else if (value instanceof Boolean yes) {
                fields.put(label, Phrase.of(yes ? "history.yes" : "history.no"));
            } else if (value != null && !value.toString().isBlank()) {
                fields.put(label, new DefaultMessageSourceResolvable(null, null, value.toString()));
            }
            return this;
        }

        public Map<MessageSourceResolvable, MessageSourceResolvable> build() {
            return fields;
        }
    }
}
