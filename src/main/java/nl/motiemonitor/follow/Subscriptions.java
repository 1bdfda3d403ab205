package nl.motiemonitor.follow;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * E-mail subscriptions: made by logged-in users, ended by them or by the signed link in any message. Mail goes only
 * to an address the user confirmed through the link of the one message that asks for it ({@code follower_addresses},
 * V20; users have no e-mail address of their own, so every address is confirmed once per user).
 */
@Service
@Transactional
class Subscriptions {

    private final JdbcClient jdbc;
    private final Events events;
    private final Targets targets;
    private final MailOutbox outbox;
    private final MessageSource messages;

    Subscriptions(JdbcClient jdbc, Events events, Targets targets, MailOutbox outbox, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.events = events;
        this.targets = targets;
        this.outbox = outbox;
    }

    /** A subscription made or changed, and whether its address is confirmed (else a request to confirm went out). */
    public record Subscribed(long id, boolean confirmed) {
    }

    /**
     * Follows {@code target} from now on; following the same thing again only changes address and frequency (one
     * statement, so two requests at once make one subscription). An address this user has not confirmed gets the
     * message asking to confirm it, and no other until then.
     */
    public Subscribed subscribe(long userId, String email, FollowTarget target, Frequency frequency) {
        jdbc.sql("""
                insert into follower_addresses (user_id, email) values (:user, :email)
                on conflict (user_id, lower(email)) do nothing""").param("user", userId).param("email", email).update();
        record Known(long id, boolean confirmed) {
        }
        Known address = jdbc.sql("""
                select id, confirmed_at is not null as confirmed from follower_addresses
                where user_id = :user and lower(email) = lower(:email)""").param("user", userId).param("email", email)
                .query((rs, row) -> new Known(rs.getLong("id"), rs.getBoolean("confirmed"))).single();
        long id = jdbc.sql("""
                insert into subscriptions (user_id, email, target, body_id, item_id, party, search, title, frequency,
                                           last_event_id, last_sent_at)
                values (:user, :email, :target, :body, :item, :party, :search, :title, :frequency, :last, now())
                on conflict on constraint subscriptions_once_per_user
                do update set email = excluded.email, frequency = excluded.frequency
                returning id""")
                .param("user", userId).param("email", email).param("target", target.target().name())
                .param("body", target.bodyId()).param("item", target.itemId()).param("party", target.party())
                .param("search", target.search())
                // stored in Dutch, the language of the mail (MailOutbox)
                .param("title", messages.getMessage(target.title(), MailOutbox.LANGUAGE))
                .param("frequency", frequency.name()).param("last", events.newestId())
                .query(Long.class).single();
        if (!address.confirmed()) {
            outbox.requestConfirmation(address.id());
        }
        return new Subscribed(id, address.confirmed());
    }

    /** An address to be confirmed (or confirmed) by the link in the mail that asked for it. */
    public record Address(String email, boolean confirmed) {
    }

    /**
     * Confirms a follower address by the id in its signed link: from now on its subscriptions get mail. The address,
     * or empty when there is no such address (any more: it goes with its user).
     */
    public Optional<String> confirm(long addressId) {
        return jdbc.sql("""
                update follower_addresses set confirmed_at = coalesce(confirmed_at, now()) where id = :id
                returning email""").param("id", addressId).query(String.class).optional();
    }

    /** The address of a confirmation link, and whether it is confirmed already. */
    @Transactional(readOnly = true)
    public Optional<Address> address(long addressId) {
        return jdbc.sql("select email, confirmed_at is not null as confirmed from follower_addresses where id = :id")
                .param("id", addressId)
                .query((rs, row) -> new Address(rs.getString("email"), rs.getBoolean("confirmed"))).optional();
    }

    @Transactional(readOnly = true)
    public List<Subscription> of(long userId) {
        return jdbc.sql("""
                select s.id, s.email, s.target, s.body_id, s.item_id, s.party, s.search, s.title, s.frequency,
                       s.created_at, exists (select 1 from follower_addresses a where a.user_id = s.user_id
                                             and lower(a.email) = lower(s.email)
                                             and a.confirmed_at is not null) as confirmed
                from subscriptions s where s.user_id = :user order by s.created_at, s.id""")
                .param("user", userId)
                .query((rs, row) -> {
                    Target target = Target.valueOf(rs.getString("target"));
                    FollowTarget followed = targets.stored(target, (Long) rs.getObject("body_id"),
                            (Long) rs.getObject("item_id"), rs.getString("party"), rs.getString("search"),
                            rs.getString("title"));
                    return new Subscription(rs.getLong("id"), rs.getString("email"), target, rs.getString("title"),
                            followed.path(), Frequency.valueOf(rs.getString("frequency")),
                            rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getBoolean("confirmed"));
                }).list();
    }

    /** Ends a subscription of this user, with its news not sent yet; false when it is not theirs (or gone). */
    public boolean cancel(long userId, long id) {
        jdbc.sql("delete from mail_queue where subscription_id = :id and sent_at is null"
                + " and subscription_id in (select id from subscriptions where user_id = :user)")
                .param("id", id).param("user", userId).update();
        return jdbc.sql("delete from subscriptions where id = :id and user_id = :user")
                .param("id", id).param("user", userId).update() == 1;
    }

    public boolean changeFrequency(long userId, long id, Frequency frequency) {
        return jdbc.sql("update subscriptions set frequency = :frequency where id = :id and user_id = :user")
                .param("frequency", frequency.name()).param("id", id).param("user", userId).update() == 1;
    }

    /** Ends a subscription by its unsubscribe link; the title of what was followed, or empty when already gone. */
    public Optional<String> unsubscribe(long id) {
        jdbc.sql("delete from mail_queue where subscription_id = :id and sent_at is null").param("id", id).update();
        return jdbc.sql("delete from subscriptions where id = :id returning title").param("id", id)
                .query(String.class).optional();
    }

    @Transactional(readOnly = true)
    public Optional<String> titleOf(long id) {
        return jdbc.sql("select title from subscriptions where id = :id").param("id", id).query(String.class)
                .optional();
    }
}
