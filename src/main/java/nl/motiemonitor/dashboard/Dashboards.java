package nl.motiemonitor.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.motiemonitor.letter.LetterSummary;
import nl.motiemonitor.shared.ItemStatus;
import nl.motiemonitor.shared.Phrase;
import nl.motiemonitor.shared.PublicDataChanged;
import nl.motiemonitor.web.PublicPaths;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboards' figures, from {@code item_terms} (V8) and only for published items. A body's figures and the
 * national ones are the same queries, with or without the body. The view is read once per dashboard into a temporary
 * table ({@code dashboard_items}, dropped at commit) that every figure is then counted from: the view computes each
 * item's term, discharge date and responsible, which for the whole country takes seconds (docs/adr/0008).
 */
@Service
@Transactional
public class Dashboards {

    public static final String CACHE = "dashboards";
    /** At most this many items in each list. */
    public static final int LIST_SIZE = 50;
    /** Quarters in the figures over time. */
    public static final int QUARTERS = 12;

    private static final String DISCHARGED = "'DISCHARGED'";
    /** The statuses that end the lifecycle (discharged, lapsed): an item with one of them is no longer open. */
    private static final String CLOSED = java.util.Arrays.stream(ItemStatus.values()).filter(ItemStatus::closed)
            .map(status -> "'" + status.name() + "'").collect(java.util.stream.Collectors.joining(", ", "(", ")"));

    private final JdbcClient jdbc;

