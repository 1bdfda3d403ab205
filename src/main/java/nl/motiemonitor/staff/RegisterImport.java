package nl.motiemonitor.staff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import nl.motiemonitor.body.BodyView;
import nl.motiemonitor.body.MemberName;
import nl.motiemonitor.commitment.CommitmentDraft;
import nl.motiemonitor.commitment.Commitments;
import nl.motiemonitor.importing.ReadDocument.ItemKind;
import nl.motiemonitor.motion.MotionDraft;
import nl.motiemonitor.motion.Motions;
import nl.motiemonitor.motion.VoteOutcome;
import nl.motiemonitor.shared.CommitmentId;
import nl.motiemonitor.shared.DatePrecision;
import nl.motiemonitor.shared.DomainRuleViolation;
import nl.motiemonitor.shared.ItemId;
import nl.motiemonitor.shared.ItemStatus;
import nl.motiemonitor.shared.MotionId;
import nl.motiemonitor.shared.StatusChangeDetails;
import nl.motiemonitor.term.ProgressNotes;
import nl.motiemonitor.term.Terms;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A register's rows against the body's items: per row what saving would do (new, update of an existing item, no
 * change, refused, and why), and saving it all in one transaction. Existing items are found by kind and number and
 * updated, never registered twice; a status the register names is reached through the lifecycle, one recorded move at
 * a time, each with the reason "Geïmporteerd uit <file>". A row's progress note ("stand van zaken") is recorded as a
 * note of its own when it differs from the one in force, never as the motion's text.
 */
@Service
@Transactional
class RegisterImport {

    private final RegisterEntries entries;
    private final Motions motions;
    private final Commitments commitments;
    private final Terms terms;
    private final RegisterMoves lifecycle;
    private final ProgressNotes progressNotes;

    RegisterImport(RegisterEntries entries, Motions motions, Commitments commitments, Terms terms,
            RegisterMoves lifecycle, ProgressNotes progressNotes) {
        this.entries = entries;
        this.motions = motions;
        this.commitments = commitments;
        this.terms = terms;
        this.lifecycle = lifecycle;
        this.progressNotes = progressNotes;
    }

    enum Action { NEW, UPDATE, UNCHANGED, REFUSED }

    /**
     * What saving does with one row: {@code changes} names the fields an update changes, {@code values} what it saves
     * (every value of a new row, the old and new value of each change), {@code notes} what the clerk should know.
     */
    record Planned(RegisterRow row, Action action, RegisterEntries.Entry existing, List<RegisterField> changes,
            List<RegisterPlanValues.Value> values, List<RegisterRow.Problem> problems,
            List<RegisterRow.Problem> notes) {
    }

    /**
     * Per row what saving would do, and its problems.
     *
     * @param rejectDischarges whether a row that puts an item whose discharge is proposed back in progress may
     *                         reject that proposal; without it such a row is refused
     */
    @Transactional(readOnly = true)
    List<Planned> preview(BodyView body, List<RegisterRow> rows, boolean rejectDischarges) {
        return rows.stream().map(row -> plan(body, row, rejectDischarges)).toList();
    }

    static Map<Action, Long> counts(List<Planned> plan) {
        Map<Action, Long> counts = new EnumMap<>(Action.class);
        for (Action action : Action.values()) {
            counts.put(action, plan.stream().filter(row -> row.action() == action).count());
        }
        return counts;
    }

