package nl.motiemonitor.staff;

import java.util.ArrayList;
import java.util.List;

import nl.motiemonitor.body.BodyView;
import nl.motiemonitor.commitment.CommitmentDraft;
import nl.motiemonitor.commitment.Commitments;
import nl.motiemonitor.letter.LetterRegistration;
import nl.motiemonitor.letter.LetterAnswer;
import nl.motiemonitor.letter.LetterDocuments;
import nl.motiemonitor.letter.LetterDraft;
import nl.motiemonitor.letter.LetterResponse;
import nl.motiemonitor.letter.Signatory;
import nl.motiemonitor.motion.MotionCatalog;
import nl.motiemonitor.motion.MotionDraft;
import nl.motiemonitor.motion.MotionSummary;
import nl.motiemonitor.motion.Motions;
import nl.motiemonitor.shared.DutchDates;
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
        for (ImportForm.MotionRow row : form.getMotions()) {
            String number = row.getNumber().strip();
            Long motionId = motionCatalog.findByNumber(body.id(), number).map(MotionSummary::id)
                    .orElseGet(() -> motions.register(motionDraft(body, row, number, form.isPublished()),
                            SponsorLines.parse(row.getSponsors()), StatusChangeDetails.of(row.getAdoptedOn(), recordedBy,
                                    adoptionReason(row))));
            motionIds.add(motionId);
            answers.add(LetterAnswer.of(new MotionId(motionId), row.getResponse(),
                    row.getResponse() == LetterResponse.POSTPONED ? row.getNewDueDate() : null));
        }
        if (form.isMotionDocument()) {
            if (motionIds.isEmpty()) {
                throw new IllegalArgumentException("Er is geen motie om op te slaan.");
            }
            pending.remove(document.id());
            return new Saved("moties", motionIds.get(0));
        }
        form.getAnswers().stream().filter(row -> !row.isEmpty()).map(AnswerRow::toAnswer)
                .filter(answer -> answers.stream().noneMatch(known -> known.item().equals(answer.item())))
                .forEach(answers::add);
        List<Signatory> signatories = form.getSignatories().stream()
                .filter(row -> row.getName() != null && !row.getName().isBlank())
                .map(row -> new Signatory(row.getName(), blank(row.getRole()))).toList();
        LetterDraft letter = new LetterDraft(body.id(), form.getSentOn(), blank(form.getSubject()),
                blank(form.getReference()), blank(form.getRegistrationNumber()), null, null,
                blank(form.getContactName()), blank(form.getDepartment()), blank(form.getUnit()), blank(form.getPhone()),
                blank(form.getEmail()), null, blank(form.getSender()), blank(form.getFullText()), signatories, List.of(),
                answers, form.isPublished());
        List<ImportForm.PromiseRow> kept = form.getPromises().stream()
                .filter(promise -> promise.isKeep() && promise.getText() != null && !promise.getText().isBlank())
                .toList();
        String madeIn = "Brief" + (form.getSentOn() == null ? "" : " van " + DutchDates.format(form.getSentOn()))
                + (blank(form.getReference()) == null ? "" : " (" + form.getReference().strip() + ")");
        Long letterId = registration.register(letter, recordedBy, registered -> kept.forEach(promise ->
                commitments.register(new CommitmentDraft(body.id(), promise.getText(), form.getSentOn(), madeIn,
                        registered, null, promise.getDueDate(), blank(promise.getDueDateText()), form.isPublished()),
                        StatusChangeDetails.of(form.getSentOn(), recordedBy, "Toegezegd in: " + madeIn + "."))));
        String department = blank(form.getResponsibleDepartment());
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
        terms.assign(answer.item(), body.id(), department, holder, recordedBy);
    }

    private MotionDraft motionDraft(BodyView body, ImportForm.MotionRow row, String number, boolean published) {
        List<ImportForm.ClauseRow> clauses = row.getClauses();
        List<MotionDraft.ClauseDraft> kept = new ArrayList<>();
        List<MotionDraft.FootnoteDraft> footnotes = new ArrayList<>();
        for (int i = 0; i < clauses.size(); i++) {
            String text = clauses.get(i).getText();
            if (text == null || text.isBlank()) {
                continue; // the clerk emptied it: dropped
            }
            int index = kept.size();
            kept.add(new MotionDraft.ClauseDraft(clauses.get(i).getKind(), text));
            int read = i;
            row.getFootnotes().stream()
                    .filter(note -> note.getClause() == read && note.getAnchor() != null && text.contains(note.getAnchor()))
                    .forEach(note -> footnotes.add(new MotionDraft.FootnoteDraft(note.getMarker(), index,
                            note.getAnchor(), blank(note.getText()))));
        }
        return new MotionDraft(body.id(), number, row.getTitle(), null, row.getAdoptedOn(), row.getAdoptedOnPrecision(),
                row.getDebate(), row.getDebateReference(), row.getVoteOutcome(), row.getVotesFor(),
                row.getVotesAgainst(), row.partyVotes(), null,
                List.of(), kept, footnotes, published);
    }

    private static String adoptionReason(ImportForm.MotionRow row) {
        return row.getVoteOutcome().label() + (blank(row.getDebate()) == null ? "" : " bij de bespreking van '"
                + row.getDebate().strip() + "'") + ".";
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