    Dashboards(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Kept dashboards go when what the public may see changes: no item unpublished since is shown from memory. */
    @EventListener
    @CacheEvict(cacheNames = CACHE, allEntries = true)
    public void publicDataChanged(PublicDataChanged change) {
        // the annotation does the work
    }

    /** The dashboard of one body, or of all bodies when {@code bodyId} is null, as it stands on {@code today}. */
    @Cacheable(CACHE)
    public BodyDashboard dashboard(Long bodyId, LocalDate today) {
        return compute(bodyId, today, LIST_SIZE);
    }

    /**
     * The dashboard of all bodies, computed now, never taken from the cache: {@link NationalDashboard} keeps it as
     * computed from the moment it began, which a result kept from before a change would belie.
     */
    public BodyDashboard national(LocalDate today) {
        return compute(null, today, LIST_SIZE);
    }

    /**
     * The same dashboard with up to {@code listSize} items in each list instead of {@link #LIST_SIZE}: the downloads
     * of its tables hold every item, not the first fifty. Of several requests at once, one computes it.
     */
    @Cacheable(cacheNames = CACHE, sync = true)
    public BodyDashboard dashboard(Long bodyId, LocalDate today, int listSize) {
        return compute(bodyId, today, listSize);
    }

    private BodyDashboard compute(Long bodyId, LocalDate today, int listSize) {
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("today", today);
        params.put("listSize", listSize);
        if (bodyId != null) {
            params.put("body", bodyId);
        }
        jdbc.sql("create temporary table dashboard_items on commit drop as select * from item_terms_on(:today) t"
                + " where t.published" + (bodyId == null ? "" : " and t.body_id = :body"))
                .params(params).update();
        jdbc.sql("analyze dashboard_items").update();
        String scope = "true";
        List<StatusCount> statuses = statusCounts(scope, params);
        long[] totals = jdbc.sql("""
                select count(*) filter (where t.late_days is not null), count(*) filter (where t.due_soon),
                       count(*) filter (where t.awaiting_decision)
                from dashboard_items t where %s""".formatted(scope))
                .params(params).query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single();
        return new BodyDashboard(statuses, totals[0], totals[1], totals[2], lateItems(scope, params, bodyId == null),
                awaitingDecision(scope, params, bodyId == null), dischargedWhilePromised(scope, params, bodyId == null),
                quarters(scope, params, today), termFigures(scope, params),
                groups(scope, params, "t.portfolio_holder"), groups(scope, params, "t.department"),
                parties(scope, params), requestFigures(params));
    }

    private RequestFigures requestFigures(Map<String, Object> params) {
        return jdbc.sql("""
                select count(distinct r.motion_id), count(r.id), count(*) filter (where r.status = %s),
                       count(*) filter (where rt.late_days is not null),
                       count(distinct r.motion_id) filter (where m.partly_discharged)
                from dashboard_items t
                join motions m on m.id = t.item_id
                join motion_requests r on r.motion_id = t.item_id
                join request_terms_on(:today) rt on rt.request_id = r.id
                where t.item_type = 'MOTION'""".formatted(DISCHARGED))
                .params(params).query((rs, row) -> new RequestFigures(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        rs.getLong(4), rs.getLong(5))).single();
    }

    /** Every body with published items, compared: counts, % answered in time and median days. */
    @Transactional(readOnly = true)
    public List<BodyComparison> comparison(LocalDate today) {
        return jdbc.sql("""
                select b.slug, b.name, b.kind,
                       count(*) filter (where t.status not in %2$s) as open,
                       count(*) filter (where t.late_days is not null) as late,
                       count(*) filter (where t.awaiting_decision) as awaiting,
                       count(*) filter (where t.status = %1$s) as discharged,
                       count(t.answered_in_time) as judged,
                       count(*) filter (where t.answered_in_time) as in_time,
                       percentile_cont(0.5) within group (order by t.discharged_on - t.started_on)
                           filter (where t.status = %1$s and t.discharged_on is not null
                                   and t.started_on is not null) as median,
                       count(*) filter (where t.extensions > 0) as extended
                from item_terms_on(:today) t join bodies b on b.id = t.body_id
                where t.published
                group by b.slug, b.name, b.kind
                order by b.name""".formatted(DISCHARGED, CLOSED))
                .param("today", today)
                .query((rs, row) -> new BodyComparison(rs.getString("slug"), rs.getString("name"),
                        rs.getString("kind"), rs.getLong("open"), rs.getLong("late"), rs.getLong("awaiting"),
                        rs.getLong("discharged"), new TermFigures(rs.getLong("judged"), rs.getLong("in_time"),
                                (Double) rs.getObject("median"), rs.getLong("extended"))))
                .list();
    }

    private List<StatusCount> statusCounts(String scope, Map<String, Object> params) {
        Map<ItemStatus, long[]> counts = new EnumMap<>(ItemStatus.class);
        jdbc.sql("""
                select t.status, count(*) filter (where t.item_type = 'MOTION'),
                       count(*) filter (where t.item_type = 'COMMITMENT'),
                       count(*) filter (where t.late_days is not null)
                from dashboard_items t where %s group by t.status""".formatted(scope))
                .params(params)
                .query((rs, row) -> counts.put(ItemStatus.valueOf(rs.getString(1)),
                        new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)}))
                .list();
        List<StatusCount> result = new ArrayList<>();
        for (ItemStatus status : ItemStatus.values()) {
            long[] c = counts.getOrDefault(status, new long[3]);
            result.add(new StatusCount(status, c[0], c[1], c[2]));
        }
        return result;
    }

    private List<DashboardItem> lateItems(String scope, Map<String, Object> params, boolean withBody) {
        return items(scope + " and t.late_days is not null", "t.late_days",
                "t.late_days desc, t.item_type, t.item_id", params, withBody);
    }

    /** Proposals the council has yet to decide on; a proposal made after the term says so. */
    private List<DashboardItem> awaitingDecision(String scope, Map<String, Object> params, boolean withBody) {
        return items(scope + " and t.awaiting_decision", "coalesce(t.proposed_late_days, 0)",
                "t.proposed_on nulls last, t.item_type, t.item_id", params, withBody).stream()
                .map(item -> item.days() == 0 ? item
                        : item.withNote(Phrase.of("dashboard.note.proposedLate", item.days())))
                .toList();
    }

    private List<DashboardItem> items(String where, String days, String order, Map<String, Object> params,
            boolean withBody) {
        return jdbc.sql("""
                select t.item_type, t.item_id, t.number, t.title, t.status, t.due_on, %s as days, t.url_key, b.slug,
                       b.name,
                       concat_ws(', ', t.portfolio_holder, t.department) as responsible
                from dashboard_items t join bodies b on b.id = t.body_id
                where %s order by %s limit :listSize""".formatted(days, where, order))
                .params(params)
                .query((rs, row) -> item(rs.getString("item_type"), rs.getLong("item_id"), rs.getString("number"),
                        rs.getString("title"), rs.getString("status"), rs.getObject("due_on", LocalDate.class),
                        rs.getLong("days"),
                        rs.getString("responsible"), rs.getString("slug"), rs.getString("url_key"),
                        withBody ? rs.getString("name") : null))
                .list();
    }

    /**
     * Items whose discharge a letter claimed (now proposed or accepted) while that same letter made promises
     * (commitments made in it, by the import) that are still open: neither discharged nor lapsed.
     */
    private List<DashboardItem> dischargedWhilePromised(String scope, Map<String, Object> params, boolean withBody) {
        return jdbc.sql("""
                select t.item_type, t.item_id, t.number, t.title, t.status, t.due_on,
                       count(distinct c.id) as promises,
                       t.url_key, b.slug, b.name, (array_agg(l.subject order by l.id))[1] as letter_subject,
                       (array_agg(letter_title(l.subject, l.sender, l.sent_on) order by l.id))[1] as letter_title,
                       concat_ws(', ', t.portfolio_holder, t.department) as responsible
                from dashboard_items t
                join bodies b on b.id = t.body_id
                join letter_items a on a.response = 'DISCHARGE_CLAIMED'
                     and ((t.item_type = 'MOTION' and a.motion_id = t.item_id)
                          or (t.item_type = 'COMMITMENT' and a.commitment_id = t.item_id))
                join letters l on l.id = a.letter_id and l.published
                join commitments c on c.made_in_letter_id = l.id and c.published and c.status not in %s
                                      and not (t.item_type = 'COMMITMENT' and c.id = t.item_id)
                where %s and t.status in ('DISCHARGE_PROPOSED', %s)
                group by t.item_type, t.item_id, t.number, t.title, t.status, t.due_on, t.url_key, b.slug, b.name,
                         t.portfolio_holder, t.department
                order by t.item_type, t.item_id limit :listSize""".formatted(CLOSED, scope, DISCHARGED))
                .params(params)
                .query((rs, row) -> {
                    long promises = rs.getLong("promises");
                    MessageSourceResolvable note = Phrase.of("dashboard.note.stillPromised",
                            LetterSummary.mention(rs.getString("letter_subject"), rs.getString("letter_title")),
                            promises);
                    return item(rs.getString("item_type"), rs.getLong("item_id"), rs.getString("number"),
                            rs.getString("title"),
                            rs.getString("status"), rs.getObject("due_on", LocalDate.class), promises,
                            rs.getString("responsible"), rs.getString("slug"), rs.getString("url_key"),
                            withBody ? rs.getString("name") : null).withNote(note);
                })
                .list();
    }

    private List<QuarterFigures> quarters(String scope, Map<String, Object> params, LocalDate today) {
        Map<String, Object> withRange = new java.util.HashMap<>(params);
        withRange.put("first", today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1)
                .minusMonths(3L * (QUARTERS - 1)));
        return jdbc.sql("""
                select extract(year from q)::int as year, extract(quarter from q)::int as quarter,
                       coalesce(a.n, 0) as adopted, coalesce(d.n, 0) as discharged
                from generate_series(cast(:first as date), cast(:today as date), interval '3 months') q
                left join (select date_trunc('quarter', t.started_on) as q, count(*) as n from dashboard_items t
                           where %1$s and t.item_type = 'MOTION' and t.started_on >= :first group by 1) a using (q)
                left join (select date_trunc('quarter', t.discharged_on) as q, count(*) as n from dashboard_items t
                           where %1$s and t.item_type = 'MOTION' and t.discharged_on >= :first group by 1) d using (q)
                order by q""".formatted(scope))
                .params(withRange)
                .query((rs, row) -> new QuarterFigures(rs.getInt("year"), rs.getInt("quarter"), rs.getLong("adopted"),
                        rs.getLong("discharged")))
                .list();
    }

    private TermFigures termFigures(String scope, Map<String, Object> params) {
        return jdbc.sql("""
                select count(t.answered_in_time) as judged,
                       count(*) filter (where t.answered_in_time) as in_time,
                       percentile_cont(0.5) within group (order by t.discharged_on - t.started_on)
                           filter (where t.status = %2$s and t.discharged_on is not null
                                   and t.started_on is not null) as median,
                       count(*) filter (where t.extensions > 0) as extended
                from dashboard_items t where %1$s""".formatted(scope, DISCHARGED))
                .params(params)
                .query((rs, row) -> new TermFigures(rs.getLong("judged"), rs.getLong("in_time"),
                        (Double) rs.getObject("median"), rs.getLong("extended")))
                .single();
    }

    private List<GroupFigures> groups(String scope, Map<String, Object> params, String column) {
        return jdbc.sql("""
                select %1$s as name, count(*) filter (where t.status not in %4$s) as open,
                       count(*) filter (where t.late_days is not null) as late,
                       count(*) filter (where t.status = %2$s) as discharged
                from dashboard_items t where %3$s and %1$s is not null
                group by %1$s order by count(*) desc, %1$s limit :listSize""".formatted(column, DISCHARGED, scope,
                        CLOSED))
                .params(params)
                .query((rs, row) -> new GroupFigures(rs.getString("name"), rs.getLong("open"), rs.getLong("late"),
                        rs.getLong("discharged")))
                .list();
    }

    /** Motions per party of their sponsors; a motion with sponsors of two parties counts for both. */
    private List<GroupFigures> parties(String scope, Map<String, Object> params) {
        return jdbc.sql("""
                select p.party as name, count(*) filter (where t.status not in %3$s) as open,
                       count(*) filter (where t.late_days is not null) as late,
                       count(*) filter (where t.status = %1$s) as discharged
                from dashboard_items t
                join motion_parties p on p.motion_id = t.item_id
                where %2$s and t.item_type = 'MOTION'
                group by p.party order by count(*) desc, p.party limit :listSize""".formatted(DISCHARGED, scope,
                        CLOSED))
                .params(params)
                .query((rs, row) -> new GroupFigures(rs.getString("name"), rs.getLong("open"), rs.getLong("late"),
                        rs.getLong("discharged")))
                .list();
    }

    private static DashboardItem item(String type, long id, String number, String title, String status,
            LocalDate dueOn, long days, String responsible, String bodySlug, String urlKey, String bodyName) {
        boolean motion = "MOTION".equals(type);
        String path = PublicPaths.item(type, bodySlug, urlKey);
        MessageSourceResolvable shown = Phrase.of("item.named." + (motion ? "motion" : "commitment") + ".start",
                number);
        // a motion without a title of its own (V25) is named by its number, as the page says it
        MessageSourceResolvable named = title == null ? shown : Phrase.text(title);
        return new DashboardItem(motion ? "Motie" : "Toezegging", shown, bodyName == null ? named
                : Phrase.of("dashboard.item.inBody", named, bodyName), ItemStatus.valueOf(status), dueOn, days,
                responsible == null || responsible.isEmpty() ? null : responsible, path, null, id, motion);
    }
}