    private Planned plan(BodyView body, RegisterRow row, boolean rejectDischarges) {
        List<RegisterRow.Problem> problems = new ArrayList<>(row.problems());
        List<RegisterRow.Problem> notes = new ArrayList<>(row.notes());
        RegisterEntries.Entry existing = row.kind() == null ? null
                : entries.find(body, row.kind(), row.number()).orElse(null);
        List<RegisterField> changes = new ArrayList<>();
        if (existing != null) {
            changes.addAll(changes(row, existing));
            statusProblem(row, existing).ifPresent(problems::add);
        }
        List<ItemStatus> moves = problems.isEmpty() ? moves(row, existing) : List.of();
        if (moves.stream().anyMatch(RegisterRows::dischargeStatus)) {
            LocalDate itemDate = itemDate(row, existing);
            if (row.dischargeDate() == null) {
                notes.add(new RegisterRow.Problem("staff.register.note.noDischargeDate", row.line()));
            } else if (itemDate != null && row.dischargeDate().isBefore(itemDate)) {
                problems.add(new RegisterRow.Problem("staff.register.problem.dischargeBeforeDate", row.line(),
                        RegisterValues.format(row.dischargeDate()), RegisterValues.format(itemDate)));
            }
        } else if (existing != null && row.dischargeDate() != null && existing.dischargeDate() != null
                && !row.dischargeDate().equals(existing.dischargeDate())) {
            notes.add(new RegisterRow.Problem("staff.register.note.dischargeDateKept", row.line(),
                    RegisterValues.format(existing.dischargeDate()), RegisterValues.format(row.dischargeDate())));
        }
        if (existing != null && existing.status() == ItemStatus.DISCHARGE_PROPOSED
                && moves.contains(ItemStatus.IN_PROGRESS)) {
            (rejectDischarges ? notes : problems).add(new RegisterRow.Problem(rejectDischarges
                    ? "staff.register.note.rejectsDischarge" : "staff.register.problem.rejectsDischarge", row.line(),
                    existing.number()));
        }
        Action action = !problems.isEmpty() ? Action.REFUSED : existing == null ? Action.NEW
                : changes.isEmpty() ? Action.UNCHANGED : Action.UPDATE;
        List<RegisterPlanValues.Value> values = RegisterPlanValues.of(row, existing, changes,
                moves.stream().anyMatch(RegisterRows::dischargeStatus));
        return new Planned(row, action, existing, List.copyOf(changes), values, List.copyOf(problems),
                List.copyOf(notes));
    }

    /** The date of the item a row is about: the row's, else the existing item's. */
    private static LocalDate itemDate(RegisterRow row, RegisterEntries.Entry existing) {
        return row.date() != null ? row.date() : existing == null ? null : existing.date();
    }

    /** The status an item starts from when the row is saved, or {@code null} when it has no lifecycle. */
    private static ItemStatus start(RegisterRow row, RegisterEntries.Entry existing) {
        if (existing == null) {
            boolean adopted = row.kind() != ItemKind.MOTION || row.status() == null || row.status().adopted();
            return adopted ? ItemStatus.OPEN : null;
        }
        VoteOutcome outcome = targetOutcome(row, existing);
        return existing.status() != null ? existing.status()
                : outcome != null && outcome.adopted() ? ItemStatus.OPEN : null;
    }

    /** The statuses saving the row moves the item through, in order; empty when it moves nowhere. */
    private static List<ItemStatus> moves(RegisterRow row, RegisterEntries.Entry existing) {
        ItemStatus from = start(row, existing);
        ItemStatus to = existing == null ? (row.status() == null ? null : row.status().status())
                : targetStatus(row, existing);
        return from == null || to == null || from == to ? List.of() : RegisterMoves.path(from, to);
    }

    /** The fields the row changes on the existing item: only those the register has a column for. */
    static List<RegisterField> changes(RegisterRow row, RegisterEntries.Entry existing) {
        List<RegisterField> changes = new ArrayList<>();
        boolean motion = existing.kind() == ItemKind.MOTION;
        if (row.says(RegisterField.TITLE) && !Objects.equals(row.title(), existing.title())) {
            changes.add(RegisterField.TITLE);
        }
        if (row.says(RegisterField.DATE) && !Objects.equals(row.date(), existing.date())) {
            changes.add(RegisterField.DATE);
        }
        if (row.status() != null && (targetOutcome(row, existing) != existing.outcome()
                || targetStatus(row, existing) != existing.status())) {
            changes.add(RegisterField.STATUS);
        }
        if (row.says(RegisterField.DUE_DATE) && !sameDue(row, existing)) {
            changes.add(RegisterField.DUE_DATE);
        }
        if (motion && row.says(RegisterField.SPONSORS)
                && !RegisterValues.sameSponsors(row.sponsors(), existing.sponsors())) {
            changes.add(RegisterField.SPONSORS);
        }
        if (row.says(RegisterField.PORTFOLIO_HOLDER)
                && !Objects.equals(row.portfolioHolder(), existing.portfolioHolder())) {
            changes.add(RegisterField.PORTFOLIO_HOLDER);
        }
        if (motion && row.says(RegisterField.TEXT) && !Objects.equals(row.text(), existing.text())) {
            changes.add(RegisterField.TEXT);
        }
        if (row.says(RegisterField.PROGRESS) && !Objects.equals(row.progress(), existing.progress())) {
            changes.add(RegisterField.PROGRESS);
        }
        return changes;
    }

    private static boolean sameDue(RegisterRow row, RegisterEntries.Entry existing) {
        if (row.dueDate() != null) {
            return row.dueDate().equals(existing.dueDate());
        }
        return existing.dueDate() == null && Objects.equals(row.dueDateText(), existing.dueDateText());
    }

