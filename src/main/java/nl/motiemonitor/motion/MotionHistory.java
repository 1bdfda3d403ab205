package nl.motiemonitor.motion;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import nl.motiemonitor.shared.AuditHistory;
import nl.motiemonitor.shared.AuditRevision;
import nl.motiemonitor.shared.AuditTrail;
import nl.motiemonitor.shared.DutchDates;
import org.springframework.stereotype.Service;

/** The field-level history of a motion, from the audit trail, for members and staff. */
@Service
public class MotionHistory {

    private final AuditHistory audit;

    MotionHistory(AuditHistory audit) {
        this.audit = audit;
    }

    /**
     * @param sponsorNames turns sponsor member ids into readable names
     */
    public List<AuditTrail.Entry> of(Long motionId, Function<List<Long>, String> sponsorNames) {
        return audit.of(Motion.class, motionId, motion -> fields(motion, sponsorNames));
    }

    /** Who saved the motion last, and when: "gewijzigd door X om T". */
    public Optional<AuditRevision> lastChange(Long motionId) {
        return audit.lastChange(Motion.class, motionId);
    }

    private static Map<String, String> fields(Motion motion, Function<List<Long>, String> sponsorNames) {
        AuditTrail.Fields fields = new AuditTrail.Fields()
                .put("Registratienummer", motion.registrationNumber())
                .put("Titel", motion.title())
                .put("Beschrijving", motion.summary())
                .put("Aangenomen op", DutchDates.format(motion.adoptedOn(), motion.adoptedOnPrecision()))
                .put("Debat", motion.debate())
                .put("Referentie debat", motion.debateReference())
                .put("Uitslag", motion.voteOutcome() == null ? null : motion.voteOutcome().label())
                .put("Stemmen voor", motion.votesFor())
                .put("Stemmen tegen", motion.votesAgainst())
                .put("Termijn", DutchDates.format(motion.dueDate()))
                .put("Status", motion.status() == null ? null : motion.status().label())
                .put("Gepubliceerd", motion.published() ? "ja" : "nee")
                .put("Indieners", motion.sponsorIds().isEmpty() ? null : sponsorNames.apply(motion.sponsorIds()));
        List<Clause> clauses = motion.clauses();
        for (int i = 0; i < clauses.size(); i++) {
            fields.put("Overweging " + (i + 1) + " (" + clauses.get(i).kind().heading() + ")", clauses.get(i).text());
        }
        for (Footnote footnote : motion.footnotes()) {
            fields.put("Voetnoot " + footnote.marker(), "na '" + footnote.anchor() + "' in overweging "
                    + (footnote.clausePosition() + 1) + (footnote.text() == null ? "" : ": " + footnote.text()));
        }
        return fields.build();
    }
}
