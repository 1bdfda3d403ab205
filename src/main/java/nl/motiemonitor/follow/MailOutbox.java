package nl.motiemonitor.follow;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import nl.motiemonitor.search.SearchTooExpensiveException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns new events into mail for every subscription (per event, or a daily or weekly digest) and sends the queue
 * ({@code mail_queue}, V9). A message that cannot be sent (mail server down, no server configured) stays queued and
 * is tried again later, further apart each time; nothing is lost. Batches are locked with {@code SKIP LOCKED}, so two
 * instances never send the same message.
 *
 * <p>A subscription's mail goes only to an address its user confirmed ({@code follower_addresses}, V20): an address
 * not confirmed gets one message asking to confirm it, with a signed link, and nothing else. That rule is applied
 * when news is queued and again when a message is sent, so a message queued before an address was confirmed, or
 * after it was unsubscribed, never leaves.
 */
@Component
public class MailOutbox {

    static final int BATCH = 20;
    /** A subscription's address that is (still) confirmed, for {@code subscriptions s}. */
    private static final String CONFIRMED = "exists (select 1 from follower_addresses a where a.user_id = s.user_id"
            + " and lower(a.email) = lower(s.email) and a.confirmed_at is not null)";

    /** What a queued message is (mail_queue.kind). */
    enum Kind { SUBSCRIPTION, CONFIRMATION, REMINDER }

    static final Duration MAX_BACKOFF = Duration.ofHours(6);
    /**
     * The language of every mail: subscribers' languages are not stored, so mail is Dutch, the portal's default;
     * its words are the messages {@code mail.*} in this locale.
     */
    static final Locale LANGUAGE = Locale.forLanguageTag("nl");
    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Events events;
    private final Targets targets;
    private final LinkTokens tokens;
    private final FollowProperties properties;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final MessageSource messages;

    MailOutbox(JdbcClient jdbc, TransactionTemplate transactions, Events events, Targets targets,
            LinkTokens tokens, FollowProperties properties, ObjectProvider<JavaMailSender> mailSender,
            MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.transactions = transactions;
        this.events = events;
        this.targets = targets;
        this.tokens = tokens;
        this.properties = properties;
        this.mailSender = mailSender;
    }

    @Scheduled(initialDelayString = "${motiemonitor.follow.delay:PT1M}",
            fixedDelayString = "${motiemonitor.follow.delay:PT1M}")
    void inBackground() {
        if (properties.background()) {
            queueEvents();
            sendDue();
        }
    }

    /**
     * Queues mail for the events each subscription has not had yet; returns how many messages were queued. A followed
     * search that runs out of the search page's time is left as it is and tried again next time.
     */
    public int queueEvents() {
        requestConfirmations();
        List<Long> ids = jdbc.sql("select s.id from subscriptions s where " + CONFIRMED + " order by s.id")
                .query(Long.class).list();
        int queued = 0;
        for (Long id : ids) {
            try {
                Integer count = transactions.execute(status -> queueFor(id));
                queued += count == null ? 0 : count;
            } catch (SearchTooExpensiveException e) {
                log.warn("Subscription {}: its search ran out of time; tried again next time", id);
            }
        }
        return queued;
    }

