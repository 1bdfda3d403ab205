package nl.motiemonitor.motion;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.motiemonitor.shared.DatePrecision;
import nl.motiemonitor.shared.ItemStatus;
import nl.motiemonitor.shared.SourceLink;
import nl.motiemonitor.shared.StatusChange;
import nl.motiemonitor.shared.StatusChangeDetails;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A published motion with everything its public page shows, in one SQL statement: the motion's row with its clauses,
 * footnotes, party votes (with the parties' names), sponsors and history aggregated as JSON by PostgreSQL. The public
 * page is read far more often than it is written, and the entity graph took six statements and most of a page's CPU
 * (docs/benchmarks.md, issue 17); the staff side keeps the entity for its writes.
 */
@Component
class MotionPageReads {

    private static final String SQL = """
            select m.id, m.body_id, m.registration_number, m.url_key, m.title, m.adopted_on, m.adopted_on_precision,
                   m.vote_outcome, m.status, m.due_date, m.published, m.partly_discharged, m.summary, m.debate,
                   m.debate_reference, m.votes_for, m.votes_against, m.version, m.source_kind, m.source_url,
                   m.source_deleted_at,
                   (select json_agg(json_build_array(c.kind, c.text) order by c.position)
                    from clauses c where c.motion_id = m.id) as clauses,
                   (select json_agg(json_build_array(f.marker, f.clause_position, f.anchor, f.text) order by f.position)
                    from footnotes f where f.motion_id = m.id) as footnotes,
                   (select json_agg(json_build_array(p.name, v.vote, v.seats) order by v.position)
                    from motion_party_votes v left join parties p on p.id = v.party_id
                    where v.motion_id = m.id) as party_votes,
                   (select coalesce(array_agg(s.member_id order by s.position), '{}')
                    from motion_sponsors s where s.motion_id = m.id) as sponsors,
                   (select json_agg(json_build_array(h.from_status, h.to_status, h.effective_on, h.recorded_at,
                                                     h.recorded_by, h.reason, h.letter_id, h.date_unknown)
                                    order by h.position)
                    from status_changes h where h.motion_id = m.id) as history
            from motions m
            where m.body_id = :body and m.url_key = :key and m.published""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    MotionPageReads(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<MotionView> find(long bodyId, String urlKey) {
        return jdbc.sql(SQL).param("body", bodyId).param("key", urlKey).query((rs, row) -> view(rs)).optional();
    }

    /**
     * The motions linked to this one by a replacement (gewijzigde motie), in one statement; with {@code publishedOnly}
     * a draft is never named.
     */
    MotionCatalog.Replacements replacements(long motionId, boolean publishedOnly) {
        MotionSummary[] found = new MotionSummary[2];
        jdbc.sql("""
                select m.id, m.body_id, m.registration_number, m.url_key, m.title, m.adopted_on,
                       m.adopted_on_precision, m.vote_outcome, m.status, m.due_date, m.published, m.partly_discharged,
                       m.replaces_motion_id = :motion as later
                from motions m
                where (m.id = (select replaces_motion_id from motions where id = :motion)
                       or m.replaces_motion_id = :motion)
                  and (m.published or not :publishedOnly)""")
                .param("motion", motionId).param("publishedOnly", publishedOnly)
                .query(rs -> {
                    found[rs.getBoolean("later") ? 1 : 0] = summary(rs);
                });
        return new MotionCatalog.Replacements(found[0], found[1]);
    }

    private static MotionSummary summary(ResultSet rs) throws SQLException {
        return new MotionSummary(rs.getLong("id"), rs.getLong("body_id"),
                rs.getString("registration_number"), rs.getString("url_key"), rs.getString("title"),
                rs.getObject("adopted_on", LocalDate.class), DatePrecision.valueOf(rs.getString("adopted_on_precision")),
                VoteOutcome.valueOf(rs.getString("vote_outcome")), status(rs.getString("status")),
                rs.getObject("due_date", LocalDate.class), rs.getBoolean("published"),
                rs.getBoolean("partly_discharged"));
    }

    private MotionView view(ResultSet rs) throws SQLException {
        MotionSummary summary = summary(rs);
        List<Clause> clauses = new ArrayList<>();
        for (JsonNode clause : array(rs.getString("clauses"))) {
            clauses.add(new Clause(ClauseKind.valueOf(clause.get(0).asString()), clause.get(1).asString()));
        }
        List<Footnote> footnotes = new ArrayList<>();
        for (JsonNode footnote : array(rs.getString("footnotes"))) {
            footnotes.add(new Footnote(footnote.get(0).asString(), footnote.get(1).asInt(), footnote.get(2).asString(),
                    text(footnote.get(3))));
        }
        List<MotionView.PartyVoteView> votes = new ArrayList<>();
        for (JsonNode vote : array(rs.getString("party_votes"))) {
            votes.add(new MotionView.PartyVoteView(text(vote.get(0)), VotePosition.valueOf(vote.get(1).asString()),
                    vote.get(2).isNull() ? null : vote.get(2).asInt()));
        }
        List<StatusChange> history = new ArrayList<>();
        for (JsonNode change : array(rs.getString("history"))) {
            history.add(StatusChange.of(status(text(change.get(0))), ItemStatus.valueOf(change.get(1).asString()),
                    new StatusChangeDetails(date(change.get(2)), OffsetDateTime.parse(change.get(3).asString()).toInstant(),
                            change.get(4).asString(), change.get(5).asString(),
                            change.get(6).isNull() ? null : change.get(6).asLong(), change.get(7).asBoolean())));
        }
        List<Long> sponsors = List.of((Long[]) rs.getArray("sponsors").getArray());
        String sourceKind = rs.getString("source_kind");
        OffsetDateTime deletedAt = rs.getObject("source_deleted_at", OffsetDateTime.class);
        SourceLink source = sourceKind == null ? null : new SourceLink(sourceKind, rs.getString("source_url"),
                deletedAt == null ? null : deletedAt.toInstant());
        return MotionView.of(summary, rs.getString("summary"), rs.getString("debate"), rs.getString("debate_reference"),
                (Integer) rs.getObject("votes_for"), (Integer) rs.getObject("votes_against"), votes, sponsors, clauses,
                footnotes, history, rs.getLong("version"), source);
    }

    private Iterable<JsonNode> array(String text) {
        return text == null ? List.of() : json.readTree(text);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }

    private static LocalDate date(JsonNode node) {
        return node == null || node.isNull() ? null : LocalDate.parse(node.asString());
    }

    private static ItemStatus status(String name) {
        return name == null ? null : ItemStatus.valueOf(name);
    }
}
