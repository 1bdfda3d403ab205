package nl.motiemonitor.portal;

import java.util.ArrayList;
import java.util.List;

import nl.motiemonitor.body.BodyView;
import nl.motiemonitor.letter.AnsweringLetter;
import nl.motiemonitor.motion.MotionSummary;
import nl.motiemonitor.shared.DatePrecision;
import nl.motiemonitor.shared.DutchDates;
import nl.motiemonitor.table.Cell;
import nl.motiemonitor.table.Table;
import nl.motiemonitor.table.TableDownloads;
import nl.motiemonitor.term.ItemTerm;
import nl.motiemonitor.web.PublicPaths;
import org.springframework.stereotype.Component;

/**
 * A body's lists of motions and commitments as tables to download: every item the filters find, not a page of them,
 * with the columns of the page split into values a spreadsheet can sort (the vote's outcome and its date, the status
 * and the days late, the latest letter's date and what it says) and a link to the item's page.
 */
@Component
class BodyListTables {

    private final BodyLists lists;
    private final TableDownloads downloads;

    BodyListTables(BodyLists lists, TableDownloads downloads) {
        this.lists = lists;
        this.downloads = downloads;
    }

    Table motions(BodyView body, ItemListFilter filter) {
        Table.Builder table = Table.builder(downloads.nl("download.title", downloads.nl("body.motions"), body.name()),
                subtitle(filter), headings("body.motions.motion", "list.col.number", "body.motions.vote",
                        "download.col.voteDate", "filter.status", "status.facts.term", "list.col.lateDays",
                        "letters.latest", "download.col.response", "download.col.link"));
        lists.eachMotionRow(body, filter, row -> {
            MotionSummary motion = row.motion();
            List<Cell> cells = new ArrayList<>(List.of(Cell.text(downloads.nl(motion.label())),
                    Cell.text(motion.registrationNumber()),
                    Cell.text(downloads.nl("vote.outcome." + motion.voteOutcome().name())),
                    voteDate(motion), Cell.text(downloads.status(motion.status(), motion.partlyDischarged()))));
            cells.addAll(term(row.term(), motion.dueDate()));
            cells.addAll(letter(row.latestLetter()));
            cells.add(downloads.link(PublicPaths.motion(body.slug(), motion.urlKey())));
            table.row(cells);
        });
        return table.build();
    }

    Table commitments(BodyView body, ItemListFilter filter) {
        Table.Builder table = Table.builder(downloads.nl("download.title", downloads.nl("body.commitments"),
                body.name()), subtitle(filter), headings("body.commitments.commitment", "list.col.number",
                        "body.commitments.madeOn", "filter.status", "status.facts.term", "list.col.lateDays",
                        "label.commitment.dueDateText", "letters.latest", "download.col.response", "download.col.link"));
        lists.eachCommitmentRow(body, filter, row -> {
            var commitment = row.commitment();
            List<Cell> cells = new ArrayList<>(List.of(Cell.text(commitment.text()), Cell.text(commitment.number()),
                    Cell.date(commitment.madeOn()), Cell.text(downloads.status(commitment.status(), false))));
            cells.addAll(term(row.term(), commitment.dueDate()));
            cells.add(Cell.text(commitment.dueDateText()));
            cells.addAll(letter(row.latestLetter()));
            cells.add(downloads.link(PublicPaths.commitment(body.slug(), commitment.urlKey())));
            table.row(cells);
        });
        return table.build();
    }

    /** "Status: Open. Jaar: 2021. Stand per 5 december 2026." */
    private String subtitle(ItemListFilter filter) {
        StringBuilder subtitle = new StringBuilder();
        if (filter.partly()) {
            subtitle.append(downloads.nl("download.filter", downloads.nl("filter.status"),
                    downloads.nl("request.partlyDischarged"))).append(' ');
        } else if (filter.status() != null) {
            subtitle.append(downloads.nl("download.filter", downloads.nl("filter.status"),
                    downloads.nl("status." + filter.status().name()))).append(' ');
        }
        if (filter.year() != null) {
            subtitle.append(downloads.nl("download.filter", downloads.nl("filter.year"), filter.year().toString()))
                    .append(' ');
        }
        return subtitle + downloads.asOf();
    }

    private List<String> headings(String... keys) {
        return java.util.Arrays.stream(keys).map(downloads::nl).toList();
    }

    /** A vote's day as a date; "november 2014" or "2014" as text, when the sources say no more. */
    private static Cell voteDate(MotionSummary motion) {
        DatePrecision precision = motion.adoptedOnPrecision();
        return precision == null || precision == DatePrecision.DAY ? Cell.date(motion.adoptedOn())
                : Cell.text(DutchDates.format(motion.adoptedOn(), precision));
    }

    /** The term in force (else the item's own due date) and the days late today. */
    private static List<Cell> term(ItemTerm term, java.time.LocalDate dueDate) {
        return List.of(Cell.date(term == null ? dueDate : term.dueOn()),
                Cell.number(term == null ? null : term.lateDays()));
    }

    /** The latest letter's date and what it says of the item. */
    private List<Cell> letter(AnsweringLetter answer) {
        return answer == null ? List.of(Cell.EMPTY, Cell.EMPTY) : List.of(Cell.date(answer.letter().sentOn()),
                Cell.text(downloads.nl("letter.response." + answer.response().name())));
    }
}