    private int queueFor(long id) {
        record Row(String email, Target target, Long bodyId, Long itemId, String party, String search, String title,
                Frequency frequency, long lastEventId, Instant lastSentAt) {
        }
        Row row = jdbc.sql("""
                select email, target, body_id, item_id, party, search, title, frequency, last_event_id, last_sent_at
                from subscriptions s where id = :id and %s for update skip locked""".formatted(CONFIRMED))
                .param("id", id)
                .query((rs, n) -> new Row(rs.getString("email"), Target.valueOf(rs.getString("target")),
                        (Long) rs.getObject("body_id"), (Long) rs.getObject("item_id"), rs.getString("party"),
                        rs.getString("search"), rs.getString("title"), Frequency.valueOf(rs.getString("frequency")),
                        rs.getLong("last_event_id"), rs.getObject("last_sent_at", OffsetDateTime.class) == null ? null
                        : rs.getObject("last_sent_at", OffsetDateTime.class).toInstant()))
                .optional().orElse(null);
        if (row == null) {
            return 0;
        }
        if (row.frequency() != Frequency.EVENT && row.lastSentAt() != null
                && row.lastSentAt().plus(row.frequency().interval()).isAfter(Instant.now())) {
            return 0; // the digest is not due yet
        }
        FollowTarget target = targets.stored(row.target(), row.bodyId(), row.itemId(), row.party(), row.search(),
                row.title());
        List<ItemEvent> news = events.after(target, row.lastEventId(), 200);
        if (news.isEmpty()) {
            return 0;
        }
        String unsubscribe = properties.baseUrl() + "/afmelden?t=" + tokens.sign(LinkTokens.Purpose.UNSUBSCRIBE, id);
        int queued = 0;
        if (row.frequency() == Frequency.EVENT) {
            for (ItemEvent event : news) {
                queue(Kind.SUBSCRIPTION, id, row.email(), event.title(messages, LANGUAGE),
                        text(row.title(), List.of(event), unsubscribe), unsubscribe);
                queued++;
            }
        } else {
            String subject = text(row.frequency() == Frequency.DAILY ? "mail.digest.daily" : "mail.digest.weekly",
                    news.size(), row.title());
            queue(Kind.SUBSCRIPTION, id, row.email(), subject, text(row.title(), news, unsubscribe), unsubscribe);
            queued++;
        }
        jdbc.sql("update subscriptions set last_event_id = :last, last_sent_at = now() where id = :id")
                .param("last", news.get(news.size() - 1).id()).param("id", id).update();
        return queued;
    }

    /**
     * Queues the one message that asks to confirm a follower address, with a signed link
     * ({@code /volgen/bevestigen}), unless the address is confirmed or was asked within the last day; true when
     * queued. The update that notes the request is the latch: of two requests at once, one queues the message.
     */
    boolean requestConfirmation(long addressId) {
        String email = jdbc.sql("""
                update follower_addresses set requested_at = now()
                where id = :id and confirmed_at is null
                  and (requested_at is null or requested_at < now() - interval '1 day')
                returning email""").param("id", addressId).query(String.class).optional().orElse(null);
        if (email == null) {
            return false;
        }
        List<String> followed = jdbc.sql("""
                select s.title from subscriptions s join follower_addresses a
                  on a.user_id = s.user_id and lower(a.email) = lower(s.email)
                where a.id = :id order by s.id""").param("id", addressId).query(String.class).list();
        String link = properties.baseUrl() + "/volgen/bevestigen?t=" + tokens.sign(LinkTokens.Purpose.CONFIRM,
                addressId);
        StringBuilder text = new StringBuilder(text("mail.confirm.intro")).append("\n\n");
        followed.forEach(title -> text.append("• ").append(title).append('\n'));
        text.append('\n').append(text("mail.confirm.ask")).append('\n').append(link).append("\n\n")
                .append(text("mail.confirm.notAsked")).append('\n');
        queue(Kind.CONFIRMATION, null, email, text("mail.confirm.subject"), text.toString(), null);
        log.info("Asked to confirm follower address {}", addressId);
        return true;
    }

    /** Asks every address followed but not confirmed or asked yet (e.g. those of before V20) to confirm. */
    private void requestConfirmations() {
        jdbc.sql("""
                select a.id from follower_addresses a
                where a.confirmed_at is null and a.requested_at is null
                  and exists (select 1 from subscriptions s where s.user_id = a.user_id
                              and lower(s.email) = lower(a.email))
                order by a.id""").query(Long.class).list()
                .forEach(id -> transactions.executeWithoutResult(status -> requestConfirmation(id)));
    }

