package nl.motiemonitor.staff;

import static nl.motiemonitor.staff.StaffMotionTest.location;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import nl.motiemonitor.importing.HostilePdfs;
import nl.motiemonitor.importing.TestPdfs;
import nl.motiemonitor.testsupport.MotiemonitorTest;
import nl.motiemonitor.testsupport.PortalPulse;
import nl.motiemonitor.testsupport.StaffClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The hostile corpus of issue 12, through the portal's import: decompression bombs, deep nesting, 10,000 pages, broken
 * cross-reference tables, JavaScript and XFA, encryption, a megabyte on one line, the lines that made the reader
 * backtrack, random bytes, zero bytes, mixed encodings. Each gets a Dutch message or a reading within the time budget
 * (3 s here), nothing of it is stored (a reading is thrown away again), and while it is read the portal keeps
 * answering: /actuator/health and /den-haag each within a second.
 */
@MotiemonitorTest
@TestPropertySource(properties = {"motiemonitor.import.time-budget=3s", "motiemonitor.import.queue-wait=500ms"})
class HostileDocumentsTest {

    private static final Duration BUDGET = Duration.ofSeconds(3);
    /** Beyond the budget: a child JVM's start, and the request around it. */
    private static final Duration SLACK = Duration.ofSeconds(3);
    private static final String IMPORT = "/beheer/den-haag/import";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ImportReadings readings;

    private StaffClient clerk;

    /** What the portal is to do with a document: refuse it with a message containing this, or read it. */
    record Hostile(String name, Supplier<List<StaffClient.Upload>> files, String pasted, String message) {

