package nl.motiemonitor.importing;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.motiemonitor.importing.DocumentExtractor.ExtractedText;
import nl.motiemonitor.importing.DocumentExtractor.Format;
import nl.motiemonitor.importing.DocumentReadException.Reason;

/**
 * Reads a PDF in a child JVM ({@link PdfTextChild}), so that a hostile PDF cannot take the portal's heap or keep one
 * of its threads (issue 12.5): PDFBox ignores interrupts, and an {@link OutOfMemoryError} in the portal would end it
 * (the Docker image exits on one). The child gets the document as a file of its own, its own small heap, one
 * processor, and the time left; at the deadline it is killed ({@code destroyForcibly}) with all it started.
 * <p>
 * The child runs the same code as the portal: with the application's class path as it is ({@code spring-boot:run},
 * tests, an IDE), or through Spring Boot's launcher when the portal runs from its jar ({@code java -jar
 * motiemonitor.jar extract-pdf-text …}, or the exploded jar of a layered image).
 */
final class PdfTextProcess {

    private static final Logger log = LoggerFactory.getLogger(PdfTextProcess.class);
    private static final Pattern HEAP = Pattern.compile("\\d{1,6}[kKmMgG]?");
    /** Exit code of a JVM that ran out of memory with {@code -XX:+ExitOnOutOfMemoryError}. */
    static final int OUT_OF_MEMORY = 3;
    private static final int STDERR_TAIL = 4096;

    private final String heap;

    PdfTextProcess(String heap) {
        if (heap == null || !HEAP.matcher(heap).matches()) {
            throw new IllegalArgumentException("Ongeldige heap voor het lezen van PDF's: " + heap + " (bijvoorbeeld 256m)");
        }
        this.heap = heap;
    }

    String heap() {
        return heap;
    }

