package nl.motiemonitor.staff;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import nl.motiemonitor.body.MemberName;
import nl.motiemonitor.importing.ReadDocument.ItemKind;

/**
 * One row of a register as the clerk's mapping reads it. Only the fields in {@code said} (a mapped column, a
 * filled cell) are said by the file; the others an update leaves as they are. {@code problems} refuse the row, {@code notes} only inform.
 *
 * @param line        the row's number in the file (the header is row 1), or the entry's number in a list document
 * @param dueDateText a term that is no date ("voorjaar 2025"), which only a commitment can keep
 * @param dischargeDate the day the discharge was proposed or decided ("Datum afdoening"), which dates those moves
 * @param text        the motion's own text or a description of it ("Tekst", "Dictum"), its summary
 * @param progress    the register's progress note ("Stand van zaken"), a note of its own and never the motion's text
 */
record RegisterRow(int line, Set<RegisterField> said, ItemKind kind, String number, String title, LocalDate date,
        RegisterValues.Status status, LocalDate dueDate, String dueDateText, LocalDate dischargeDate,
        List<MemberName> sponsors,
        String portfolioHolder, String text, String progress, List<Problem> problems, List<Problem> notes) {

    RegisterRow {
        said = Set.copyOf(said);
        sponsors = List.copyOf(sponsors);
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }

    /** A message about a row: {@code staff.register.problem.*}, its first argument is the row's number. */
    record Problem(String code, Object... arguments) {
    }

    /** This row with one more problem, first. */
    RegisterRow withProblem(Problem problem) {
        List<Problem> more = new java.util.ArrayList<>(List.of(problem));
        more.addAll(problems);
        return new RegisterRow(line, said, kind, number, title, date, status, dueDate, dueDateText, dischargeDate,
                sponsors, portfolioHolder, text, progress, more, notes);
    }

    boolean says(RegisterField field) {
        return said.contains(field);
    }

    boolean refused() {
        return !problems.isEmpty();
    }

    /** The number as a key: "M 168", "m-168" and "M168" are one number. */
    static String numberKey(String number) {
        return number == null ? "" : number.toUpperCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
