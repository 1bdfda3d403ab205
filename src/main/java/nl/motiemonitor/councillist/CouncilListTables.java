package nl.motiemonitor.councillist;

import java.util.List;
import java.util.stream.Stream;

import nl.motiemonitor.shared.DutchDates;
import nl.motiemonitor.table.Cell;

/** The council's list as the table its downloads (PDF, Excel, CSV) lay out, in Dutch as the council reads it. */
public final class CouncilListTables {

    static final List<String> COLUMNS = List.of("Nummer", "Onderwerp", "Status", "Termijn", "Dagen te laat",
            "Laatste brief", "Verantwoordelijk");

    private CouncilListTables() {
    }

    /** @param council who decides, in the body's own Dutch words: "de raad", "Provinciale Staten", "de Kamer" */
    public static CouncilListTable of(CouncilList list, String bodyName, String council) {
        String subtitle = "Stand per " + DutchDates.format(list.today())
                + (list.since() == null ? "" : "; gemarkeerd wat nieuw, gewijzigd of afgedaan is sinds "
                        + DutchDates.format(list.since()));
        return new CouncilListTable("Lijst van moties en toezeggingen", bodyName, subtitle, COLUMNS,
                list.groups().stream().map(group -> new CouncilListTable.Group(
                        "list.group.awaiting".equals(group.code()) ? "Wacht op besluit van " + council : group.name(),
                        group.rows().stream().map(CouncilListTables::row).toList())).toList());
    }

    private static CouncilListTable.Row row(CouncilListRow row) {
        String subject = row.kind() == CouncilListRow.Kind.REQUEST
                ? row.displayTitle() + (row.partlyDischarged() ? " (deels afgedaan)" : "") + " — verzoek "
                        + row.requestPosition() + ": " + row.requestText()
                : row.displayTitle();
        String status = row.status().label();
        String letter = row.latestLetter() == null ? "" : Stream.of(
                row.latestLetter().sentOn() == null ? null : DutchDates.format(row.latestLetter().sentOn()),
                row.latestLetter().subject()).filter(part -> part != null && !part.isBlank())
                .reduce((date, subjectLine) -> date + ", " + subjectLine).orElse("");
        String responsible = Stream.of(row.portfolioHolder(), row.department())
                .filter(part -> part != null && !part.isBlank()).reduce((a, b) -> a + ", " + b).orElse("");
        return new CouncilListTable.Row(List.of(Cell.text(row.displayNumber()), Cell.text(subject), Cell.text(status),
                Cell.date(row.dueOn()), Cell.number(row.lateDays()), Cell.text(letter), Cell.text(responsible)),
                row.mark() == null ? null : row.mark().word());
    }
}
