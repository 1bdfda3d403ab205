package nl.motiemonitor.importing;

import java.time.LocalDate;
import java.util.regex.Pattern;

import nl.motiemonitor.importing.ReadDocument.Kind;

/** Whether the text is a motion, a letter, or neither, from what the other stages found in it. */
final class KindDecision {

    private static final Pattern LETTER_WORDS = Pattern.compile("(?i)\\b(?:geachte|met\\s+vriendelijke\\s+groet|hoogachtend|uw\\s+raad"
            + "|uw\\s+kamer|hierbij\\s+informe|informeer\\s+ik|informeren\\s+wij)");

    private KindDecision() {
    }

    /**
     * A motion document is a motion; else anything of a letter (a subject, reference, date, sender, signatory or a
     * letter's words) makes a letter; else clauses make a motion.
     */
    static Kind kind(ReadingContext ctx, MotionDocument document, HeaderFields header, Closing closing,
            MotionClauses clauses, Sourced<LocalDate> date) {
        if (document.is()) {
            return Kind.MOTION;
        }
        boolean letter = header.has(HeaderField.SUBJECT) || header.has(HeaderField.REFERENCE) || date != null
                || closing.sender != null || !closing.signatories.isEmpty()
                || ctx.finds(LETTER_WORDS, ctx.t);
        if (letter) {
            return Kind.LETTER;
        }
        if (!clauses.clauseBlocks.isEmpty()) {
            return Kind.MOTION;
        }
        return Kind.UNKNOWN;
    }
}
