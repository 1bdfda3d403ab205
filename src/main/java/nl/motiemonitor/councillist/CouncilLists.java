package nl.motiemonitor.councillist;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.motiemonitor.body.BodyId;
import nl.motiemonitor.councillist.CouncilListRow.Kind;
import nl.motiemonitor.councillist.CouncilListRow.LatestLetter;
import nl.motiemonitor.councillist.CouncilListRow.Mark;
import nl.motiemonitor.shared.ItemStatus;
import nl.motiemonitor.term.Terms;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The council's list of a body on a day, read in one query: every open, late and awaiting item and what was
 * discharged or lapsed recently (since the previous list, or in the last {@value #RECENT_DAYS} days), a motion
 * tracked per request as one line per request, each line with its term today (item_terms_on and request_terms_on,
 * the one definition of V16), its newest letter and what changed since the previous list.
 */
@Service
@Transactional(readOnly = true)
public class CouncilLists {

    /** Without a previous list, "recently discharged" is this many days. */
    static final int RECENT_DAYS = 90;

    /** How long the list's query may take before it is cancelled (and the visitor asked to try again). */
    static final Duration TIME_LIMIT = Duration.ofSeconds(10);

    /** PostgreSQL's SQLSTATE for a statement cancelled by statement_timeout. */
    private static final String QUERY_CANCELED = "57014";

    /*
     * Read per line, never for the whole country (docs/benchmarks.md, "The council's list at national scale"):
     * - t holds the items that can make the list: open, in progress or proposed; or discharged or lapsed with such a
     *   move on or after recentFrom (a scalar subquery per item, which cannot turn into a scan of every status change),
     *   or a split motion (its requests are read below). So the terms of the body's years of discharged items are
     *   not computed. The arrays are computed once, and the filter reaches the motions and commitments inside
     *   item_terms_on.
     * - A request's term is read per request (a lateral subquery that is not flattened, offset 0): the join on
     *   request_id could not reach into request_terms_on, which then computed every motion's term of the country for
     *   every request of the body (a nested loop, minutes for a body with splits).
     * - The moves, letters and committee of a line are read with one index per kind of line (a union all whose
     *   branches are switched off by the line's kind), not with OR conditions over three indexes.
     */
    private static final String ROWS = """
            with t as (
                select * from item_terms_on(:today)
                where body_id = :body and (published or not :publishedOnly)
                  and (status in ('OPEN', 'IN_PROGRESS', 'DISCHARGE_PROPOSED')
                       or item_type = 'MOTION' and item_id = any (array(
                           select m.id from motions m
                           where m.body_id = :body and m.status in ('DISCHARGED', 'LAPSED')
                             and ((select max(coalesce(s.effective_on,
                                                       (s.recorded_at at time zone 'Europe/Amsterdam')::date))
                                   from status_changes s
                                   where s.motion_id = m.id and s.to_status in ('DISCHARGED', 'LAPSED')) >= :recentFrom
                                  or exists (select 1 from motion_requests r where r.motion_id = m.id))))
                       or item_type = 'COMMITMENT' and item_id = any (array(
                           select c.id from commitments c
                           where c.body_id = :body and c.status in ('DISCHARGED', 'LAPSED')
                             and (select max(coalesce(s.effective_on,
                                                      (s.recorded_at at time zone 'Europe/Amsterdam')::date))
                                  from status_changes s
                                  where s.commitment_id = c.id and s.to_status in ('DISCHARGED', 'LAPSED'))
                                     >= :recentFrom)))),
            x as (
                select 'MOTION' as kind, t.item_id, null::bigint as request_id, null::int as request_position,
                       t.number, t.url_key, t.title, null as request_text, t.status, false as partly, t.due_on,
                       t.late_days, t.started_on, t.department, t.portfolio_holder
                from t
                where t.item_type = 'MOTION'
                  and not exists (select 1 from motion_requests r where r.motion_id = t.item_id)
                union all
                select 'REQUEST', t.item_id, r.id, r.position, t.number, t.url_key, t.title, r.text, r.status,
                       m.partly_discharged, rt.due_on, rt.late_days, t.started_on,
                       coalesce(r.department, t.department), coalesce(r.portfolio_holder, t.portfolio_holder)
                from t
                join motions m on m.id = t.item_id
                join motion_requests r on r.motion_id = t.item_id
                join lateral (select * from request_terms_on(:today) q
                              where q.request_id = r.id and q.motion_id = r.motion_id offset 0) rt on true
                where t.item_type = 'MOTION'
                union all
                select 'COMMITMENT', t.item_id, null, null, t.number, t.url_key, t.title, null, t.status, false,
                       t.due_on, t.late_days, t.started_on, t.department, t.portfolio_holder
                from t
                where t.item_type = 'COMMITMENT')
            select x.*, sc.done_on, sc.changed_on, ll.id as letter_id, ll.sent_on as letter_sent_on,
                   ll.subject as letter_subject, cm.committee
            from x
            left join lateral (
                (select p.committee from responsibilities p
                 where x.kind = 'COMMITMENT' and p.commitment_id = x.item_id order by p.id desc limit 1)
                union all
                (select p.committee from responsibilities p
                 where x.kind <> 'COMMITMENT' and p.motion_id = x.item_id order by p.id desc limit 1)) cm on true
            left join lateral (
                select max(coalesce(s.effective_on, (s.recorded_at at time zone 'Europe/Amsterdam')::date))
                           filter (where s.to_status in ('DISCHARGED', 'LAPSED')) as done_on,
                       max(coalesce(s.effective_on, (s.recorded_at at time zone 'Europe/Amsterdam')::date))
                           as changed_on
                from (select * from status_changes s where x.kind = 'MOTION' and s.motion_id = x.item_id
                      union all
                      select * from status_changes s where x.kind = 'REQUEST' and s.motion_request_id = x.request_id
                      union all
                      select * from status_changes s where x.kind = 'COMMITMENT' and s.commitment_id = x.item_id) s
                ) sc on true
            left join lateral (
                select l.id, l.sent_on, l.subject
                from (select i.letter_id from letter_items i
                      where x.kind = 'COMMITMENT' and i.commitment_id = x.item_id
                      union all
                      select i.letter_id from letter_items i
                      where x.kind <> 'COMMITMENT' and i.motion_id = x.item_id
                        and (x.request_id is null or i.request_ids is null or x.request_id = any (i.request_ids))) i
                join letters l on l.id = i.letter_id
                where (l.published or not :publishedOnly)
                order by l.sent_on desc nulls last, l.id desc
                limit 1) ll on true
            where x.status in ('OPEN', 'IN_PROGRESS', 'DISCHARGE_PROPOSED')
               or (x.status in ('DISCHARGED', 'LAPSED') and sc.done_on >= :recentFrom)
            order by x.started_on nulls last, x.number, x.request_position nulls first""";

    private final JdbcClient jdbc;
    private final Terms terms;

    CouncilLists(JdbcClient jdbc, Terms terms) {
        this.jdbc = jdbc;
        this.terms = terms;
    }

    /**
     * The body's list today, grouped.
     *
     * @param publishedOnly the public list: published items and letters only
     * @param since         the previous list's date: what changed since is marked, and "recently discharged" means
     *                      since then; null: nothing marked, recent is the last {@value #RECENT_DAYS} days
     */
    public CouncilList of(BodyId body, boolean publishedOnly, ListGrouping grouping, LocalDate since) {
        LocalDate today = terms.today();
        LocalDate recentFrom = since != null ? since : today.minusDays(RECENT_DAYS);
        // a safeguard: no list may hold a connection for long (the Tweede Kamer's takes ~0.3 s, docs/benchmarks.md)
        jdbc.sql("select set_config('statement_timeout', :timeout, true)").param("timeout", TIME_LIMIT.toMillis() + "ms")
                .query().singleRow();
        List<CouncilListRow> rows;
        try {
            rows = jdbc.sql(ROWS).param("today", today).param("body", body.value())
                .param("publishedOnly", publishedOnly).param("recentFrom", recentFrom)
                .query((rs, row) -> row(rs, since)).list();
        } catch (DataAccessException e) {
            if (e.getMostSpecificCause() instanceof SQLException sql && QUERY_CANCELED.equals(sql.getSQLState())) {
                throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE,
                        "De lijst kon niet op tijd worden samengesteld.", e);
            }
            throw e;
        }
        Map<String, List<CouncilListRow>> groups = new LinkedHashMap<>();
        rows.stream().sorted(Comparator.comparing(grouping::order))
                .forEach(row -> groups.computeIfAbsent(grouping.key(row), key -> new ArrayList<>()).add(row));
        return new CouncilList(today, since, grouping, groups.entrySet().stream()
                .map(entry -> new CouncilList.Group(entry.getKey(), grouping.code(entry.getValue().get(0)),
                        List.copyOf(entry.getValue()))).toList());
    }

    private static CouncilListRow row(ResultSet rs, LocalDate since) throws SQLException {
        LocalDate startedOn = rs.getObject("started_on", LocalDate.class);
        LocalDate doneOn = rs.getObject("done_on", LocalDate.class);
        LocalDate changedOn = rs.getObject("changed_on", LocalDate.class);
        ItemStatus status = ItemStatus.valueOf(rs.getString("status"));
        Long letterId = (Long) rs.getObject("letter_id");
        return new CouncilListRow(Kind.valueOf(rs.getString("kind")), rs.getLong("item_id"),
                (Long) rs.getObject("request_id"), (Integer) rs.getObject("request_position"), rs.getString("number"),
                rs.getString("url_key"), rs.getString("title"), rs.getString("request_text"), status,
                rs.getBoolean("partly"), rs.getObject("due_on", LocalDate.class), (Integer) rs.getObject("late_days"),
                startedOn, doneOn, changedOn, rs.getString("department"), rs.getString("portfolio_holder"),
                rs.getString("committee"),
                letterId == null ? null : new LatestLetter(letterId, rs.getObject("letter_sent_on", LocalDate.class),
                        rs.getString("letter_subject")),
                mark(since, status, startedOn, doneOn, changedOn));
    }

    /** Discharged or lapsed since, else new since (adopted or promised), else changed since; null without a date. */
    static Mark mark(LocalDate since, ItemStatus status, LocalDate startedOn, LocalDate doneOn, LocalDate changedOn) {
        if (since == null) {
            return null;
        }
        if ((status == ItemStatus.DISCHARGED || status == ItemStatus.LAPSED) && doneOn != null
                && !doneOn.isBefore(since)) {
            return Mark.DONE;
        }
        if (startedOn != null && !startedOn.isBefore(since)) {
            return Mark.NEW;
        }
        return changedOn != null && !changedOn.isBefore(since) ? Mark.CHANGED : null;
    }
}
