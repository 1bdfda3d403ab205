package nl.motiemonitor.follow;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** E-mail subscriptions: made by logged-in users, ended by them or by the signed link in any message. */
@Service
@Transactional
public class Subscriptions {

    private final JdbcClient jdbc;
    private final Events events;
    private final Targets targets;

    Subscriptions(JdbcClient jdbc, Events events, Targets targets) {
        this.jdbc = jdbc;
        this.events = events;
        this.targets = targets;
    }

    /** Follows {@code target} from now on; following the same thing again only changes address and frequency. */
    public long subscribe(long userId, String email, FollowTarget target, Frequency frequency) {
        Optional<Long> existing = jdbc.sql("""
                select id from subscriptions where user_id = :user and target = :target
                  and body_id is not distinct from :body and item_id is not distinct from :item
                  and party is not distinct from :party and search is not distinct from :search""")
                .param("user", userId).param("target", target.target().name()).param("body", target.bodyId())
                .param("item", target.itemId()).param("party", target.party()).param("search", target.search())
                .query(Long.class).optional();
        if (existing.isPresent()) {
            jdbc.sql("update subscriptions set email = :email, frequency = :frequency where id = :id")
                    .param("email", email).param("frequency", frequency.name()).param("id", existing.get()).update();
            return existing.get();
        }
        return jdbc.sql("""
                insert into subscriptions (user_id, email, target, body_id, item_id, party, search, title, frequency,
                                           last_event_id, last_sent_at)
                values (:user, :email, :target, :body, :item, :party, :search, :title, :frequency, :last, now())
                returning id""")
                .param("user", userId).param("email", email).param("target", target.target().name())
                .param("body", target.bodyId()).param("item", target.itemId()).param("party", target.party())
                .param("search", target.search()).param("title", target.title())
                .param("frequency", frequency.name()).param("last", events.newestId())
                .query(Long.class).single();
    }

    @Transactional(readOnly = true)
    public List<Subscription> of(long userId) {
        return jdbc.sql("""
                select id, email, target, body_id, item_id, party, search, title, frequency, created_at
                from subscriptions where user_id = :user order by created_at, id""")
                .param("user", userId)
                .query((rs, row) -> {
                    Target target = Target.valueOf(rs.getString("target"));
                    FollowTarget followed = targets.stored(target, (Long) rs.getObject("body_id"),
                            (Long) rs.getObject("item_id"), rs.getString("party"), rs.getString("search"),
                            rs.getString("title"));
                    return new Subscription(rs.getLong("id"), rs.getString("email"), target, rs.getString("title"),
                            followed.path(), Frequency.valueOf(rs.getString("frequency")),
                            rs.getObject("created_at", OffsetDateTime.class).toInstant());
                }).list();
    }

    /** Ends a subscription of this user; false when it is not theirs (or gone). */
    public boolean cancel(long userId, long id) {
        return jdbc.sql("delete from subscriptions where id = :id and user_id = :user")
                .param("id", id).param("user", userId).update() == 1;
    }

    public boolean changeFrequency(long userId, long id, Frequency frequency) {
        return jdbc.sql("update subscriptions set frequency = :frequency where id = :id and user_id = :user")
                .param("frequency", frequency.name()).param("id", id).param("user", userId).update() == 1;
    }

    /** Ends a subscription by its unsubscribe link; the title of what was followed, or empty when already gone. */
    public Optional<String> unsubscribe(long id) {
        return jdbc.sql("delete from subscriptions where id = :id returning title").param("id", id)
                .query(String.class).optional();
    }

    @Transactional(readOnly = true)
    public Optional<String> titleOf(long id) {
        return jdbc.sql("select title from subscriptions where id = :id").param("id", id).query(String.class)
                .optional();
    }
}
