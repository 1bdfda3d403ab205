package nl.motiemonitor.term;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import nl.motiemonitor.body.BodyId;
import nl.motiemonitor.shared.ItemId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The progress notes (stand van zaken) of motions and commitments (V28): every note is kept, the latest is the one in
 * force. A note is a fact of its own, never the text of the motion.
 */
@Service
@Transactional(readOnly = true)
public class ProgressNotes {

    private static final String COLUMNS = "text, noted_on, recorded_at, recorded_by, source";

    private final JdbcClient jdbc;
    private final Terms terms;

    ProgressNotes(JdbcClient jdbc, Terms terms) {
        this.jdbc = jdbc;
        this.terms = terms;
    }

    /** The note in force for the item, if it has one. */
    public Optional<ProgressNote> latest(ItemId item) {
        return jdbc.sql("select " + COLUMNS + " from progress_notes where " + TermItem.of(item).column()
                        + " = :id order by id desc limit 1")
                .param("id", item.value()).query(ProgressNotes::note).optional();
    }

    /** Every note of the item, the latest first. */
    public List<ProgressNote> history(ItemId item) {
        return jdbc.sql("select " + COLUMNS + " from progress_notes where " + TermItem.of(item).column()
                        + " = :id order by id desc")
                .param("id", item.value()).query(ProgressNotes::note).list();
    }

    /**
     * Records a note for an item of the body, unless it says what the latest note already says (ignoring spaces at
     * its ends): the same register read twice adds nothing.
     *
     * @return whether a note was recorded
     */
    @Transactional
    public boolean record(ItemId item, BodyId body, String text, LocalDate notedOn, String recordedBy,
            String source) {
        if (!terms.belongsTo(item, body)) {
            throw new IllegalArgumentException("Dit onderdeel hoort niet bij dit bestuursorgaan.");
        }
        String note = text == null ? "" : text.strip();
        if (note.isEmpty() || latest(item).map(ProgressNote::text).filter(note::equals).isPresent()) {
            return false;
        }
        jdbc.sql("insert into progress_notes (" + TermItem.of(item).column() + ", text, noted_on, recorded_by, source)"
                        + " values (:id, :text, :notedOn, :by, :source)")
                .param("id", item.value()).param("text", note).param("notedOn", notedOn).param("by", recordedBy)
                .param("source", source).update();
        return true;
    }

    private static ProgressNote note(ResultSet rs, int row) throws SQLException {
        return new ProgressNote(rs.getString("text"), rs.getObject("noted_on", LocalDate.class),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getString("recorded_by"),
                rs.getString("source"));
    }
}
