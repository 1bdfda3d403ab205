package nl.motiemonitor.importing;

import java.time.LocalDate;
import java.util.regex.Pattern;

import nl.motiemonitor.importing.ReadDocument.Kind;

/**
 * Whether the text is a list, a motion, a letter, or none of these, from its structure as the other stages found it.
 * A letter is known by its parts (salutation, addressee, kenmerk/onderwerp/datum block, closing and signature, a
 * letter's own words), never by one phrase or a date alone: minutes with a date and a motion paraphrased in them are
 * no letter.
 */
final class KindDecision {

    /** What only a letter says: its salutation, closing, or the sender informing its reader. */
    private static final Pattern LETTER_WORDS = Pattern.compile("(?i)\\b(?:geachte?\\b|met\\s+vriendelijke\\s+groet|hoogachtend"
            + "|uw\\s+raad|uw\\s+kamer|hierbij\\s+informe|informeer\\s+ik|informeren\\s+wij|wij\\s+informeren\\s+u)");
    /** How a letter of an executive names itself or its sender: "Brief van de minister", "Gedeputeerde Staten". */
    private static final Pattern LETTER_KIND = Pattern.compile("(?iu)\\b(?:\\p{L}{0,20}?brief\\b|raadsmededeling|informatienota|raadsmemo|memo\\s+aan\\s+de\\s+raad"
            + "|gedeputeerde\\s+staten\\s+(?:hebben|geven|informeren|stellen|vragen)|(?:het\\s+)?college\\s+(?:heeft|informeert)"
            + "|ge(?:ven|eft)\\s+(?:graag\\s+)?uitvoering\\s+aan)");
    /** A dictum at the start of a line, as a register entry renders it: "- Verzoekt het college: …". */
    private static final Pattern DICTUM = Pattern.compile(
            "(?im)^[-•*\\s]{0,4}+(?:verzoekt|verzoeken|draagt|dragen|roept|roepen|spreekt|spreken)\\s");
    /** "Den Haag, 31 maart 2026": where and when a letter was written. */
    private static final Pattern PLACE_AND_DATE = Pattern.compile("^\\p{Lu}[\\p{L}' -]{1,40}+,\\s*+\\d.*+");
    /** Structured data (JSON, XML, SOAP): markup makes up more than one in thirty letters. */
    private static final int MARKUP_SHARE = 30;

    private KindDecision() {
    }

    /**
     * A list (its entries were found) is a list; structured data is unknown; a motion's own text, or a motion's entry
     * in a register ({@code registered}: fields with a title) with its dictum, is a motion; then
     * two parts of a letter (or one that only letters have) make a letter; clauses without any of that make a motion.
     */
    static Kind kind(ReadingContext ctx, MotionDocument document, HeaderFields header, Closing closing,
            MotionClauses clauses, Sourced<LocalDate> date, boolean list, ReadDocument.ListItem registered) {
        if (list) {
            return Kind.LIST;
        }
        if (isData(ctx.t)) {
            return Kind.UNKNOWN;
        }
        if (document.is() || registered != null && registered.title() != null && ctx.finds(DICTUM, ctx.t)) {
            return Kind.MOTION;
        }
        boolean strong = header.has(HeaderField.REFERENCE) || ctx.finds(LETTER_WORDS, ctx.t)
                || closing.sender != null && !closing.signatories.isEmpty();
        boolean placeAndDate = date != null && ctx.matches(PLACE_AND_DATE, date.source().of(ctx.t));
        strong |= placeAndDate;
        int parts = (header.has(HeaderField.SUBJECT) ? 1 : 0) + (date != null ? 1 : 0) + (header.addressee != null ? 1 : 0)
                + (closing.sender != null || !closing.signatories.isEmpty() ? 1 : 0) + (ctx.finds(LETTER_KIND, ctx.t) ? 1 : 0);
        if (strong || parts >= 2) {
            return Kind.LETTER;
        }
        if (!clauses.clauseBlocks.isEmpty()) {
            return Kind.MOTION;
        }
        return Kind.UNKNOWN;
    }

    /** JSON, XML or SOAP rather than a document's text. */
    static boolean isData(String text) {
        int markup = 0;
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            markup += "{}[]<>\"".indexOf(c) >= 0 ? 1 : 0;
            letters += Character.isLetter(c) ? 1 : 0;
        }
        return markup * MARKUP_SHARE > letters;
    }
}
