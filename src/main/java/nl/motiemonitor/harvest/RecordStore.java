package nl.motiemonitor.harvest;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import nl.motiemonitor.body.BodyId;
import nl.motiemonitor.harvest.HarvestCounts.Outcome;
import nl.motiemonitor.shared.ItemSource;

/**
 * Stores one kind of harvested record as an item of the body, through its module: registered when new (as a draft or
 * published, per the source), else merged field by field ({@link FieldMerge}): what nobody edited takes the source's
 * value, a clerk's edit is kept and a differing source value becomes a conflict. A record is found by its source id,
 * so it is never stored twice; a record the body already has under its number, typed in by a clerk, is taken as
 * that item (the clerk's values count as edits). The source's deletion unpublishes an item nobody edited, and its
 * return publishes it again.
 */
abstract class RecordStore<R extends HarvestedRecord> {

    /** The conflict field of a deletion. */
    static final String DELETED = "deleted";

    private final ConflictStore conflicts;

    RecordStore(ConflictStore conflicts) {
        this.conflicts = conflicts;
    }

    abstract HarvestedRecord.Kind kind();

    /** The record's values in the harvest's notation ({@link FieldValues}); a value the source does not give is left out. */
    abstract Map<String, String> incoming(R record);

    abstract Optional<Long> findBySource(HarvestContext context, String sourceId);

    /** The body's item of the record's number that no harvest brought, if any. */
    abstract Optional<Long> unsourced(HarvestContext context, R record);

    /** Registers the record as a new item; empty when it is no item yet (a motion not decided). */
    abstract Optional<Long> register(HarvestContext context, R record);

    /** The item's values of the fields a record can give, in the harvest's notation. */
    abstract Map<String, String> current(HarvestContext context, long id);

    /** Writes these fields' values to the item; {@code record} is the record they came from, if a harvest reads it. */
    abstract void apply(HarvestContext context, long id, Map<String, String> values, R record);

    abstract ItemSource source(HarvestContext context, long id);

    abstract void recordSource(HarvestContext context, long id, ItemSource source);

    abstract boolean published(HarvestContext context, long id);

    /** Publishes the item, or takes it off the public pages; nothing when it is so already. */
    abstract void publish(HarvestContext context, long id, boolean published);

    /** Whether the item can take this value of the field; otherwise the clerk decides (a conflict). */
    boolean applicable(String field, String current, String incoming) {
        return true;
    }

    Outcome store(HarvestContext context, R record) {
        Map<String, String> incoming = incoming(record);
        Optional<Long> found = findBySource(context, record.sourceId());
        ItemSource before = found.map(id -> source(context, id)).orElse(null);
        if (found.isEmpty()) {
            found = unsourced(context, record);
            if (found.isEmpty()) {
                return register(context, record).map(id -> {
                    remember(context, id, record, null, SourceValues.EMPTY.next(incoming, current(context, id),
                            Set.of()));
                    return Outcome.CREATED;
                }).orElse(Outcome.SKIPPED);
            }
        }
        long id = found.get();
        ItemRef item = new ItemRef(kind(), id);
        SourceValues values = before == null ? SourceValues.EMPTY : SourceValues.parse(before.values());
        Map<String, String> current = current(context, id);
        boolean conflicted = before != null && before.deletedAt() != null && back(context, item, values, current);
        FieldMerge.Plan plan = FieldMerge.plan(incoming, current, values,
                (field, value) -> conflicts.keptOwn(item, field, value), this::applicable);
        if (!plan.apply().isEmpty()) {
            apply(context, id, plan.apply(), record);
            current = current(context, id);
        }
        for (Map.Entry<String, String> conflict : plan.conflicts().entrySet()) {
            conflicted |= conflicts.record(context.bodyId(), item, conflict.getKey(), conflict.getValue(),
                    current.get(conflict.getKey()));
        }
        for (Map.Entry<String, String> field : incoming.entrySet()) {
            if (Objects.equals(field.getValue(), current.get(field.getKey()))) {
                conflicts.settled(item, field.getKey());
            }
        }
        remember(context, id, record, before, values.next(incoming, current, plan.kept()));
        boolean relinked = before == null || before.deletedAt() != null || !Objects.equals(before.url(), url(record));
        return conflicted ? Outcome.CONFLICT
                : !plan.apply().isEmpty() || relinked ? Outcome.UPDATED : Outcome.UNCHANGED;
    }

