package nl.motiemonitor.staff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.motiemonitor.body.MemberName;
import nl.motiemonitor.importing.ReadDocument;
import nl.motiemonitor.importing.ReadDocument.ItemKind;
import nl.motiemonitor.importing.Sourced;

/**
 * Reads a register's rows by the clerk's mapping of its columns, and says per row what is wrong with it (in the
 * clerk's words, with the row's number): an unreadable date, an unknown status, a missing title or number, a number
 * the file has twice. Nothing here looks at the portal's data; {@link RegisterImport} does that.
 */
final class RegisterRows {

    private RegisterRows() {
    }

    /** The mapping of the export, for a file written by it or a list read by the document reader. */
    static final List<RegisterField> STANDARD = List.of(RegisterField.NUMBER, RegisterField.KIND, RegisterField.TITLE,
            RegisterField.DATE, RegisterField.STATUS, RegisterField.DUE_DATE, RegisterField.DISCHARGE_DATE, RegisterField.SPONSORS,
            RegisterField.PORTFOLIO_HOLDER, RegisterField.TEXT, RegisterField.PROGRESS);

    static List<String> standardHeaders() {
        return STANDARD.stream().map(RegisterField::header).toList();
    }

    /**
     * The rows of {@code table} read by {@code mapping} (one field per column); a row without a kind column, or with
     * an empty kind, is of {@code defaultKind}. An empty cell says nothing: an update leaves that field as it is.
     */
    static List<RegisterRow> read(RegisterTable table, List<RegisterField> mapping, ItemKind defaultKind) {
        Set<RegisterField> mapped = EnumSet.noneOf(RegisterField.class);
        Map<RegisterField, Integer> columns = new HashMap<>();
        for (int i = 0; i < mapping.size() && i < table.headers().size(); i++) {
            RegisterField field = mapping.get(i);
            if (field != RegisterField.IGNORE && !columns.containsKey(field)) {
                columns.put(field, i);
                mapped.add(field);
            }
        }
        List<RegisterRow> rows = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        Map<Integer, Integer> wrongWidths = table.wrongWidths();
        for (int r = 0; r < table.rows().size(); r++) {
            int row = r;
            java.util.function.Function<RegisterField, String> cell = field -> columns.containsKey(field)
                    ? table.cell(row, columns.get(field)) : "";
            Set<RegisterField> said = EnumSet.noneOf(RegisterField.class);
            mapped.stream().filter(field -> !cell.apply(field).isEmpty()).forEach(said::add);
            int line = table.rowNumbers().get(r);
            RegisterRow read = read(line, said, mapped.contains(RegisterField.TITLE), cell, defaultKind, firstLine);
            if (wrongWidths.containsKey(r)) {
                read = read.withProblem(new RegisterRow.Problem("staff.register.problem.cells", line,
                        wrongWidths.get(r), table.headerWidth()));
            }
            rows.add(read);
        }
        return rows;
    }

    private static RegisterRow read(int line, Set<RegisterField> said, boolean titleColumn,
            java.util.function.Function<RegisterField, String> cell, ItemKind defaultKind,
            Map<String, Integer> firstLine) {
        List<RegisterRow.Problem> problems = new ArrayList<>();
        List<RegisterRow.Problem> notes = new ArrayList<>();
        String kindWord = cell.apply(RegisterField.KIND);
        ItemKind kind = kindWord.isEmpty() ? defaultKind : RegisterValues.kind(kindWord).orElse(null);
        if (kind == null) {
            problems.add(new RegisterRow.Problem(kindWord.isEmpty() ? "staff.register.problem.noKind"
                    : "staff.register.problem.kind", line, kindWord));
        }
        String number = blankToNull(cell.apply(RegisterField.NUMBER));
        if (number == null && kind == ItemKind.MOTION) {
            problems.add(new RegisterRow.Problem("staff.register.problem.noNumber", line));
        }
        if (number != null && kind != null) {
            String key = kind + ":" + RegisterRow.numberKey(number);
            Integer first = firstLine.putIfAbsent(key, line);
            if (first != null) {
                problems.add(new RegisterRow.Problem("staff.register.problem.duplicate", line, number, first));
            }
        }
        String title = blankToNull(cell.apply(RegisterField.TITLE));
        if (title == null && (titleColumn || kind == ItemKind.COMMITMENT && number == null)) {
            problems.add(new RegisterRow.Problem("staff.register.problem.noTitle", line));
        }
        LocalDate date = date(line, cell.apply(RegisterField.DATE), "staff.register.problem.date", problems);
        String statusWord = cell.apply(RegisterField.STATUS);
        RegisterValues.Status status = null;
        if (!statusWord.isEmpty()) {
            Optional<RegisterValues.Status> known = RegisterValues.status(statusWord);
            if (known.isEmpty()) {
                problems.add(new RegisterRow.Problem("staff.register.problem.status", line, statusWord));
            } else if (kind == ItemKind.COMMITMENT && known.get().outcome() != null) {
                problems.add(new RegisterRow.Problem("staff.register.problem.commitmentOutcome", line, statusWord));
            } else {
                status = known.get();
            }
        }
        String dueWord = cell.apply(RegisterField.DUE_DATE);
        LocalDate dueDate = null;
        String dueDateText = null;
        if (!dueWord.isEmpty()) {
            dueDate = RegisterValues.date(dueWord).orElse(null);
            if (dueDate == null && kind == ItemKind.COMMITMENT) {
                dueDateText = dueWord;
                notes.add(new RegisterRow.Problem("staff.register.note.dueText", line, dueWord));
            } else if (dueDate == null) {
                problems.add(new RegisterRow.Problem("staff.register.problem.dueDate", line, dueWord));
            }
        }
        if (dueDate != null && date != null && dueDate.isBefore(date)) {
            problems.add(new RegisterRow.Problem("staff.register.problem.dueBeforeDate", line,
                    RegisterValues.format(dueDate), RegisterValues.format(date)));
        }
        LocalDate dischargeDate = dischargeDate(line, cell.apply(RegisterField.DISCHARGE_DATE), date, status,
                problems);
        List<MemberName> sponsors = RegisterValues.sponsors(cell.apply(RegisterField.SPONSORS));
        if (!sponsors.isEmpty() && kind == ItemKind.COMMITMENT) {
            notes.add(new RegisterRow.Problem("staff.register.note.commitmentSponsors", line));
        }
        String text = blankToNull(cell.apply(RegisterField.TEXT));
        if (text != null && kind == ItemKind.COMMITMENT) {
            notes.add(new RegisterRow.Problem("staff.register.note.commitmentText", line));
        }
        return new RegisterRow(line, said, kind, number, title, date, status, dueDate, dueDateText, dischargeDate,
                sponsors,
                blankToNull(cell.apply(RegisterField.PORTFOLIO_HOLDER)), text,
                blankToNull(cell.apply(RegisterField.PROGRESS)), problems, notes);
    }

