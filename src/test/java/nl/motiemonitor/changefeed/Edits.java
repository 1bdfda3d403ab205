package nl.motiemonitor.changefeed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.motiemonitor.body.BodyId;
import nl.motiemonitor.commitment.CommitmentCatalog;
import nl.motiemonitor.commitment.CommitmentDraft;
import nl.motiemonitor.commitment.Commitments;
import nl.motiemonitor.letter.LetterCatalog;
import nl.motiemonitor.letter.LetterDraft;
import nl.motiemonitor.letter.LetterRegistration;
import nl.motiemonitor.motion.ClauseKind;
import nl.motiemonitor.motion.MotionCatalog;
import nl.motiemonitor.motion.MotionDraft;
import nl.motiemonitor.motion.Motions;
import nl.motiemonitor.shared.CommitmentId;
import nl.motiemonitor.shared.MotionId;
import nl.motiemonitor.shared.StatusChangeDetails;
import nl.motiemonitor.testsupport.Fixtures;
import org.springframework.boot.test.context.TestComponent;

/** A clerk's edits of registered items, through the staff services: a clause added, a text changed, (un)published. */
@TestComponent
class Edits {

    private final MotionCatalog motionCatalog;
    private final Motions motions;
    private final CommitmentCatalog commitmentCatalog;
    private final Commitments commitments;
    private final LetterCatalog letterCatalog;
    private final LetterRegistration letters;

    Edits(MotionCatalog motionCatalog, Motions motions, CommitmentCatalog commitmentCatalog, Commitments commitments,
            LetterCatalog letterCatalog, LetterRegistration letters) {
        this.motionCatalog = motionCatalog;
        this.motions = motions;
        this.commitmentCatalog = commitmentCatalog;
        this.commitments = commitments;
        this.letterCatalog = letterCatalog;
        this.letters = letters;
    }

    /** Adds a "verzoekt" clause to the motion, keeping whether it is published. */
    void addClause(Long body, MotionId motion, String text) {
        MotionCatalog.EditableMotion editable = motionCatalog.editable(new BodyId(body), motion.value()).orElseThrow();
        MotionDraft d = editable.draft();
        List<MotionDraft.ClauseDraft> clauses = new ArrayList<>(d.clauses());
        clauses.add(new MotionDraft.ClauseDraft(ClauseKind.REQUEST, text));
        revise(body, motion, editable.version(), d, clauses, d.published());
    }

    void publish(Long body, MotionId motion, boolean published) {
        MotionCatalog.EditableMotion editable = motionCatalog.editable(new BodyId(body), motion.value()).orElseThrow();
        revise(body, motion, editable.version(), editable.draft(), editable.draft().clauses(), published);
    }

    void rewrite(Long body, CommitmentId commitment, String text) {
        reviseCommitment(body, commitment, text, null);
    }

    void publish(Long body, CommitmentId commitment, boolean published) {
        reviseCommitment(body, commitment, null, published);
    }

    /** The commitment with a new text or publication (null: as it is). */
    private void reviseCommitment(Long body, CommitmentId commitment, String text, Boolean published) {
        CommitmentCatalog.EditableCommitment editable = commitmentCatalog.editable(new BodyId(body),
                commitment.value()).orElseThrow();
        CommitmentDraft d = editable.draft();
        commitments.revise(new BodyId(body), commitment.value(), editable.version(), new CommitmentDraft(d.bodyId(),
                text == null ? d.text() : text, d.madeOn(), d.madeIn(), d.madeInLetterId(), d.requestedByMemberId(),
                d.dueDate(), d.dueDateText(), published == null ? d.published() : published));
    }

    void retitle(Long body, Long letter, String subject) {
        LetterCatalog.EditableLetter editable = letterCatalog.editable(new BodyId(body), letter).orElseThrow();
        reviseLetter(body, letter, editable.version(), editable.draft(), subject, editable.draft().published());
    }

    void publishLetter(Long body, Long letter, boolean published) {
        LetterCatalog.EditableLetter editable = letterCatalog.editable(new BodyId(body), letter).orElseThrow();
        reviseLetter(body, letter, editable.version(), editable.draft(), editable.draft().subject(), published);
    }

    private void reviseLetter(Long body, Long letter, long version, LetterDraft d, String subject, boolean published) {
        letters.revise(new BodyId(body), letter, version, new LetterDraft(d.bodyId(), d.sentOn(), subject,
                d.reference(), d.registrationNumber(), d.yourReference(), d.addressee(), d.contactName(),
                d.department(), d.unit(), d.phone(), d.email(), d.attachmentCount(), d.sender(), d.fullText(),
                d.signatories(), d.footnotes(), d.answers(), published), Fixtures.CLERK);
    }

    private void revise(Long body, MotionId motion, long version, MotionDraft d,
            List<MotionDraft.ClauseDraft> clauses, boolean published) {
        motions.revise(new BodyId(body), motion.value(), version, new MotionDraft(d.bodyId(), d.registrationNumber(),
                d.title(), d.summary(), d.adoptedOn(), d.adoptedOnPrecision(), d.debate(), d.debateReference(),
                d.voteOutcome(), d.votesFor(), d.votesAgainst(), d.partyVotes(), d.dueDate(), d.sponsorIds(), clauses,
                d.footnotes(), published), List.of(), StatusChangeDetails.of(LocalDate.now(), Fixtures.CLERK,
                "Bewerkt."));
    }
}
