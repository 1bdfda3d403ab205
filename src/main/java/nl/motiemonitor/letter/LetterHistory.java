package nl.motiemonitor.letter;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import nl.motiemonitor.shared.AuditHistory;
import nl.motiemonitor.shared.AuditRevision;
import nl.motiemonitor.shared.AuditTrail;
import nl.motiemonitor.shared.Phrase;
import org.springframework.stereotype.Service;

/** The field-level history of a letter, from the audit trail, for members and staff. */
@Service
public class LetterHistory {

    private final AuditHistory audit;

    LetterHistory(AuditHistory audit) {
        this.audit = audit;
    }

    /**
     * @param itemName names an answered item readably ("Motie RIS323480"), given its answer
     */
    public List<AuditTrail.Entry> of(Long letterId, Function<LetterAnswer, String> itemName) {
        return audit.of(Letter.class, letterId, letter -> {
            AuditTrail.Fields fields = new AuditTrail.Fields()
                    .put("history.letter.sentOn", letter.sentOn() == null ? null : Phrase.date(letter.sentOn()))
                    .put("history.letter.subject", letter.subject())
                    .put("history.letter.reference", letter.reference())
                    .put("history.letter.registrationNumber", letter.registrationNumber())
                    .put("history.letter.yourReference", letter.yourReference())
                    .put("history.letter.addressee", letter.addressee())
                    .put("history.letter.sender", letter.sender())
                    .put("history.letter.contactName", letter.contactName())
                    .put("history.letter.department", letter.department())
                    .put("history.letter.unit", letter.unit())
                    .put("history.letter.phone", letter.phone())
                    .put("history.letter.email", letter.email())
                    .put("history.letter.attachments", letter.attachmentCount())
                    .put("history.letter.text", letter.fullText())
                    .put("history.published", letter.published());
            List<Signatory> signatories = letter.signatories();
            for (int i = 0; i < signatories.size(); i++) {
                Signatory signatory = signatories.get(i);
                fields.put(Phrase.of("history.letter.signatory", i + 1), signatory.name()
                        + (signatory.role() == null ? "" : ", " + signatory.role()));
            }
            for (LetterAnswer answer : letter.answers()) {
                fields.put(Phrase.of("history.letter.answers", itemName.apply(answer)),
                        Phrase.of("letter.response." + answer.response().name()));
            }
            return fields.build();
        });
    }

    public Optional<AuditRevision> lastChange(Long letterId) {
        return audit.lastChange(Letter.class, letterId);
    }
}
