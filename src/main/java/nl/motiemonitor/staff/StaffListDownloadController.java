package nl.motiemonitor.staff;

import java.util.List;
import java.util.function.Function;

import nl.motiemonitor.body.BodyView;
import nl.motiemonitor.commitment.CommitmentCatalog;
import nl.motiemonitor.commitment.CommitmentSummary;
import nl.motiemonitor.letter.LetterCatalog;
import nl.motiemonitor.letter.LetterSummary;
import nl.motiemonitor.motion.MotionCatalog;
import nl.motiemonitor.motion.MotionSummary;
import nl.motiemonitor.table.Cell;
import nl.motiemonitor.table.Chunks;
import nl.motiemonitor.table.Table;
import nl.motiemonitor.table.TableDownloads;
import nl.motiemonitor.table.TableFormat;
import nl.motiemonitor.web.PublicPaths;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The staff lists of a body's motions, commitments and letters as CSV and Excel, drafts included, for whoever may read
 * them ({@code /beheer/den-haag/moties.csv}): the list's columns, whether each is published, the link to its public
 * page (when it has one) and to its staff page.
 */
@Controller
class StaffListDownloadController {

    private static final Sort MOTIONS = Sort.by(Sort.Order.desc("adoptedOn").nullsLast(), Sort.Order.desc("id"));
    private static final Sort COMMITMENTS = Sort.by(Sort.Order.desc("madeOn").nullsLast(), Sort.Order.desc("id"));
    private static final Sort LETTERS = Sort.by(Sort.Order.desc("sentOn").nullsLast(), Sort.Order.desc("id"));

    private final StaffAccess access;
    private final MotionCatalog motions;
    private final CommitmentCatalog commitments;
    private final LetterCatalog letters;
    private final TableDownloads downloads;

    StaffListDownloadController(StaffAccess access, MotionCatalog motions, CommitmentCatalog commitments,
            LetterCatalog letters, TableDownloads downloads) {
        this.access = access;
        this.motions = motions;
        this.commitments = commitments;
        this.letters = letters;
        this.downloads = downloads;
    }

    @GetMapping("/beheer/{body}/moties.{format:[a-z]+}")
    ResponseEntity<byte[]> motions(@PathVariable("body") String slug, @PathVariable("format") String extension) {
        BodyView body = access.readable(slug);
        return send(body, extension, "moties", "body.motions", page -> motions.listAll(body.bodyId(), null, null,
                page), MOTIONS, List.of("search.type.MOTION", "list.col.number", "body.motions.vote",
                        "download.col.voteDate", "filter.status"), (MotionSummary m) -> List.of(
                        Cell.text(m.displayTitle()), Cell.text(m.registrationNumber()),
                        Cell.text(downloads.nl("vote.outcome." + m.voteOutcome().name())), Cell.date(m.adoptedOn()),
                        Cell.text(downloads.status(m.status(), m.partlyDischarged())), published(m.published()),
                        publicLink(m.published(), PublicPaths.motion(body.slug(), m.urlKey())),
                        downloads.link("/beheer/" + body.slug() + "/moties/" + m.id())));
    }

    @GetMapping("/beheer/{body}/toezeggingen.{format:[a-z]+}")
    ResponseEntity<byte[]> commitments(@PathVariable("body") String slug, @PathVariable("format") String extension) {
        BodyView body = access.readable(slug);
        return send(body, extension, "toezeggingen", "body.commitments", page -> commitments.listAll(body.bodyId(),
                page), COMMITMENTS, List.of("label.commitment.text", "list.col.number", "label.commitment.madeOn",
                        "filter.status"), (CommitmentSummary c) -> List.of(Cell.text(c.text()), Cell.text(c.number()),
                        Cell.date(c.madeOn()), Cell.text(downloads.status(c.status(), false)), published(c.published()),
                        publicLink(c.published(), PublicPaths.commitment(body.slug(), c.urlKey())),
                        downloads.link("/beheer/" + body.slug() + "/toezeggingen/" + c.id())));
    }

    @GetMapping("/beheer/{body}/brieven.{format:[a-z]+}")
    ResponseEntity<byte[]> letters(@PathVariable("body") String slug, @PathVariable("format") String extension) {
        BodyView body = access.readable(slug);
        return send(body, extension, "brieven", "search.types.LETTER", page -> letters.listAll(body.bodyId(), page),
                LETTERS, List.of("label.subject", "label.sentOn", "label.reference", "label.registrationNumber"),
                (LetterSummary l) -> List.of(Cell.text(l.displaySubject()), Cell.date(l.sentOn()),
                        Cell.text(l.reference()), Cell.text(l.registrationNumber()), published(l.published()),
                        publicLink(l.published(), PublicPaths.letter(body.slug(), l.id())),
                        downloads.link("/beheer/" + body.slug() + "/brieven/" + l.id())));
    }

    /**
     * The list as a file, its own columns followed by "Publicatie", "Link" and "Link beheer"; back to the list page
     * when it has more rows than a download holds, where the page says so.
     */
    private <S> ResponseEntity<byte[]> send(BodyView body, String extension, String list, String title,
            Function<Pageable, Page<S>> read, Sort order, List<String> headings, Function<S, List<Cell>> row) {
        TableFormat format = TableDownloads.format(extension);
        if (!downloads.fits(read.apply(PageRequest.of(0, 1, order)).getTotalElements())) {
            return TableDownloads.backTo("/beheer/" + body.slug() + "/" + list);
        }
        List<String> all = new java.util.ArrayList<>(headings);
        all.addAll(List.of("staff.commitment.list.publicatie", "download.col.link", "download.col.staffLink"));
        Table.Builder table = Table.builder(downloads.nl("download.title", downloads.nl(title), body.name()),
                downloads.nl("download.withDrafts") + " " + downloads.asOf(), all.stream().map(downloads::nl).toList());
        Chunks.each(read, order, chunk -> chunk.forEach(item -> table.row(row.apply(item))));
        return downloads.send(format, table.build(), "beheer-" + list + "-" + body.slug());
    }

    private Cell published(boolean published) {
        return Cell.text(downloads.nl(published ? "staff.commitment.form.gepubliceerd" : "staff.commitment.list.concept"));
    }

    /** A draft has no public page. */
    private Cell publicLink(boolean published, String path) {
        return published ? downloads.link(path) : Cell.EMPTY;
    }
}