    /** The vote outcome the row asks for: a motion's own, unless the register names another. */
    private static VoteOutcome targetOutcome(RegisterRow row, RegisterEntries.Entry existing) {
        if (existing.kind() != ItemKind.MOTION) {
            return null;
        }
        RegisterValues.Status status = row.status();
        if (status == null) {
            return existing.outcome();
        }
        if (status.outcome() != null) {
            return status.outcome();
        }
        return existing.outcome().adopted() ? existing.outcome() : VoteOutcome.ADOPTED;
    }

    /** The lifecycle status the row asks for: the register's, the item's own when it names none. */
    private static ItemStatus targetStatus(RegisterRow row, RegisterEntries.Entry existing) {
        RegisterValues.Status status = row.status();
        if (status == null || !status.adopted()) {
            return existing.status();
        }
        if (status.status() != null) {
            return status.status();
        }
        return existing.status() != null ? existing.status() : ItemStatus.OPEN;
    }

    /** Why the existing item cannot get the status the row names, if it cannot. */
    private static Optional<RegisterRow.Problem> statusProblem(RegisterRow row, RegisterEntries.Entry existing) {
        if (row.status() == null) {
            return Optional.empty();
        }
        VoteOutcome outcome = targetOutcome(row, existing);
        if (existing.kind() == ItemKind.MOTION && existing.outcome().adopted() && !outcome.adopted()) {
            return Optional.of(new RegisterRow.Problem("staff.register.problem.adoptedFixed", row.line(),
                    existing.number(), outcome.label().toLowerCase(java.util.Locale.ROOT)));
        }
        ItemStatus from = start(row, existing);
        ItemStatus to = targetStatus(row, existing);
        if (from != null && to != null && RegisterMoves.path(from, to).isEmpty() && from != to) {
            return Optional.of(new RegisterRow.Problem("staff.register.problem.statusMove", row.line(),
                    from.label().toLowerCase(java.util.Locale.ROOT), to.label().toLowerCase(java.util.Locale.ROOT)));
        }
        return Optional.empty();
    }

    /** What a save did. */
    record Saved(int created, int updated, int unchanged) {
    }

    /** A row that could not be saved; nothing of the register was saved. */
    static class RowFailed extends RuntimeException {

        private final int line;

