package nl.motiemonitor.staff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.motiemonitor.body.Bodies;
import nl.motiemonitor.body.BodyView;
import nl.motiemonitor.body.MemberName;
import nl.motiemonitor.commitment.CommitmentCatalog;
import nl.motiemonitor.commitment.CommitmentDraft;
import nl.motiemonitor.commitment.CommitmentSummary;
import nl.motiemonitor.importing.ReadDocument.ItemKind;
import nl.motiemonitor.motion.MotionCatalog;
import nl.motiemonitor.motion.MotionDraft;
import nl.motiemonitor.motion.MotionSummary;
import nl.motiemonitor.motion.VoteOutcome;
import nl.motiemonitor.shared.CommitmentId;
import nl.motiemonitor.shared.ItemId;
import nl.motiemonitor.shared.ItemStatus;
import nl.motiemonitor.shared.MotionId;
import nl.motiemonitor.term.ItemTerm;
import nl.motiemonitor.term.ProgressNote;
import nl.motiemonitor.term.ProgressNotes;
import nl.motiemonitor.term.Terms;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The body's motions and commitments as a register has them: what the export writes, and what an imported row is
 * compared with.
 */
@Component
@Transactional(readOnly = true)
class RegisterEntries {

    private final MotionCatalog motions;
    private final CommitmentCatalog commitments;
    private final Bodies bodies;
    private final Terms terms;
    private final ProgressNotes progressNotes;

    RegisterEntries(MotionCatalog motions, CommitmentCatalog commitments, Bodies bodies, Terms terms,
            ProgressNotes progressNotes) {
        this.motions = motions;
        this.commitments = commitments;
        this.bodies = bodies;
        this.terms = terms;
        this.progressNotes = progressNotes;
    }

    /**
     * An item of the body as a register row has it, with what revising it needs: its version and its registered facts
     * ({@code motionDraft} or {@code commitmentDraft}). {@code text} is a motion's summary, {@code progress} the
     * progress note in force.
     */
    record Entry(ItemKind kind, long id, long version, String number, String title, LocalDate date,
            VoteOutcome outcome, ItemStatus status, LocalDate dueDate, String dueDateText, LocalDate dischargeDate,
            List<MemberName> sponsors,
            String portfolioHolder, String department, String text, String progress, MotionDraft motionDraft,
            CommitmentDraft commitmentDraft) {

        ItemId itemId() {
            return kind == ItemKind.MOTION ? new MotionId(id) : new CommitmentId(id);
        }

        /** The row the export writes, in the columns of {@link RegisterRows#STANDARD}. */
        List<String> cells() {
            String due = dueDate != null ? RegisterValues.format(dueDate) : dueDateText == null ? "" : dueDateText;
            return List.of(number, RegisterValues.kindWord(kind), nullToEmpty(title), RegisterValues.format(date),
                    RegisterValues.statusWord(outcome != null && outcome.adopted() ? null : outcome, status), due,
                    RegisterValues.format(dischargeDate), RegisterValues.sponsorsWord(sponsors),
                    nullToEmpty(portfolioHolder), nullToEmpty(text), nullToEmpty(progress));
        }

        private static String nullToEmpty(String value) {
            return value == null ? "" : value;
        }
    }

    /** Every motion and commitment of the body, drafts included: motions first, each kind in order of registration. */
    List<Entry> all(BodyView body) {
        List<Entry> entries = new ArrayList<>();
        for (MotionSummary motion : motions.listAll(body.bodyId(), null, null, Pageable.unpaged(Sort.by("id")))) {
            motion(body, motion).ifPresent(entries::add);
        }
        for (CommitmentSummary commitment : commitments.listAll(body.bodyId(), Pageable.unpaged(Sort.by("id")))) {
            commitment(body, commitment).ifPresent(entries::add);
        }
        return entries;
    }

    /** The body's item of this kind and number (however the number is written), if any. */
    Optional<Entry> find(BodyView body, ItemKind kind, String number) {
        if (number == null || number.isBlank()) {
            return Optional.empty();
        }
        return kind == ItemKind.MOTION
                ? motions.findByNumber(body.bodyId(), number.strip()).flatMap(found -> motion(body, found))
                : commitments.findByNumber(body.bodyId(), number.strip()).flatMap(found -> commitment(body, found));
    }

    /** The day of discharge a register states: of the accepted discharge, else of the proposal that stands. */
    private static LocalDate dischargeDate(ItemTerm term) {
        if (term.status() == ItemStatus.DISCHARGED) {
            return term.dischargedOn();
        }
        return term.status() == ItemStatus.DISCHARGE_PROPOSED ? term.proposedOn() : null;
    }

    private String progress(ItemId item) {
        return progressNotes.latest(item).map(ProgressNote::text).orElse(null);
    }

    private Optional<Entry> motion(BodyView body, MotionSummary summary) {
        return motions.editable(body.bodyId(), summary.id()).map(editable -> {
            MotionDraft draft = editable.draft();
            Optional<ItemTerm> term = terms.term(new MotionId(summary.id()));
            List<MemberName> sponsors = bodies.members(draft.sponsorIds()).stream()
                    .map(member -> new MemberName(member.name(), member.party())).toList();
            return new Entry(ItemKind.MOTION, summary.id(), editable.version(), draft.registrationNumber(),
                    draft.title(), draft.adoptedOn(), draft.voteOutcome(), editable.status(), draft.dueDate(), null,
                    term.map(RegisterEntries::dischargeDate).orElse(null), sponsors, term.map(ItemTerm::portfolioHolder).orElse(null),
                    term.map(ItemTerm::department).orElse(null), draft.summary(), progress(new MotionId(summary.id())),
                    draft, null);
        });
    }

    private Optional<Entry> commitment(BodyView body, CommitmentSummary summary) {
        return commitments.editable(body.bodyId(), summary.id()).map(editable -> {
            CommitmentDraft draft = editable.draft();
            Optional<ItemTerm> term = terms.term(new CommitmentId(summary.id()));
            return new Entry(ItemKind.COMMITMENT, summary.id(), editable.version(), editable.number(), draft.text(),
                    draft.madeOn(), null, summary.status(), draft.dueDate(), draft.dueDateText(),
                    term.map(RegisterEntries::dischargeDate).orElse(null), List.of(),
                    term.map(ItemTerm::portfolioHolder).orElse(null), term.map(ItemTerm::department).orElse(null),
                    null, progress(new CommitmentId(summary.id())), null, draft);
        });
    }
}