        boolean read() {
            return message == null;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Hostile> corpus() {
        return Stream.of(
                // decompression bombs: refused before PDFBox decodes them
                pdf("800 MB of zeros in 829 KB, as the page", () -> HostilePdfs.bomb(800), "uitgepakt groter"),
                pdf("800 MB of zeros behind two filters", () -> HostilePdfs.bombBehindTwoFilters(800), "uitgepakt groter"),
                pdf("800 MB of zeros as the embedded font", () -> HostilePdfs.bombInAFont(800), "uitgepakt groter"),
                pdf("800 MB of zeros as a form on the page", () -> HostilePdfs.bombInAForm(800), "uitgepakt groter"),
                pdf("800 MB of zeros said to be an image", () -> HostilePdfs.bombMarkedAsImage(800), "uitgepakt groter"),
                pdf("12 GB of zeros in 12 MB", () -> HostilePdfs.bomb(12_000), "uitgepakt groter"),
                pdf("60 MB of text operators on one page", () -> HostilePdfs.heavyPage(60), "duurde langer dan 3 seconden"),
                // structure
                pdf("arrays nested 100,000 deep", () -> HostilePdfs.deepArrays(100_000), "Geen tekst gevonden"),
                pdf("dictionaries nested 50,000 deep", () -> HostilePdfs.deepDictionaries(50_000), "Geen tekst gevonden"),
                pdf("10,000 pages", () -> HostilePdfs.pages(10_000), "De PDF heeft 10000 pagina"),
                pdf("600 pages", () -> HostilePdfs.pages(600), "De PDF heeft 600 pagina"),
                pdf("a page tree that says 1 and has 10,000", () -> HostilePdfs.lyingPageCount(10_000), null),
                pdf("a page tree that contains itself", HostilePdfs::cyclicPageTree, null),
                pdf("an object that is itself", HostilePdfs::selfReference, null),
                pdf("a form that draws itself", HostilePdfs::recursiveForm, null),
                pdf("a cross-reference table pointing nowhere", HostilePdfs::brokenXref, null),
                pdf("no cross-reference table", HostilePdfs::noXref, null),
                pdf("a cross-reference table that is its own predecessor", HostilePdfs::xrefLoop, null),
                pdf("a stream of 999,999,999,999 bytes", HostilePdfs::lyingLengths, null),
                pdf("a stream of -5 bytes", HostilePdfs::negativeLength, null),
                pdf("the first half of a PDF", HostilePdfs::truncated, "Geen tekst gevonden"),
                pdf("only the header", HostilePdfs::headerOnly, "beschadigd"),
                pdf("JavaScript that runs on opening", HostilePdfs::javaScript, null),
                pdf("an XFA form", HostilePdfs::xfa, null),
                pdf("encrypted with a password", () -> TestPdfs.encrypted("Geachte raad, dit is geheim."), "wachtwoord"),
                pdf("pages without text, as a scan", () -> TestPdfs.blankPages(3), "Geen tekst gevonden"),
                pdf("a kilobyte of junk before the header", () -> concat(new byte[1000], HostilePdfs.letter()), null),
                pdf("the backtracking line, in a PDF", () -> TestPdfs.fromText("Motie\n\nOverwegende dat\nhet zo is;\n"
                        + "a" + "en".repeat(40) + " x\n", 60), null),
                file("a PDF called .txt", "brief.txt", HostilePdfs::letter, null),
                // text files
                file("a megabyte on one line", "regel.txt", () -> "de motie is hiermee niet afgedaan ".repeat(31_000)
                        .getBytes(StandardCharsets.UTF_8), null),
                file("a megabyte of 'en' on one line", "en.txt", () -> "en".repeat(500_000).getBytes(StandardCharsets.UTF_8),
                        null),
                file("the backtracking line of the issue", "lijn.txt", () -> ("a" + "en".repeat(90) + " x")
                        .getBytes(StandardCharsets.UTF_8), null),
                file("20,000 motions, one sentence each", "moties.txt", () -> IntStream.range(0, 20_000)
                        .mapToObj(i -> "De motie 'titel " + i + "' is aangenomen. ").collect(Collectors.joining())
                        .getBytes(StandardCharsets.UTF_8), null),
                file("20,000 footnote bodies", "voetnoten.txt", () -> IntStream.range(0, 20_000)
                        .mapToObj(i -> "1 Zie de brief " + i + ".\n").collect(Collectors.joining())
                        .getBytes(StandardCharsets.UTF_8), null),
                file("a megabyte of random bytes", "ruis.bin", () -> random(1 << 20), "geen PDF en geen tekst"),
                file("zero bytes", "leeg.txt", () -> new byte[0], "Het bestand is leeg."),
                file("a megabyte of NUL bytes", "nul.txt", () -> new byte[1 << 20], "geen PDF en geen tekst"),
                file("UTF-8 and windows-1252 mixed", "gemengd.txt", () -> concat(
                        "Geachte raad, de motie over het café is uitgevoerd.\n".getBytes(StandardCharsets.UTF_8),
                        "Met vriendelijke groet, de wethouder van Financiën\n".getBytes(Charset.forName("windows-1252"))),
                        null),
                file("UTF-16 with a byte order mark", "utf16.txt", () -> "Geachte raad, hierbij de brief."
                        .getBytes(StandardCharsets.UTF_16), "geen PDF en geen tekst"),
                file("text called .pdf", "brief.pdf", () -> "Geachte raad".getBytes(StandardCharsets.UTF_8), "geen PDF"),
                file("control characters", "binair.txt", () -> "\u0001\u0002\u0003abc".repeat(10_000)
                        .getBytes(StandardCharsets.ISO_8859_1), "geen PDF en geen tekst"),
                file("a byte over 20 MB", "groot.txt", () -> filled(20 * 1024 * 1024 + 1), "te groot"),
                // pasted
                pasted("the backtracking line, pasted", "a" + "en".repeat(90) + " x", null),
                pasted("the backtracking line in capitals, pasted", "Motie\n\nConstaterende dat\nhet zo is;\nA"
                        + "EN".repeat(90) + " x", null),
                pasted("500,001 characters, pasted", "x".repeat(500_001), "te lang"));
    }

    private static Hostile pdf(String name, Supplier<byte[]> content, String message) {
        return file(name, "document.pdf", content, message);
    }

    private static Hostile file(String name, String fileName, Supplier<byte[]> content, String message) {
        return new Hostile(name, () -> List.of(new StaffClient.Upload("bestanden", fileName, "application/octet-stream",
                content.get())), null, message);
    }

    private static Hostile pasted(String name, String text, String message) {
        return new Hostile(name, List::of, text, message);
    }

    @BeforeEach
    void clerkAndWarmPages() {
        if (clerk == null) {
            clerk = StaffClient.clerk(port, jdbc, "den-haag");
        }
        new nl.motiemonitor.testsupport.PortalClient(port).get("/den-haag");
        new nl.motiemonitor.testsupport.PortalClient(port).get("/actuator/health", "application/json");
    }

    @Test
    void theCorpusHasAtLeastFortyDocuments() {
        assertThat(corpus()).hasSizeGreaterThanOrEqualTo(40);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void isRefusedInDutchOrReadWithinTheBudgetWhileThePortalAnswers(Hostile hostile) {
        long[] before = counts();
        List<StaffClient.Upload> files = hostile.files().get();
        clerk.get(IMPORT);
        HttpResponse<String> answer;
        Duration took;
        String review = null;
        try (PortalPulse pulse = PortalPulse.start(port, "/actuator/health", "/den-haag")) {
            long start = System.nanoTime();
            answer = clerk.postMultipart(IMPORT, files,
                    hostile.pasted() == null ? Map.of() : Map.of("tekst", hostile.pasted()));
            took = Duration.ofNanos(System.nanoTime() - start);
            if (hostile.read()) {
                long reviewStart = System.nanoTime();
                review = clerk.get(location(answer)).body();
                assertThat(Duration.ofNanos(System.nanoTime() - reviewStart)).as("review of " + hostile)
                        .isLessThan(BUDGET);
            }
            pulse.close();
            assertThat(pulse.problems()).as(hostile + ": the portal's answers").isEmpty();
            assertThat(pulse.answers()).as(hostile.name()).isPositive();
            assertThat(pulse.slowest()).as(hostile + ": slowest answer, " + pulse.slowestPath())
                    .isLessThan(Duration.ofSeconds(1));
        }
        assertThat(took).as(hostile + ": time to answer").isLessThan(BUDGET.plus(SLACK));
        if (hostile.read()) {
            assertThat(review).as(hostile.name()).contains("Er is nog niets opgeslagen.").doesNotContain("Exception");
            clerk.post(location(answer) + "/verwijderen", Map.of());
        } else {
            assertThat(answer.statusCode()).as(hostile.name()).isEqualTo(200);
            assertThat(answer.body()).as(hostile.name()).contains("utrecht-alert--error", hostile.message())
                    .doesNotContain("Exception", "at nl.motiemonitor");
        }
        assertThat(counts()).as(hostile + ": pending imports, letters, motions").containsExactly(before);
    }

    /** The queue: with both turns taken, a document is refused after the wait, in Dutch, and nothing is kept. */
    @Test
    void whenEveryTurnIsTakenTheClerkIsAskedToTryAgainAndNothingIsKept() throws Exception {
        long[] before = counts();
        List<ReadingQueue.Turn> taken = new ArrayList<>();
        try {
            taken.add(readings.queue().take());
            taken.add(readings.queue().take());
            clerk.get(IMPORT);
            HttpResponse<String> busy = clerk.postMultipart(IMPORT, List.of(new StaffClient.Upload("bestanden",
                    "brief.pdf", "application/pdf", HostilePdfs.letter())), Map.of("tekst", "Geachte raad,"));
            assertThat(busy.body()).contains("Er worden nu te veel documenten tegelijk gelezen; probeer het over een "
                    + "minuut opnieuw.", "Geachte raad,");
            assertThat(counts()).containsExactly(before);
        } finally {
            taken.forEach(ReadingQueue.Turn::close);
        }
        clerk.get(IMPORT);
        HttpResponse<String> read = clerk.postMultipart(IMPORT, List.of(), Map.of("tekst", "Geachte raad, de brief."));
        clerk.post(location(read) + "/verwijderen", Map.of());
        assertThat(counts()).containsExactly(before);
    }

    private long[] counts() {
        return Stream.of("pending_imports", "letters", "motions")
                .mapToLong(table -> jdbc.queryForObject("select count(*) from " + table, Long.class)).toArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(12).nextBytes(bytes);
        return bytes;
    }

    private static byte[] filled(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 'a');
        return bytes;
    }
}
