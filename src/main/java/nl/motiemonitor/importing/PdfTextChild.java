package nl.motiemonitor.importing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The child JVM that reads one PDF for the portal ({@link PdfTextProcess}): {@code extract-pdf-text FILE MAX_PAGES
 * BUDGET_MILLIS}. It writes to standard output one line {@code OK <pages>} followed by the text, or
 * {@code FAIL <reason> <message code>} followed by the message's arguments, one a line
 * ({@link PdfTextProcess#failure}), and exits 0. It runs with a small heap and
 * {@code -XX:+ExitOnOutOfMemoryError} (exit code 3), and halts itself (exit code 4) a second after its budget, should
 * its parent not be there to stop it. Nothing else: no Spring, no database, no network.
 */
public final class PdfTextChild {

    public static final String NAME = "extract-pdf-text";
    static final int HALTED = 4;

    private PdfTextChild() {
    }

    public static void main(String[] args) {
        System.exit(runFromMain(args));
    }

    /** Entry from {@code main} (also of the application jar): PDFBox's log lines go to standard error, quietly. */
    public static int runFromMain(String[] args) {
        System.setProperty("org.apache.commons.logging.LogFactory", "org.apache.commons.logging.impl.LogFactoryImpl");
        System.setProperty("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.SimpleLog");
        System.setProperty("org.apache.commons.logging.simplelog.defaultlog", "error");
        PrintStream stdout = System.out;
        System.setOut(System.err);
        if (args.length != 3) {
            System.err.println("Gebruik: " + NAME + " BESTAND MAX_PAGINA'S TIJD_IN_MS");
            return 2;
        }
        Duration budget = Duration.ofMillis(Long.parseLong(args[2]));
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(budget.plusSeconds(1).toMillis());
            } catch (InterruptedException e) {
                return;
            }
            Runtime.getRuntime().halt(HALTED);
        }, "pdf-text-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        try (Writer out = new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8))) {
            try {
                DocumentExtractor.ExtractedText text = PdfText.read(Files.readAllBytes(Path.of(args[0])),
                        Integer.parseInt(args[1]), ReadingDeadline.after(budget));
                out.write("OK " + text.pages() + "\n");
                out.write(text.text());
            } catch (DocumentReadException e) {
                out.write(PdfTextProcess.failure(e));
            }
        } catch (IOException e) {
            System.err.println("Kan de PDF of de uitvoer niet lezen of schrijven: " + e.getMessage());
            return 1;
        }
        return 0;
    }
}
