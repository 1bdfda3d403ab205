package nl.motiemonitor.term;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.motiemonitor.body.BodyId;
import nl.motiemonitor.shared.Deadline;
import nl.motiemonitor.shared.DomainRuleViolation;
import nl.motiemonitor.shared.ItemId;
import nl.motiemonitor.shared.ItemStatus;
import nl.motiemonitor.shared.MotionId;
import nl.motiemonitor.shared.Phrase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and records terms, extensions, responsibilities and bodies' default terms (V8). */
@Service
@Transactional(readOnly = true)
public class Terms {

    private static final String TERM_COLUMNS = """
            item_type, item_id, status, started_on, original_due_on, default_term, extensions, due_on, proposed_on,
            discharged_on, department, portfolio_holder, late_days, due_soon, proposed_late_days, answered_in_time""";

    private final JdbcClient jdbc;
    private final Clock clock;

    Terms(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The date in the Netherlands now. */
    public LocalDate today() {
        return Deadline.today(clock);
    }

    /** The term of an adopted motion or of a commitment; empty for a motion that was not adopted. */
    public Optional<ItemTerm> term(ItemId item) {
        return terms(TermItem.of(item), List.of(item.value())).values().stream().findFirst();
    }

    /** Per item id: its term (motions that were not adopted have none). */
    public Map<Long, ItemTerm> terms(TermItem item, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select " + TERM_COLUMNS + " from item_terms_of(:today, :type, cast(:ids as bigint[]))")
                .param("today", today()).param("type", item.name()).param("ids", arrayLiteral(ids))
                .query(Terms::term).list().stream()
                .collect(Collectors.toMap(ItemTerm::id, Function.identity()));
    }

    /** "{1,2,3}": the ids as one parameter, so the statement and its kept plan are the same for any number of them. */
    private static String arrayLiteral(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    /** Per request id: the terms of the requests of these split motions today. */
    public Map<Long, RequestTerm> requestTerms(Collection<Long> motionIds) {
        if (motionIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                select t.request_id, t.due_on, r.due_date is not null as own, t.late_days
                from request_terms_on(:today) t join motion_requests r on r.id = t.request_id
                where t.motion_id in (:ids)""")
                .param("today", today()).param("ids", motionIds)
                .query((rs, row) -> new RequestTerm(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getBoolean(3),
                        (Integer) rs.getObject(4)))
                .list().stream().collect(java.util.stream.Collectors.toMap(RequestTerm::requestId, term -> term));
    }

    /**
     * An item's term for its page. The extensions and the body's default are read only when the term says there are
     * any ({@code extensions}, {@code defaultTerm}): most items have neither.
     */
    public TermPage page(ItemId item, BodyId body) {
        ItemTerm term = term(item).orElse(null);
        return new TermPage(term,
                term != null && term.extensions() > 0 ? extensions(item) : List.of(),
                term != null && term.defaultTerm() ? bodyTerm(body) : BodyTerm.NONE,
                today());
    }

    /** How many of the body's published items are late, await the council and fall due soon, today. */
    public TermCounts counts(BodyId body) {
        return jdbc.sql("""
                select count(*) filter (where late_days is not null), count(*) filter (where awaiting_decision),
                       count(*) filter (where due_soon)
                from item_terms_on(:today) where body_id = :body and published""")
                .param("today", today()).param("body", body.value())
                .query((rs, row) -> new TermCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single();
    }

    public List<TermExtension> extensions(ItemId item) {
        return jdbc.sql("select from_date, to_date, reason, letter_id, recorded_at, recorded_by from term_extensions"
                        + " where " + TermItem.of(item).column() + " = :id order by id")
                .param("id", item.value())
                .query((rs, row) -> new TermExtension(rs.getObject("from_date", LocalDate.class),
                        rs.getObject("to_date", LocalDate.class), rs.getString("reason"),
                        (Long) rs.getObject("letter_id"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                        rs.getString("recorded_by")))
                .list();
    }

    /**
     * Extends the term of an item of the body to {@code to}, for {@code reason}. Refused, with a Dutch message, for
     * a discharged or lapsed item, and for a new date that is not after the current due date.
     */
    @Transactional
    public void extend(ItemId item, BodyId body, LocalDate to, String reason, String recordedBy) {
        extend(item, body, to, reason, recordedBy, null);
    }

    /** The same, for a postponement a letter asked for: the extension names the letter. */
    @Transactional
    public void extend(ItemId item, BodyId body, LocalDate to, String reason, String recordedBy, Long letterId) {
        ItemTerm term = term(item).filter(t -> belongsTo(item, body))
                .orElseThrow(() -> new DomainRuleViolation("rule.term.none"));
        if (term.status().closed()) {
            throw new DomainRuleViolation(
                    term.status() == ItemStatus.LAPSED ? "rule.term.lapsed" : "rule.term.discharged",
                    Phrase.of(item instanceof MotionId ? "item.kind.motion" : "item.kind.commitment"));
        }
        if (term.dueOn() != null && !to.isAfter(term.dueOn())) {
            throw new DomainRuleViolation("rule.term.notLater", Phrase.date(term.dueOn()));
        }
        jdbc.sql("insert into term_extensions (" + TermItem.of(item).column() + ", from_date, to_date, reason, recorded_by,"
                        + " letter_id) values (:id, :from, :to, :reason, :by, :letter)")
                .param("id", item.value()).param("from", term.dueOn()).param("to", to).param("reason", reason.strip())
                .param("by", recordedBy).param("letter", letterId).update();
    }

    /** Whether the item's term was extended on the request of this letter. */
    public boolean extendedBy(ItemId item, long letterId) {
        return jdbc.sql("select exists (select 1 from term_extensions where " + TermItem.of(item).column()
                        + " = :id and letter_id = :letter)")
                .param("id", item.value()).param("letter", letterId).query(Boolean.class).single();
    }

    /**
     * Records who is responsible for an item of the body now; blank values clear them. The committee that follows it
     * stays as it is.
     */
    @Transactional
    public void assign(ItemId item, BodyId body, String department, String portfolioHolder, String recordedBy) {
        assign(item, body, department, portfolioHolder, committee(item).orElse(null), recordedBy);
    }

    /** Records who is responsible for an item of the body now, and the committee that follows it; blank clears. */
    @Transactional
    public void assign(ItemId item, BodyId body, String department, String portfolioHolder, String committee,
            String recordedBy) {
        String column = TermItem.of(item).column();
        if (!belongsTo(item, body)) {
            throw new IllegalArgumentException("Dit onderdeel hoort niet bij dit bestuursorgaan.");
        }
        // the latest row is the one in force: the same names again change nothing
        jdbc.sql("insert into responsibilities (" + column + ", department, portfolio_holder, committee, recorded_by)"
                        + " select :id, cast(:department as varchar), cast(:holder as varchar),"
                        + " cast(:committee as varchar), :by"
                        + " where not exists (select 1 from (select department, portfolio_holder, committee"
                        + " from responsibilities where " + column + " = :id order by id desc limit 1) latest"
                        + " where latest.department is not distinct from cast(:department as varchar)"
                        + " and latest.portfolio_holder is not distinct from cast(:holder as varchar)"
                        + " and latest.committee is not distinct from cast(:committee as varchar))")
                .param("id", item.value()).param("department", blankToNull(department))
                .param("holder", blankToNull(portfolioHolder)).param("committee", blankToNull(committee))
                .param("by", recordedBy).update();
    }

    /** The committee that follows the item now, if one is recorded. */
    public Optional<String> committee(ItemId item) {
        return jdbc.sql("select committee from responsibilities where " + TermItem.of(item).column()
                        + " = :id order by id desc limit 1")
                .param("id", item.value()).query(String.class).optional();
    }

    public BodyTerm bodyTerm(BodyId body) {
        return jdbc.sql("select default_term_months, default_term_dates from bodies where id = :id")
                .param("id", body.value())
                .query((rs, row) -> new BodyTerm((Integer) rs.getObject("default_term_months"),
                        parseDates(rs.getString("default_term_dates"))))
                .optional().orElse(BodyTerm.NONE);
    }

    @Transactional
    public void setBodyTerm(BodyId body, BodyTerm term) {
        jdbc.sql("update bodies set default_term_months = :months, default_term_dates = :dates where id = :id")
                .param("months", term.months()).param("dates", term.dates().isEmpty() ? null : term.datesText())
                .param("id", body.value()).update();
    }

    /** "07-01,12-01" → 1 July, 1 December; refuses, in Dutch, anything else. */
    public static List<MonthDay> parseDates(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).map(Terms::monthDay).toList();
    }

    private static MonthDay monthDay(String text) {
        try {
            String[] parts = text.split("-");
            return MonthDay.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'" + text + "' is geen datum in de vorm maand-dag, zoals 07-01.");
        }
    }

    /** Whether the item exists and belongs to the body. */
    public boolean belongsTo(ItemId item, BodyId body) {
        String table = item instanceof MotionId ? "motions" : "commitments";
        return jdbc.sql("select exists (select 1 from " + table + " where id = :id and body_id = :body)")
                .param("id", item.value()).param("body", body.value()).query(Boolean.class).single();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static ItemTerm term(ResultSet rs, int row) throws SQLException {
        return new ItemTerm(TermItem.valueOf(rs.getString("item_type")), rs.getLong("item_id"),
                ItemStatus.valueOf(rs.getString("status")), rs.getObject("started_on", LocalDate.class),
                rs.getObject("original_due_on", LocalDate.class), rs.getBoolean("default_term"),
                rs.getInt("extensions"), rs.getObject("due_on", LocalDate.class),
                rs.getObject("proposed_on", LocalDate.class), rs.getObject("discharged_on", LocalDate.class),
                rs.getString("department"), rs.getString("portfolio_holder"), (Integer) rs.getObject("late_days"),
                rs.getBoolean("due_soon"), (Integer) rs.getObject("proposed_late_days"),
                (Boolean) rs.getObject("answered_in_time"));
    }
}
