package nl.motiemonitor.database;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * For {@code bench/run.sh} only (not a test): starts the embedded PostgreSQL 18 of the portal on a fixed data
 * directory and port, prints {@code JDBC_URL=…} and keeps it running until the process is stopped (SIGTERM stops
 * PostgreSQL cleanly).
 * <p>
 * {@code java -cp target/test-classes:target/classes:<test classpath> nl.motiemonitor.database.BenchDatabase
 * target/bench/pg 54330 motiemonitor_bench}
 */
public final class BenchDatabase {

    private BenchDatabase() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path directory = Path.of(args.length > 0 ? args[0] : "target/bench/pg");
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 54330;
        String database = args.length > 2 ? args[2] : "motiemonitor_bench";
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(directory, port, database);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                System.err.println("Stopping PostgreSQL failed: " + e.getMessage());
            } finally {
                stopped.countDown();
            }
        }));
        System.out.println("JDBC_URL=" + server.jdbcUrl());
        System.out.flush();
        stopped.await();
    }
}