    /**
     * The source has the record again after it deleted it: an item the deletion unpublished is published again when
     * the source publishes what it brings, unless a clerk edited it since the harvest stored it (then that is a
     * conflict, the clerk decides); a deletion the clerk had to decide on is past.
     *
     * @return whether that is a new conflict
     */
    private boolean back(HarvestContext context, ItemRef item, SourceValues values, Map<String, String> current) {
        if (published(context, item.id())) {
            conflicts.settled(item, DELETED);
            return false;
        }
        if (values.editedAny(current)) {
            return !conflicts.keptOwn(item, DELETED, "false")
                    && conflicts.record(context.bodyId(), item, DELETED, "false", "true");
        }
        conflicts.settled(item, DELETED);
        if (context.publish()) {
            publish(context, item.id(), true);
        }
        return false;
    }

    /**
     * The source deleted the record: an item nobody edited is unpublished, an edited one gets a conflict (the clerk
     * decides); either way the deletion is recorded on the item.
     */
    Outcome delete(HarvestContext context, String sourceId) {
        Optional<Long> found = findBySource(context, sourceId);
        if (found.isEmpty()) {
            return Outcome.SKIPPED;
        }
        long id = found.get();
        ItemSource before = source(context, id);
        boolean published = published(context, id);
        if (before.deletedAt() != null && !published) {
            return Outcome.UNCHANGED;
        }
        ItemRef item = new ItemRef(kind(), id);
        Outcome outcome;
        if (!published) {
            outcome = Outcome.DELETED;
        } else if (SourceValues.parse(before.values()).editedAny(current(context, id))) {
            outcome = conflicts.keptOwn(item, DELETED, "true") || !conflicts.record(context.bodyId(), item, DELETED,
                    "true", "false") ? Outcome.UNCHANGED : Outcome.CONFLICT;
        } else {
            publish(context, id, false);
            outcome = Outcome.DELETED;
        }
        if (before.deletedAt() == null) {
            recordSource(context, id, new ItemSource(before.kind(), before.sourceId(), before.url(), before.values(),
                    Instant.now()));
        }
        return outcome;
    }

    /**
     * A clerk takes the source's value of one field after a conflict; of {@link #DELETED}: the item is taken off the
     * public pages ({@code "true"}: the source deleted the record) or published ({@code "false"}: it has it again).
     */
    void take(BodyId body, long id, String field, String value) {
        ItemSource before = source(new HarvestContext(body, null, false), id);
        HarvestContext context = new HarvestContext(body, SourceKind.valueOf(before.kind()), false);
        if (DELETED.equals(field)) {
            publish(context, id, !Boolean.parseBoolean(value));
            return;
        }
        apply(context, id, Map.of(field, value), null);
        SourceValues values = SourceValues.parse(before.values()).taken(field, current(context, id));
        recordSource(context, id, new ItemSource(before.kind(), before.sourceId(), before.url(), values.json(),
                before.deletedAt()));
    }

    /**
     * Records the item's source as the harvest saw it now, when that differs from what it recorded before: an
     * unchanged record writes nothing, so the public pages stay cached. A record present again is no longer deleted.
     */
    private void remember(HarvestContext context, long id, R record, ItemSource before, SourceValues values) {
        if (before != null && Objects.equals(before.url(), url(record)) && before.deletedAt() == null
                && SourceValues.parse(before.values()).equals(values)) {
            return;
        }
        recordSource(context, id, new ItemSource(context.kind().name(), record.sourceId(), url(record),
                values.json(), null));
    }

    private static String url(HarvestedRecord record) {
        return record.sourceUrl() == null ? null : record.sourceUrl().toString();
    }
}
