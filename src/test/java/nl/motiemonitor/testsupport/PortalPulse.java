package nl.motiemonitor.testsupport;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Asks the portal, over and over on a thread of its own, for pages anyone may ask for, and remembers the slowest
 * answer and every answer that was not 200: whether the portal keeps answering while something else keeps it busy.
 */
public final class PortalPulse implements AutoCloseable {

    private final PortalClient client;
    private final List<String> paths;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<String> problems = new ArrayList<>();
    private final Thread thread;
    private Duration slowest = Duration.ZERO;
    private String slowestPath = "";
    private int answers;

    private PortalPulse(int port, List<String> paths) {
        this.client = new PortalClient(port);
        this.paths = paths;
        this.thread = new Thread(this::beat, "portal-pulse");
        this.thread.setDaemon(true);
    }

    /** Starts asking for these paths in turn, every 100 ms. */
    public static PortalPulse start(int port, String... paths) {
        PortalPulse pulse = new PortalPulse(port, List.of(paths));
        pulse.thread.start();
        return pulse;
    }

    /** Asks at least once, however soon it is closed. */
    private void beat() {
        int i = 0;
        do {
            String path = paths.get(i++ % paths.size());
            long start = System.nanoTime();
            try {
                HttpResponse<String> response = client.get(path, path.startsWith("/actuator") ? "application/json" : "text/html");
                record(path, Duration.ofNanos(System.nanoTime() - start), response.statusCode());
            } catch (RuntimeException e) {
                if (!running.get()) {
                    return; // interrupted by close()
                }
                synchronized (this) {
                    problems.add(path + ": " + e);
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        } while (running.get());
    }

    private synchronized void record(String path, Duration took, int status) {
        answers++;
        if (took.compareTo(slowest) > 0) {
            slowest = took;
            slowestPath = path;
        }
        if (status != 200) {
            problems.add(path + ": " + status);
        }
    }

    @Override
    public void close() {
        running.set(false);
        synchronized (this) {
            if (answers > 0) {
                thread.interrupt(); // no need to finish the next question
            }
        }
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public synchronized Duration slowest() {
        return slowest;
    }

    public synchronized String slowestPath() {
        return slowestPath;
    }

    public synchronized int answers() {
        return answers;
    }

    public synchronized List<String> problems() {
        return List.copyOf(problems);
    }
}