    ExtractedText read(byte[] content, int maxPages, ReadingDeadline deadline) throws DocumentReadException {
        Path directory = null;
        Process process = null;
        try {
            directory = Files.createTempDirectory("motiemonitor-pdf-");
            Path pdf = Files.write(directory.resolve("document.pdf"), content);
            Path output = directory.resolve("text.txt");
            ProcessBuilder builder = new ProcessBuilder(command(pdf, maxPages, deadline.remaining(), directory))
                    .redirectOutput(output.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
            environment(builder.environment());
            process = builder.start();
            process.getOutputStream().close();
            StringBuilder stderr = drain(process.getErrorStream());
            if (!process.waitFor(Math.max(1, deadline.remaining().toMillis()), TimeUnit.MILLISECONDS)) {
                kill(process);
                throw PdfText.tooSlow(deadline);
            }
            int exit = process.exitValue();
            if (exit == 0) {
                return result(output);
            }
            if (exit == OUT_OF_MEMORY) {
                throw PdfText.tooHeavy(null);
            }
            if (exit == PdfTextChild.HALTED) {
                throw PdfText.tooSlow(deadline);
            }
            synchronized (stderr) {
                log.warn("Reading a PDF in a child JVM ended with exit code {}: {}", exit, stderr.toString().strip());
            }
            throw new DocumentReadException(Reason.CORRUPT, ReaderMessage.of("reader.pdf.childFailed"));
        } catch (IOException e) {
            log.warn("Could not read a PDF in a child JVM", e);
            throw new DocumentReadException(Reason.UNREADABLE, ReaderMessage.of("reader.pdf.childNotStarted"), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PdfText.tooSlow(deadline);
        } finally {
            if (process != null && process.isAlive()) {
                kill(process);
            }
            delete(directory);
        }
    }

    /** The child's answer: "OK pages" and the text, or a {@link #failure}. */
    private static ExtractedText result(Path output) throws IOException, DocumentReadException {
        return answer(Files.readString(output, StandardCharsets.UTF_8));
    }

    static ExtractedText answer(String answer) throws IOException, DocumentReadException {
        int newline = answer.indexOf('\n');
        String head = newline < 0 ? answer : answer.substring(0, newline);
        String body = newline < 0 ? "" : answer.substring(newline + 1);
        if (head.startsWith("OK ")) {
            return new ExtractedText(body, Format.PDF, Integer.parseInt(head.substring(3).strip()));
        }
        if (head.startsWith("FAIL ")) {
            String[] reasonAndCode = head.substring(5).strip().split(" ", 2);
            List<Object> arguments = new ArrayList<>();
            for (String line : body.isEmpty() ? List.<String>of() : List.of(body.split("\n", -1))) {
                arguments.add(line.startsWith("#") ? new java.math.BigDecimal(line.substring(1)) : line.substring(1));
            }
            throw new DocumentReadException(Reason.valueOf(reasonAndCode[0]),
                    new ReaderMessage(reasonAndCode[1], arguments));
        }
        throw new IOException("Unexpected answer of the PDF reader: " + head);
    }

    /**
     * How the child says why it could not read the PDF: {@code FAIL <reason> <message code>}, then per argument a line,
     * {@code #} and a number or {@code '} and text (on one line). The portal says the message in the clerk's language.
     */
    static String failure(DocumentReadException e) {
        StringBuilder answer = new StringBuilder("FAIL " + e.reason().name() + " " + e.message().code());
        for (Object argument : e.message().arguments()) {
            answer.append('\n').append(argument instanceof Number number
                    ? "#" + new java.math.BigDecimal(number.toString()).toPlainString()
                    : "'" + argument.toString().replaceAll("\\R", " "));
        }
        return answer.toString();
    }

    List<String> command(Path pdf, int maxPages, Duration budget, Path directory) {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.add("-Xmx" + heap);
        command.add("-Xss4m");
        command.add("-XX:+ExitOnOutOfMemoryError");
        command.add("-XX:+UseSerialGC");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:ActiveProcessorCount=1");
        command.add("-XX:-UsePerfData");
        command.add("-XX:ErrorFile=" + directory.resolve("hs_err.log"));
        command.add("-Djava.awt.headless=true");
        command.add("-Dfile.encoding=UTF-8");
        command.add("-Djava.io.tmpdir=" + directory);
        command.add("-Dpdfbox.fontcache=" + fontCache());
        command.addAll(launch());
        command.add(pdf.toString());
        command.add(String.valueOf(maxPages));
        command.add(String.valueOf(Math.max(1, budget.toMillis())));
        return command;
    }

    /**
     * Where PDFBox keeps its list of the system's fonts, built on first use: where the portal's would be (its home,
     * else the temporary folder), not in the child's own folder, which goes with the child.
     */
    private static String fontCache() {
        String configured = System.getProperty("pdfbox.fontcache");
        if (configured != null) {
            return configured;
        }
        String home = System.getProperty("user.home");
        return home != null && Files.isWritable(Path.of(home)) ? home : System.getProperty("java.io.tmpdir");
    }

    /** The same java the portal runs on. */
    private static String java() {
        return ProcessHandle.current().info().command()
                .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /**
     * How to start {@link PdfTextChild} with the portal's own code: its class directly on the class path, or, when the
     * portal was started by Spring Boot's launcher, through the same launcher and the application's command.
     */
    static List<String> launch() {
        String classPath = System.getProperty("java.class.path", "");
        ClassLoader loader = PdfTextChild.class.getClassLoader();
        boolean bootLauncher = loader != null && loader.getClass().getName().startsWith("org.springframework.boot.loader.");
        if (!bootLauncher) {
            return List.of(PdfTextChild.class.getName());
        }
        String[] entries = classPath.split(Pattern.quote(File.pathSeparator));
        if (entries.length == 1 && entries[0].endsWith(".jar")) {
            return List.of("-jar", entries[0], PdfTextChild.NAME);
        }
        return List.of("org.springframework.boot.loader.launch.JarLauncher", PdfTextChild.NAME);
    }

    /** The class path through the environment (no length limit on the command line), and no options of the portal's. */
    private static void environment(Map<String, String> environment) {
        environment.remove("JAVA_TOOL_OPTIONS");
        environment.remove("JDK_JAVA_OPTIONS");
        environment.remove("_JAVA_OPTIONS");
        environment.put("CLASSPATH", System.getProperty("java.class.path", ""));
    }

    /** Reads the child's standard error on a thread of its own, keeping the last few kilobytes for the log. */
    private static StringBuilder drain(InputStream stderr) {
        StringBuilder tail = new StringBuilder();
        Thread reader = new Thread(() -> {
            byte[] buffer = new byte[4096];
            try (stderr) {
                int n;
                while ((n = stderr.read(buffer)) > 0) {
                    synchronized (tail) {
                        tail.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                        if (tail.length() > STDERR_TAIL) {
                            tail.delete(0, tail.length() - STDERR_TAIL);
                        }
                    }
                }
            } catch (IOException e) {
                // the child was killed
            }
        }, "pdf-text-stderr");
        reader.setDaemon(true);
        reader.start();
        return tail;
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void delete(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            log.warn("Could not remove the temporary files of a PDF in {}", directory, e);
        }
    }
}
