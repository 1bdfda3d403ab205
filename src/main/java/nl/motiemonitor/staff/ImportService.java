package nl.motiemonitor.staff;

import java.util.ArrayList;
import java.util.List;

import nl.motiemonitor.body.BodyView;
import nl.motiemonitor.commitment.Commitments;
import nl.motiemonitor.letter.LetterRegistration;
import nl.motiemonitor.letter.LetterAnswer;
import nl.motiemonitor.letter.LetterDocuments;
import nl.motiemonitor.motion.MotionCatalog;
import nl.motiemonitor.motion.MotionSummary;
import nl.motiemonitor.motion.Motions;
import nl.motiemonitor.shared.DomainRuleViolation;
import nl.motiemonitor.shared.MotionId;
import nl.motiemonitor.shared.StatusChangeDetails;
import nl.motiemonitor.term.ItemTerm;
import nl.motiemonitor.term.Terms;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a reviewed import in one transaction: new motions (existing ones are linked), the letter with its effect
 * on the items, the promises the clerk kept as commitments, and the original file.
 */
@Service
@Transactional
class ImportService {

    private final Motions motions;
    private final MotionCatalog motionCatalog;
    private final Commitments commitments;
    private final LetterRegistration registration;
    private final LetterDocuments documents;
    private final PendingImports pending;
    private final Terms terms;

    ImportService(Motions motions, MotionCatalog motionCatalog, Commitments commitments,
            LetterRegistration registration, LetterDocuments documents, PendingImports pending, Terms terms) {
        this.terms = terms;
        this.motions = motions;
        this.motionCatalog = motionCatalog;
        this.commitments = commitments;
        this.registration = registration;
        this.documents = documents;
        this.pending = pending;
    }

    /** Where the clerk goes next: the new letter, or for a motion document the (first) motion. */
    record Saved(String kind, Long id) {
    }

    /**
     * Stores the reviewed import: its motions (existing ones linked, new ones registered with their vote and
     * sponsors), the letter with what it does to each item it answers, the promises kept as commitments, who is
     * responsible, and the original file; all or nothing.
     */
    Saved save(BodyView body, PendingImports.Pending document, ImportForm form, String recordedBy) {
        List<LetterAnswer> answers = new ArrayList<>();
        List<Long> motionIds = new ArrayList<>();
        for (ImportedMotion row : form.getMotions()) {
            Long motionId = motionCatalog.findByNumber(body.bodyId(), row.getNumber()).map(MotionSummary::id)
                    .orElseGet(() -> motions.register(row.toDraft(body.id(), form.isPublished()), row.parsedSponsors(),
                            StatusChangeDetails.of(row.getAdoptedOn(), recordedBy, row.adoptionReason())));
            motionIds.add(motionId);
            answers.add(row.answer(motionId));
        }
        if (form.isMotionDocument()) {
            if (motionIds.isEmpty()) {
                throw new DomainRuleViolation("rule.import.noMotion");
            }
            pending.remove(document.id());
            return new Saved("moties", motionIds.get(0));
        }
        form.getAnswers().stream().filter(row -> !row.isEmpty()).map(AnswerRow::toAnswer)
                .filter(answer -> answers.stream().noneMatch(known -> known.item().equals(answer.item())))
                .forEach(answers::add);
        String madeIn = form.madeIn();
        Long letterId = registration.register(form.toLetterDraft(body.id(), answers), recordedBy,
                registered -> form.getPromises().stream().filter(PromiseRow::isKept).forEach(promise ->
                        commitments.register(promise.toDraft(body.id(), form.getSentOn(), madeIn, registered,
                                form.isPublished()),
                                StatusChangeDetails.of(form.getSentOn(), recordedBy, "Toegezegd in: " + madeIn + "."))));
        String department = form.getResponsibleDepartment();
        if (form.isAssignDepartment() && department != null) {
            answers.forEach(answer -> assignDepartment(body, answer, department, recordedBy));
        }
        if (document.content() != null) {
            documents.attach(letterId, document.fileName(), document.contentType(), document.content(), recordedBy);
        }
        pending.remove(document.id());
        return new Saved("brieven", letterId);
    }

    /** Records the letter's department as responsible for an item, keeping its portfolio holder. */
    private void assignDepartment(BodyView body, LetterAnswer answer, String department, String recordedBy) {
        String holder = terms.term(answer.item()).map(ItemTerm::portfolioHolder).orElse(null);
        terms.assign(answer.item(), body.bodyId(), department, holder, recordedBy);
    }
}
