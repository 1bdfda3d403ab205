package nl.motiemonitor.portal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import nl.motiemonitor.shared.PublicDataChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;

/**
 * Listens to the database for changes to what public pages show (LISTEN public_pages, V11) and drops the pages
 * concerned from {@link PublicPageCache}, and tells the other modules that keep answers for the public
 * ({@link PublicDataChanged}: search results, dashboards). Holds one connection of the pool for as long as the app runs. When the
 * connection is lost the cache stops serving and keeping pages until it listens again, then starts empty: a change
 * made while nobody listened is never missed (and search results and dashboards kept meanwhile are dropped too).
 */
class PublicPageInvalidation implements SmartLifecycle {

    static final String CHANNEL = "public_pages";
    private static final Logger log = LoggerFactory.getLogger(PublicPageInvalidation.class);
    private static final int POLL_MILLIS = 2_000;
    /** At most this between tries while the database is away, so pages are kept again soon after it is back. */
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    private final DataSource dataSource;
    private final PublicPageCache cache;
    private final ApplicationEventPublisher events;
    private volatile boolean running;
    private Thread listener;

    PublicPageInvalidation(DataSource dataSource, PublicPageCache cache, ApplicationEventPublisher events) {
        this.dataSource = dataSource;
        this.cache = cache;
        this.events = events;
    }

    @Override
    public void start() {
        running = true;
        listener = new Thread(this::listen, "public-page-invalidation");
        listener.setDaemon(true);
        listener.start();
    }

    @Override
    public void stop() {
        running = false;
        cache.listening(false);
        if (listener != null) {
            listener.interrupt();
            try {
                listener.join(POLL_MILLIS * 2L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        Duration backoff = Duration.ofSeconds(1);
        boolean listenedBefore = false;
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + CHANNEL);
                }
                try {
                    PGConnection postgres = connection.unwrap(PGConnection.class);
                    cache.listening(true);
                    if (listenedBefore) {
                        // changes made while nobody listened were not heard: answers kept elsewhere go too
                        events.publishEvent(new PublicDataChanged(Set.of(), true));
                        log.info("Public pages are kept again: the database's changes are heard again.");
                    }
                    listenedBefore = true;
                    backoff = Duration.ofSeconds(1);
                    while (running) {
                        PGNotification[] notifications = postgres.getNotifications(POLL_MILLIS);
                        if (notifications != null) {
                            apply(notifications);
                        }
                    }
                } finally {
                    cache.listening(false);
                    unlisten(connection);
                }
            } catch (SQLException | RuntimeException e) {
                // not listening: never started, or stopped by the finally above
                if (running) {
                    log.warn("Public pages are not kept: the database's changes cannot be heard ({}). Trying again"
                            + " in {} s.", e.getMessage(), backoff.toSeconds());
                    sleep(backoff);
                    Duration doubled = backoff.multipliedBy(2);
                    backoff = doubled.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : doubled;
                }
            }
        }
    }

    /** A pooled connection goes back without listening: nobody would read what it hears, and it would pile up. */
    private static void unlisten(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("unlisten *");
        } catch (SQLException e) {
            log.debug("unlisten failed on a connection that is going anyway", e);
        }
    }

    /** Each message: '*', or body slugs and single pages ('slug/moties/url_key'), comma-separated. */
    private void apply(PGNotification[] notifications) {
        Set<String> slugs = new HashSet<>();
        Set<String> pages = new HashSet<>();
        for (PGNotification notification : notifications) {
            String payload = notification.getParameter();
            if ("*".equals(payload)) {
                cache.evictAll();
                events.publishEvent(new PublicDataChanged(Set.of(), true));
                return;
            }
            for (String entry : payload.split(",")) {
                if (entry.indexOf('/') > 0) {
                    pages.add("/" + entry);
                } else if (!entry.isEmpty()) {
                    slugs.add(entry);
                }
            }
        }
        if (!slugs.isEmpty()) {
            cache.evict(slugs);
            events.publishEvent(new PublicDataChanged(Set.copyOf(slugs), false));
        }
        if (!pages.isEmpty()) {
            cache.evictPages(pages);
        }
    }

    private void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
