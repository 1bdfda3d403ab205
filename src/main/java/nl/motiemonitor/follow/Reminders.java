package nl.motiemonitor.follow;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.motiemonitor.body.Bodies;
import nl.motiemonitor.body.BodyView;
import nl.motiemonitor.shared.JobLease;
import nl.motiemonitor.shared.Phrase;
import nl.motiemonitor.term.Terms;
import nl.motiemonitor.web.PublicPaths;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The weekly reminder digest for a body's clerks (and, if configured, the executive's contact persons): what is
 * late and what falls due in the next 30 days, sent to the addresses in motiemonitor.follow.reminders.{slug}
 * (a slug the body had before still counts, so renaming a body does not silence its reminders).
 * Only published items: the same facts as the public dashboard. With several instances the digest is queued by one
 * of them ({@link JobLease}).
 */
@Component
class Reminders {

    /** Longer than the instances' schedules are apart, shorter than a week. */
    static final Duration LEASE = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final MailOutbox outbox;
    private final FollowProperties properties;
    private final Terms terms;
    private final Bodies bodies;
    private final JobLease lease;

    Reminders(JdbcClient jdbc, MailOutbox outbox, FollowProperties properties, Terms terms, Bodies bodies,
            JobLease lease) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.properties = properties;
        this.terms = terms;
        this.bodies = bodies;
        this.lease = lease;
    }

    @Scheduled(cron = "${motiemonitor.follow.reminder-cron:0 0 7 * * MON}", zone = "Europe/Amsterdam")
    void weekly() {
        if (properties.background()) {
            lease.runOnce("follow.reminders", LEASE, () -> queueReminders(terms.today()));
        }
    }

    /** Queues one digest per configured body that has anything late or due soon; returns how many. */
    @Transactional
    public int queueReminders(LocalDate today) {
        int queued = 0;
        for (Map.Entry<String, List<String>> entry : properties.reminders().entrySet()) {
            BodyView body = bodies.findBySlug(entry.getKey())
                    .or(() -> bodies.renamedTo(entry.getKey()).flatMap(bodies::findBySlug)).orElse(null);
            if (body == null || entry.getValue().isEmpty()) {
                continue;
            }
            long bodyId = body.id();
            String name = body.name();
            List<String> late = lines(bodyId, today, "t.late_days is not null", body.slug());
            List<String> soon = lines(bodyId, today, "t.due_soon", body.slug());
            if (late.isEmpty() && soon.isEmpty()) {
                continue;
            }
            StringBuilder text = new StringBuilder(outbox.text("mail.reminder.intro", name, Phrase.date(today)))
                    .append("\n\n");
            section(text, outbox.text("mail.reminder.late", late.size()), late);
            section(text, outbox.text("mail.reminder.soon", soon.size()), soon);
            text.append(outbox.text("mail.reminder.overview", properties.baseUrl() + "/" + body.slug() + "/overzicht"))
                    .append('\n');
            for (String recipient : entry.getValue()) {
                outbox.queue(MailOutbox.Kind.REMINDER, null, recipient.strip(),
                        outbox.text("mail.reminder.subject", name, late.size(), soon.size()), text.toString(), null);
                queued++;
            }
            jdbc.sql("insert into reminder_runs (body_id, sent_at) values (:body, now())"
                    + " on conflict (body_id) do update set sent_at = excluded.sent_at").param("body", bodyId).update();
        }
        return queued;
    }

    private List<String> lines(long bodyId, LocalDate today, String condition, String slug) {
        return jdbc.sql("""
                select t.item_type, t.number, t.title, t.due_on, t.url_key,
                       concat_ws(', ', t.portfolio_holder, t.department) as responsible
                from item_terms_on(:today) t
                where t.body_id = :body and t.published and %s
                order by t.due_on, t.item_type, t.item_id""".formatted(condition))
                .param("body", bodyId).param("today", today)
                .query((rs, row) -> outbox.text("mail.reminder.item", named(rs),
                        rs.getString("title") == null ? named(rs) : rs.getString("title"),
                        Phrase.date(rs.getObject("due_on", LocalDate.class)))
                        + (rs.getString("responsible").isEmpty() ? "" : " — " + rs.getString("responsible"))
                        + "\n  " + properties.baseUrl()
                        + PublicPaths.item(rs.getString("item_type"), slug, rs.getString("url_key")))
                .list();
    }

    /** "Motie 12": how a line starts, and a motion's title when it has none of its own (V25). */
    private static MessageSourceResolvable named(ResultSet rs) throws SQLException {
        return Phrase.of("item.named." + ("MOTION".equals(rs.getString("item_type")) ? "motion" : "commitment")
                + ".start", rs.getString("number"));
    }

    private static void section(StringBuilder text, String heading, List<String> lines) {
        if (!lines.isEmpty()) {
            text.append(heading).append(":\n");
            lines.forEach(line -> text.append("• ").append(line).append('\n'));
            text.append('\n');
        }
    }
}
