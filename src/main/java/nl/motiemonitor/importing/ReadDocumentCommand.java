package nl.motiemonitor.importing;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * {@code java -jar motiemonitor.jar read-document FILE...}: reads each file (PDF or text) and prints one JSON object
 * per line. Exit code 0 when every file was read, 1 when any failed, 2 on a usage error. Starts no Spring, no server
 * and no database.
 */
public final class ReadDocumentCommand {

    public static final String NAME = "read-document";

    private ReadDocumentCommand() {
    }

    public static int run(String[] files, PrintStream out, PrintStream err) {
        if (files == null || files.length == 0) {
            err.println("Gebruik: java -jar motiemonitor.jar " + NAME + " BESTAND...");
            err.println("Leest elke PDF of elk tekstbestand en schrijft per bestand één JSON-object op een regel.");
            return 2;
        }
        for (String file : files) {
            if (file.startsWith("-")) {
                err.println("Onbekende optie: " + file);
                err.println("Gebruik: java -jar motiemonitor.jar " + NAME + " BESTAND...");
                return 2;
            }
        }
        // PDFs are read in this JVM, not in a child per file as the portal does (DocumentExtractor.isolated): this
        // process is the isolation. It reads the operator's own files, serves no one else, and ends with them; a PDF
        // that runs it out of memory ends only this command, which the operator sees. The same caps apply (decoded
        // streams at most 64 MB, the time budget per file), and a child JVM per file would double the run time.
        DocumentExtractor extractor = new DocumentExtractor();
        DocumentReader reader = new DocumentReader();
        boolean failed = false;
        for (String file : files) {
            try {
                Path path = Paths.get(file);
                if (!Files.isRegularFile(path)) {
                    throw new DocumentReadException(DocumentReadException.Reason.UNREADABLE,
                            ReaderMessage.of("reader.file.missing"));
                }
                DocumentExtractor.ExtractedText text = extractor.extract(path);
                out.println(ReadDocumentJson.line(file, reader.read(text.text())));
            } catch (DocumentReadException e) {
                failed = true;
                out.println(ReadDocumentJson.errorLine(file, e.getMessage()));
                err.println(file + ": " + e.getMessage());
            } catch (RuntimeException e) {
                failed = true;
                String message = "Onverwachte fout bij het lezen: " + e.getClass().getSimpleName();
                out.println(ReadDocumentJson.errorLine(file, message));
                err.println(file + ": " + message);
            }
        }
        out.flush();
        return failed ? 1 : 0;
    }

    /** Entry from {@code main}: log output (PDFBox warnings) goes to standard error, the JSON alone to standard out. */
    public static int runFromMain(String[] files) {
        PrintStream stdout = System.out;
        System.setOut(System.err);
        try {
            return run(files, stdout, System.err);
        } finally {
            System.setOut(stdout);
        }
    }
}
