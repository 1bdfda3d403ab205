package nl.motiemonitor.importing;

import java.time.LocalDate;
import java.util.List;

/**
 * What {@link DocumentReader} recognised in one document. Every fact carries the span of {@link #text()} it came
 * from; facts not found are {@code null} or empty, and {@link #warnings()} says what the reader was unsure of (messages
 * for the clerk, {@link ReaderMessage}).
 */
public record ReadDocument(
        String text,
        Kind kind,
        Sourced<LocalDate> date,
        Sourced<String> subject,
        Sourced<String> reference,
        Sourced<String> yourReference,
        List<Sourced<String>> registrationNumbers,
        Sourced<String> addressee,
        Contact contact,
        Sourced<String> attachments,
        Sourced<String> sender,
        List<Signatory> signatories,
        Sourced<Discharge> discharge,
        List<Motion> motions,
        List<Promise> promises,
        boolean claimsDischargeAndPromisesMore,
        List<Footnote> footnotes,
        List<Sourced<String>> otherReferences,
        List<ListItem> items,
        List<ReaderMessage> warnings) {

    public ReadDocument {
        registrationNumbers = List.copyOf(registrationNumbers);
        signatories = List.copyOf(signatories);
        motions = List.copyOf(motions);
        promises = List.copyOf(promises);
        footnotes = List.copyOf(footnotes);
        otherReferences = List.copyOf(otherReferences);
        items = List.copyOf(items);
        warnings = List.copyOf(warnings);
    }

    /** What the reader was unsure of, in Dutch: for the command line's JSON and for tests. */
    public List<String> dutchWarnings() {
        return warnings.stream().map(ReaderMessage::dutch).toList();
    }

    public Discharge dischargeValue() {
        return discharge == null ? Discharge.NONE : discharge.value();
    }

    /** MOTION: one or more motion texts; LETTER: a letter about motions or commitments; LIST: a register, tracker or list of decisions. */
    public enum Kind { MOTION, LETTER, LIST, UNKNOWN }

    /** What an entry of a list is about. */
    public enum ItemKind { MOTION, COMMITMENT }

    /**
     * One entry of a {@link Kind#LIST} document (overzicht moties en toezeggingen, termijnagenda, motion tracker,
     * besluitenlijst): its number and title, the date it was adopted or made, its status as the list writes it, its due
     * date and any further text ("stand van zaken").
     */
    public record ListItem(Sourced<String> number, Sourced<String> title, ItemKind kind, Sourced<LocalDate> date,
                           Sourced<String> status, Sourced<LocalDate> dueDate, Sourced<String> text, Span source) {
    }

    /** What a letter says about carrying out the motion(s) or commitment(s) it answers. */
    public enum Discharge { CLAIMED, PROGRESS, POSTPONED, NOT_DISCHARGED, NONE }

    public enum ClauseKind { NOTING, CONSIDERING, OPINION, REQUEST, INSTRUCTION }

    public enum Outcome { ADOPTED, REJECTED, WITHDRAWN, HELD }

    /** How exact a date is: "9 oktober 2025" is a day, "medio november 2014" a month. */
    public enum Precision { DAY, MONTH, YEAR }

    public record Contact(Sourced<String> name, Sourced<String> department, Sourced<String> unit,
                          Sourced<String> phone, Sourced<String> email) {
    }

    public record Signatory(Sourced<String> name, Sourced<String> role) {
    }

    public record Motion(
            Sourced<String> title,
            Sourced<String> number,
            Sourced<LocalDate> adoptedOn,
            Precision adoptedOnPrecision,
            Sourced<String> debate,
            Sourced<String> debateReference,
            List<Sourced<String>> sponsors,
            Sourced<Outcome> outcome,
            List<Sourced<String>> partiesFor,
            List<Sourced<String>> partiesAgainst,
            List<Clause> clauses,
            List<Footnote> footnotes,
            Span source) {

        public Motion {
            sponsors = List.copyOf(sponsors);
            partiesFor = List.copyOf(partiesFor);
            partiesAgainst = List.copyOf(partiesAgainst);
            clauses = List.copyOf(clauses);
            footnotes = List.copyOf(footnotes);
        }
    }

    /** One clause of a motion; {@code text} has footnote markers removed and broken lines joined. */
    public record Clause(ClauseKind kind, String text, Span source) {
    }

    /**
     * A footnote marker ("Utrecht¹", "2019,1") separated from the word it was glued to; {@code clause} is the index of
     * the motion clause it sits in (or -1), {@code text} the footnote's own text when the document contains it.
     */
    public record Footnote(String marker, String anchor, int clause, String text, Span source) {
    }

    /** A promise of later action, proposed as a new commitment; {@code dueDate} derived from {@code dueDateText}. */
    public record Promise(String text, LocalDate dueDate, String dueDateText, Span source) {
    }
}
