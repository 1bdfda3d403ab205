package nl.motiemonitor.letter;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import nl.motiemonitor.shared.AuditHistory;
import nl.motiemonitor.shared.AuditRevision;
import nl.motiemonitor.shared.AuditTrail;
import nl.motiemonitor.shared.DutchDates;
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
                    .put("Datum", DutchDates.format(letter.sentOn()))
                    .put("Onderwerp", letter.subject())
                    .put("Kenmerk", letter.reference())
                    .put("Registratienummer", letter.registrationNumber())
                    .put("Uw kenmerk", letter.yourReference())
                    .put("Aan", letter.addressee())
                    .put("Afzender", letter.sender())
                    .put("Contactpersoon", letter.contactName())
                    .put("Dienst", letter.department())
                    .put("Afdeling", letter.unit())
                    .put("Telefoon", letter.phone())
                    .put("E-mail", letter.email())
                    .put("Bijlagen", letter.attachmentCount())
                    .put("Tekst", letter.fullText())
                    .put("Gepubliceerd", letter.published() ? "ja" : "nee");
            List<Signatory> signatories = letter.signatories();
            for (int i = 0; i < signatories.size(); i++) {
                Signatory signatory = signatories.get(i);
                fields.put("Ondertekenaar " + (i + 1), signatory.name()
                        + (signatory.role() == null ? "" : ", " + signatory.role()));
            }
            for (LetterAnswer answer : letter.answers()) {
                fields.put("Gaat over " + itemName.apply(answer), answer.response().label());
            }
            return fields.build();
        });
    }

    public Optional<AuditRevision> lastChange(Long letterId) {
        return audit.lastChange(Letter.class, letterId);
    }
}