    /**
     * The day of discharge a row states: readable, not in the future, not before the row's date, and only beside a
     * status that a discharge was proposed or decided. (The existing item's date is checked when the row is planned.)
     */
    private static LocalDate dischargeDate(int line, String word, LocalDate date, RegisterValues.Status status,
            List<RegisterRow.Problem> problems) {
        LocalDate discharged = date(line, word, "staff.register.problem.dischargeDate", problems);
        if (discharged == null) {
            return null;
        }
        if (discharged.isAfter(nl.motiemonitor.shared.DutchDates.today())) {
            problems.add(new RegisterRow.Problem("staff.register.problem.dischargeFuture", line,
                    RegisterValues.format(discharged)));
        } else if (date != null && discharged.isBefore(date)) {
            problems.add(new RegisterRow.Problem("staff.register.problem.dischargeBeforeDate", line,
                    RegisterValues.format(discharged), RegisterValues.format(date)));
        }
        if (status == null || !status.adopted() || !dischargeStatus(status.status())) {
            problems.add(new RegisterRow.Problem("staff.register.problem.dischargeWithoutStatus", line,
                    RegisterValues.format(discharged)));
        }
        return discharged;
    }

    /** Whether a row with this status says a discharge was proposed or decided. */
    static boolean dischargeStatus(nl.motiemonitor.shared.ItemStatus status) {
        return status == nl.motiemonitor.shared.ItemStatus.DISCHARGE_PROPOSED
                || status == nl.motiemonitor.shared.ItemStatus.DISCHARGED;
    }

    private static LocalDate date(int line, String word, String code, List<RegisterRow.Problem> problems) {
        if (word.isEmpty()) {
            return null;
        }
        Optional<LocalDate> date = RegisterValues.date(word);
        if (date.isEmpty()) {
            problems.add(new RegisterRow.Problem(code, line, word));
        }
        return date.orElse(null);
    }

    /**
     * The entries of a list document read by the document reader, as a register in the export's shape (row numbers
     * are the entries' numbers in the list, from 1), each with where it was read in the document. An entry's further
     * text is its "stand van zaken": it goes to the progress column, never to the motion's text.
     */
    static RegisterTable ofList(ReadDocument list) {
        List<List<String>> rows = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (ReadDocument.ListItem item : list.items()) {
            rows.add(List.of(text(item.number()), item.kind() == null ? "" : RegisterValues.kindWord(item.kind()),
                    text(item.title()), dateText(item.date()), text(item.status()), dateText(item.dueDate()), "", "", "",
                    "", text(item.text())));
            numbers.add(numbers.size() + 1);
        }
        return new RegisterTable(standardHeaders(), rows, numbers, RegisterSources.of(list));
    }

    private static String text(Sourced<String> value) {
        String text = Sourced.valueOf(value);
        return text == null ? "" : text.strip();
    }

    private static String dateText(Sourced<LocalDate> value) {
        LocalDate date = Sourced.valueOf(value);
        return date == null ? "" : date.toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
