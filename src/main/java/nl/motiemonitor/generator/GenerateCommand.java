package nl.motiemonitor.generator;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

import org.flywaydb.core.Flyway;

/**
 * {@code java -jar motiemonitor.jar generate --url jdbc:postgresql://… [--user …] [--password …] [--bodies 400]
 * [--motions 300000] [--commitments 100000] [--letters 400000] [--seed 42]}: migrates the database with Flyway
 * (the same migrations the portal runs) and fills it with a synthetic country. The database must have no bodies
 * yet. Starts no Spring and no web server. Exit code 0 on success, 1 when generating failed, 2 on a usage error.
 */
public final class GenerateCommand {

    public static final String NAME = "generate";

    private GenerateCommand() {
    }

    public static int runFromMain(String[] args) {
        // Without Spring, Logback would log Flyway and the driver at DEBUG: only warnings, please.
        if (org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
                instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
        return run(args, System.out, System.err);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        String url = System.getenv("SPRING_DATASOURCE_URL");
        String user = System.getenv("SPRING_DATASOURCE_USERNAME");
        String password = System.getenv("SPRING_DATASOURCE_PASSWORD");
        GeneratorOptions defaults = GeneratorOptions.NATIONAL;
        int bodies = defaults.bodies();
        int motions = defaults.motions();
        int commitments = defaults.commitments();
        int letters = defaults.letters();
        long seed = defaults.seed();
        try {
            for (int i = 0; i < args.length; i++) {
                String option = args[i];
                if (option.equals("--help") || option.equals("-h")) {
                    usage(out);
                    return 0;
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("Optie " + option + " mist een waarde.");
                }
                String value = args[++i];
                switch (option) {
                    case "--url" -> url = value;
                    case "--user" -> user = value;
                    case "--password" -> password = value;
                    case "--bodies" -> bodies = Integer.parseInt(value);
                    case "--motions" -> motions = Integer.parseInt(value);
                    case "--commitments" -> commitments = Integer.parseInt(value);
                    case "--letters" -> letters = Integer.parseInt(value);
                    case "--seed" -> seed = Long.parseLong(value);
                    default -> throw new IllegalArgumentException("Onbekende optie: " + option);
                }
            }
            if (url == null || url.isBlank()) {
                throw new IllegalArgumentException("Geef de database met --url (of SPRING_DATASOURCE_URL).");
            }
            GeneratorOptions options = new GeneratorOptions(bodies, motions, commitments, letters, seed);
            long start = System.nanoTime();
            Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();
            out.println("Database gemigreerd.");
            try (Connection connection = DriverManager.getConnection(url, user, password)) {
                GenerationResult result = new NationalDataGenerator(options, out::println).generate(connection);
                out.println("Geladen:");
                for (Map.Entry<String, Long> table : result.rows().entrySet()) {
                    out.printf("  %-20s %,11d%n", table.getKey(), table.getValue());
                }
            }
            out.printf("Klaar in %.1f s (seed %d).%n", (System.nanoTime() - start) / 1e9, seed);
            return 0;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            usage(err);
            return 2;
        } catch (SQLException | RuntimeException e) {
            err.println("Genereren mislukt: " + e.getMessage());
            return 1;
        }
    }

    private static void usage(PrintStream out) {
        out.println("Gebruik: java -jar motiemonitor.jar " + NAME + " --url jdbc:postgresql://HOST:POORT/DATABASE"
                + " [--user NAAM] [--password WACHTWOORD] [--bodies 400] [--motions 300000]"
                + " [--commitments 100000] [--letters 400000] [--seed 42]");
        out.println("Migreert de database en vult haar met een synthetisch land. De database mag nog geen organen"
                + " bevatten.");
    }
}
