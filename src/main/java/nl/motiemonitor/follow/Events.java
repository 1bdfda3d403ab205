package nl.motiemonitor.follow;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.motiemonitor.letter.LetterSummary;
import nl.motiemonitor.search.SearchService;
import nl.motiemonitor.search.SearchTooExpensiveException;
import nl.motiemonitor.shared.Phrase;
import nl.motiemonitor.web.PublicPaths;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the event log for what someone follows. Only what is public now is returned: the item must be published,
 * and an event a letter caused (it answered the item, moved its status, extended its term) only while the letter is;
 * a later unpublication hides the events again. A search's events are those of its candidates as the search page
 * finds them, under the page's limits ({@link SearchService#overCandidates}): at most the newest
 * {@value SearchService#MAX_RESULTS} matches, and a time limit, past which {@link SearchTooExpensiveException} is thrown.
 */
@Service
@Transactional(readOnly = true)
class Events {

    public static final int FEED_SIZE = 50;

    private static final String EVENTS = """
            select e.id, e.occurred_at, e.kind, e.item_type, e.from_status, e.to_status, e.due_on, e.detail,
                   e.request_position,
                   d.title, d.titled, d.number, d.sender, d.item_date, d.url_key, b.slug, b.name,
                   i.subject as item_subject, l.id as letter_id,
                   l.subject as letter_subject, letter_title(l.subject, l.sender, l.sent_on) as letter_title
            from item_events e
            join search_documents d on d.item_type = e.item_type and d.item_id = e.item_id and d.published
            join bodies b on b.id = e.body_id
            left join letters i on e.item_type = 'LETTER' and i.id = e.item_id
            left join letters l on l.id = e.letter_id and l.published
            where %s and e.id > :after and (e.letter_id is null or l.id is not null)
            order by e.id %s limit :limit""";
    /** A search's events: those of its candidates (the CTE {@code found} of {@link SearchService#overCandidates}). */
    private static final String CANDIDATE = "exists (select 1 from found f where f.item_type = e.item_type"
            + " and f.item_id = e.item_id)";

    private final JdbcClient jdbc;
    private final SearchService search;

    Events(JdbcClient jdbc, SearchService search) {
        this.jdbc = jdbc;
        this.search = search;
    }

    /** The newest events, newest first. */
    public List<ItemEvent> latest(FollowTarget target) {
        return query(target, 0, FEED_SIZE, "desc");
    }

    /** Events after {@code afterId}, oldest first, at most {@code limit}. */
    public List<ItemEvent> after(FollowTarget target, long afterId, int limit) {
        return query(target, afterId, limit, "asc");
    }

    /** The id of the newest event, visible or not: where a new subscription starts. */
    public long newestId() {
        return jdbc.sql("select coalesce(max(id), 0) from item_events").query(Long.class).single();
    }

    private List<ItemEvent> query(FollowTarget target, long afterId, int limit, String order) {
        Map<String, Object> params = new HashMap<>();
        params.put("after", afterId);
        params.put("limit", limit);
        if (target.target() == Target.SEARCH) {
            return target.searchQuery().map(query -> search.overCandidates(query, EVENTS.formatted(CANDIDATE, order),
                    params, Events::event)).orElse(List.of());
        }
        String condition = target.condition(params);
        return jdbc.sql(EVENTS.formatted(condition, order)).params(params).query(Events::event).list();
    }

    /**
     * How an event's title starts: "Motie ‘Overweeghuis’", "Motie ‘Overweeghuis’, verzoek 2" (a move of one request
     * of a motion tracked per request), "Toezegging ‘Toezegging 2021-1’", "Brief ‘Voortgang’", or
     * a letter's made-up title; made-up titles in the feed's language.
     */
    private static MessageSourceResolvable item(ResultSet rs, String type) throws SQLException {
        Integer request = (Integer) rs.getObject("request_position");
        // an item without a title of its own is named by its made-up one alone: "Motie 31710-56", not "Motie ‘Motie …’"
        boolean titled = rs.getBoolean("titled");
        return switch (type) {
            case "MOTION" -> {
                MessageSourceResolvable motion = titled ? Phrase.of("follow.event.motion", SearchService.label(rs))
                        : SearchService.label(rs);
                yield request == null ? motion : Phrase.of("follow.event.request", motion, request);
            }
            case "COMMITMENT" -> titled ? Phrase.of("follow.event.commitment", SearchService.label(rs))
                    : SearchService.label(rs);
            default -> rs.getString("item_subject") != null
                    ? Phrase.of("follow.event.letter", rs.getString("item_subject")) : SearchService.label(rs);
        };
    }

    private static ItemEvent event(ResultSet rs, int row) throws SQLException {
        String slug = rs.getString("slug");
        String type = rs.getString("item_type");
        Long letter = (Long) rs.getObject("letter_id");
        return new ItemEvent(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("kind"), type,
                item(rs, type),
                PublicPaths.item(type, slug, rs.getString("url_key")), rs.getString("name"), rs.getString("from_status"),
                rs.getString("to_status"), letter == null ? null : LetterSummary.mention(
                        rs.getString("letter_subject"), rs.getString("letter_title")),
                letter == null ? null : PublicPaths.letter(slug, letter),
                rs.getObject("due_on", LocalDate.class), rs.getString("detail"));
    }
}
