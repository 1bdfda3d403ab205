package nl.motiemonitor.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.function.Supplier;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Texts made to keep the reader busy (issue 12.4): lines that made a pattern backtrack, and documents that made a
 * stage go over the same lines again and again. Each is read well within a second or two, by the patterns and loops
 * themselves, not by the deadline ({@link ReadingDeadlineTest} stops whatever is slower). Sizes are such that a
 * stage that goes over the text once per line, sentence or motion takes ten times longer than allowed.
 */
class HostileTextTest {

    /** Far below the reader's 20 seconds: none of these may come near it. */
    private static final Duration QUICK = Duration.ofSeconds(3);

    static java.util.stream.Stream<Arguments> hostileTexts() {
        return java.util.stream.Stream.of(
                // the line of the issue: 22 s on 2026-12-05's main, growing with the fifth power of the "en"s
                text("a + 'en' x 90 + ' x'", () -> "a" + "en".repeat(90) + " x"),
                text("the same in capitals", () -> "A" + "EN".repeat(90) + " x"),
                text("the same as a plain heading in a motion", () -> "Motie\n\nConstaterende dat\nhet zo is;\n"
                        + "A" + "en".repeat(90) + " x\n"),
                text("a party group followed by spaces, 3,000 times", () -> ("De fractie" + " ".repeat(280) + "x\n")
                        .repeat(3_000)),
                text("'beschouw' repeated in one word", () -> "beschouw".repeat(60_000)),
                text("'acht' and 'motie' repeated in one word", () -> ("acht" + "motie").repeat(30_000) + " niet"),
                // documents that made a stage go over the same text once per line, item or motion
                text("one clause of 40,000 lines", () -> "Motie\n\nConstaterende dat\n" + "woord\n".repeat(40_000)),
                text("25,000 blocks of clauses", () -> "Motie\n\n"
                        + "Overwegende dat het zo is;\nHierbij iets anders.\n".repeat(25_000)),
                text("15,000 motions in one sentence", () -> "De raad heeft "
                        + "motie 'titel' aangenomen en ".repeat(15_000) + "meer."),
                text("footnote markers in 30,000 clauses", () -> "Motie\n\nOverwegende dat\n"
                        + "- een woord¹ en nog een²;\n".repeat(30_000) + "\n1 Noot.\n2 Noot.\n"),
                text("40,000 different dates, each a warning", () -> java.util.stream.IntStream.range(0, 40_000)
                        .mapToObj(i -> "Datum: " + (1 + i % 28) + " januari " + (1990 + i % 30) + "\n")
                        .collect(java.util.stream.Collectors.joining())));
    }

    private static Arguments text(String name, Supplier<String> text) {
        return Arguments.of(name, text);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileTexts")
    void isReadQuicklyAndCompletely(String name, Supplier<String> hostile) {
        String text = hostile.get();
        DocumentReader reader = new DocumentReader();
        ReadDocument read = assertTimeoutPreemptively(QUICK, () -> reader.read(text), name);
        assertThat(read.warnings()).as(name + ": stopped by the deadline").doesNotContain(DocumentReader.TOO_SLOW);
        assertThat(read.warnings()).as(name).hasSizeLessThanOrEqualTo(51);
    }
}