    /** Queues one message, e.g. a reminder digest; {@code unsubscribe} may be null. */
    void queue(Kind kind, Long subscriptionId, String recipient, String subject, String body, String unsubscribe) {
        jdbc.sql("""
                insert into mail_queue (kind, subscription_id, recipient, subject, body, unsubscribe_url)
                values (:kind, :subscription, :recipient, :subject, :body, :unsubscribe)""")
                .param("kind", kind.name()).param("subscription", subscriptionId).param("recipient", recipient)
                .param("subject", subject.length() > 300 ? subject.substring(0, 299) + "…" : subject)
                .param("body", body).param("unsubscribe", unsubscribe).update();
    }

    /** Sends what is due; returns how many were sent. Failures stay queued with a later next attempt. */
    public int sendDue() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            log.debug("No mail server configured (spring.mail.host): mail stays queued");
            return 0;
        }
        int sent = 0;
        int done;
        do {
            int[] result = transactions.execute(status -> sendBatch(sender));
            done = result[0];
            sent += result[1];
        } while (done == BATCH);
        return sent;
    }

    private int[] sendBatch(JavaMailSender sender) {
        // a subscription's news only while it exists and its address is confirmed (see the class comment)
        List<Map<String, Object>> due = jdbc.sql("""
                select m.id, m.recipient, m.subject, m.body, m.unsubscribe_url, m.attempts from mail_queue m
                where m.sent_at is null and m.next_attempt_at <= now()
                  and (m.kind <> 'SUBSCRIPTION' or exists (select 1 from subscriptions s
                       where s.id = m.subscription_id and lower(s.email) = lower(m.recipient) and %s))
                order by m.id limit :batch for update of m skip locked""".formatted(CONFIRMED))
                .param("batch", BATCH).query().listOfRows();
        int sent = 0;
        for (Map<String, Object> mail : due) {
            long id = ((Number) mail.get("id")).longValue();
            try {
                sender.send(message(sender, (String) mail.get("recipient"), (String) mail.get("subject"),
                        (String) mail.get("body"), (String) mail.get("unsubscribe_url")));
                jdbc.sql("update mail_queue set sent_at = now(), attempts = attempts + 1, last_error = null"
                        + " where id = :id").param("id", id).update();
                sent++;
            } catch (MailException | MessagingException e) {
                int attempts = ((Number) mail.get("attempts")).intValue() + 1;
                Duration wait = Duration.ofMinutes(1L << Math.min(attempts, 10));
                jdbc.sql("""
                        update mail_queue set attempts = :attempts, last_error = :error,
                               next_attempt_at = now() + cast(:wait as interval) where id = :id""")
                        .param("attempts", attempts).param("error", String.valueOf(e.getMessage()))
                        .param("wait", Math.min(wait.toSeconds(), MAX_BACKOFF.toSeconds()) + " seconds")
                        .param("id", id).update();
                log.warn("Mail {} not sent (attempt {}), tried again later: {}", id, attempts, e.getMessage());
            }
        }
        return new int[] {due.size(), sent};
    }

    private MimeMessage message(JavaMailSender sender, String to, String subject, String body, String unsubscribe)
            throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(properties.from());
        helper.setTo(to);
        helper.setSubject(subject);
        helper.setText(body);
        if (unsubscribe != null) {
            message.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        return message;
    }

    private String text(String title, List<ItemEvent> news, String unsubscribe) {
        StringBuilder text = new StringBuilder(text("mail.news.intro", title)).append("\n\n");
        for (ItemEvent event : news) {
            text.append("• ").append(event.title(messages, LANGUAGE)).append('\n');
            String summary = event.summary(messages, LANGUAGE);
            if (!summary.isBlank()) {
                text.append("  ").append(summary).append('\n');
            }
            text.append("  ").append(properties.baseUrl()).append(event.itemPath()).append("\n\n");
        }
        text.append(text("mail.news.unsubscribe", title, unsubscribe)).append('\n');
        return text.toString();
    }

    /** A message of messages.properties in the mail's language ({@link #LANGUAGE}). */
    String text(String code, Object... arguments) {
        return messages.getMessage(code, arguments, LANGUAGE);
    }
}