        RowFailed(int line, RuntimeException cause) {
            super("Rij " + line + ": " + cause.getMessage(), cause);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    /**
     * Saves every row: new items registered, existing ones updated, all or nothing. Rows must have been previewed
     * without problems; any problem found now refuses the whole register.
     *
     * @param source      the file the register came from, for the history: "Geïmporteerd uit <source>"
     * @param publishNew  whether new items are published (existing ones keep theirs)
     * @param rejectDischarges whether a row may reject a proposed discharge (see {@link #preview})
     * @throws RowFailed when a row cannot be saved (nothing is saved then)
     */
    Saved save(BodyView body, List<RegisterRow> rows, String source, String recordedBy, boolean publishNew,
            boolean rejectDischarges) {
        String reason = "Geïmporteerd uit " + source;
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (RegisterRow row : rows) {
            try {
                Planned planned = plan(body, row, rejectDischarges);
                switch (planned.action()) {
                    case REFUSED -> throw new DomainRuleViolation("rule.register.rowRefused",
                            String.valueOf(row.line()));
                    case NEW -> {
                        create(body, row, reason, recordedBy, publishNew);
                        created++;
                    }
                    case UPDATE -> {
                        update(body, planned, reason, recordedBy);
                        updated++;
                    }
                    case UNCHANGED -> unchanged++;
                }
            } catch (RowFailed e) {
                throw e;
            } catch (RuntimeException e) {
                throw new RowFailed(row.line(), e);
            }
        }
        return new Saved(created, updated, unchanged);
    }

    private void create(BodyView body, RegisterRow row, String reason, String recordedBy, boolean publish) {
        StatusChangeDetails details = StatusChangeDetails.of(row.date(), recordedBy, reason);
        ItemId item;
        ItemStatus status;
        if (row.kind() == ItemKind.MOTION) {
            VoteOutcome outcome = row.status() != null && row.status().outcome() != null ? row.status().outcome()
                    : VoteOutcome.ADOPTED;
            long id = motions.register(new MotionDraft(body.id(), row.number(), row.title(), row.text(), row.date(),
                    DatePrecision.DAY, null, null, outcome, null, null, List.of(), row.dueDate(), List.of(),
                    List.of(), List.of(), publish), row.sponsors(), details);
            item = new MotionId(id);
            status = outcome.adopted() ? ItemStatus.OPEN : null;
        } else {
            long id = commitments.register(row.number(), new CommitmentDraft(body.id(), row.title(), row.date(), null,
                    null, null, row.dueDate(), row.dueDateText(), publish), details);
            item = new CommitmentId(id);
            status = ItemStatus.OPEN;
        }
        if (status != null && row.status() != null && row.status().status() != null) {
            lifecycle.move(item, status, row.status().status(), row, row.date(), reason, recordedBy);
        }
        if (row.portfolioHolder() != null) {
            terms.assign(item, body.bodyId(), null, row.portfolioHolder(), recordedBy);
        }
        if (row.progress() != null) {
            progressNotes.record(item, body.bodyId(), row.progress(), null, recordedBy, reason);
        }
    }

    private void update(BodyView body, Planned planned, String reason, String recordedBy) {
        RegisterRow row = planned.row();
        RegisterEntries.Entry existing = planned.existing();
        List<RegisterField> changes = planned.changes();
        StatusChangeDetails details = StatusChangeDetails.of(row.date() != null ? row.date() : existing.date(),
                recordedBy, reason);
        VoteOutcome outcome = targetOutcome(row, existing);
        if (existing.kind() == ItemKind.MOTION) {
            MotionDraft draft = existing.motionDraft();
            List<MemberName> typed = List.of();
            if (changes.contains(RegisterField.SPONSORS)) {
                draft = draft.withSponsorIds(List.of());
                typed = row.sponsors();
            }
            boolean revise = changes.stream().anyMatch(RegisterImport::revises) || outcome != existing.outcome();
            if (revise) {
                MotionDraft revised = new MotionDraft(draft.bodyId(), draft.registrationNumber(),
                        pick(changes, RegisterField.TITLE, row.title(), draft.title()),
                        pick(changes, RegisterField.TEXT, row.text(), draft.summary()),
                        pick(changes, RegisterField.DATE, row.date(), draft.adoptedOn()), draft.adoptedOnPrecision(),
                        draft.debate(), draft.debateReference(), outcome, draft.votesFor(), draft.votesAgainst(),
                        draft.partyVotes(), pick(changes, RegisterField.DUE_DATE, row.dueDate(), draft.dueDate()),
                        draft.sponsorIds(), draft.clauses(), draft.footnotes(), draft.published());
                motions.revise(body.bodyId(), existing.id(), existing.version(), revised, typed, details);
            }
        } else if (changes.stream().anyMatch(RegisterImport::revises)) {
            CommitmentDraft draft = existing.commitmentDraft();
            boolean due = changes.contains(RegisterField.DUE_DATE);
            commitments.revise(body.bodyId(), existing.id(), existing.version(), new CommitmentDraft(draft.bodyId(),
                    pick(changes, RegisterField.TITLE, row.title(), draft.text()),
                    pick(changes, RegisterField.DATE, row.date(), draft.madeOn()), draft.madeIn(),
                    draft.madeInLetterId(), draft.requestedByMemberId(), due ? row.dueDate() : draft.dueDate(),
                    due ? row.dueDateText() : draft.dueDateText(), draft.published()));
        }
        ItemStatus from = start(row, existing);
        ItemStatus to = targetStatus(row, existing);
        if (from != null && to != null && from != to) {
            lifecycle.move(existing.itemId(), from, to, row, itemDate(row, existing), reason, recordedBy);
        }
        if (changes.contains(RegisterField.PORTFOLIO_HOLDER)) {
            terms.assign(existing.itemId(), body.bodyId(), existing.department(), row.portfolioHolder(), recordedBy);
        }
        if (changes.contains(RegisterField.PROGRESS)) {
            progressNotes.record(existing.itemId(), body.bodyId(), row.progress(), null, recordedBy, reason);
        }
    }

    /**
     * Whether a change of this field revises the item's registered facts; the status, the portfolio holder and the
     * progress note are recorded beside them, each with its own history.
     */
    private static boolean revises(RegisterField field) {
        return field != RegisterField.PORTFOLIO_HOLDER && field != RegisterField.STATUS
                && field != RegisterField.PROGRESS;
    }

    private static <T> T pick(List<RegisterField> changes, RegisterField field, T fromRow, T kept) {
        return changes.contains(field) ? fromRow : kept;
    }
}
