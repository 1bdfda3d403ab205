package nl.motiemonitor.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reader's work grows with its text, not with its square (issue 12.4). Counted, not timed: the {@link ReadingDeadline}
 * counts how often it was looked at, which every matcher does per thousand characters it reads and every loop per
 * 256 steps. Each hostile text is read at n and at 4n units; 4n may cost about 4 times n, not 16.
 */
class ReadingWorkTest {

    static java.util.stream.Stream<Arguments> growingTexts() {
        return java.util.stream.Stream.of(
                grows("the backtracking line, longer", n -> "a" + "en".repeat(n / 10) + " x"),
                grows("names separated by commas", n -> "Motie\n\nOverwegende dat\niets;\n" + "A, ".repeat(n / 20) + "x"),
                grows("a party group followed by spaces", n -> ("De fractie" + " ".repeat(280) + "x\n").repeat(n / 100)),
                grows("'beschouw' in one word", n -> "beschouw".repeat(n)),
                grows("'acht' and 'motie' in one word", n -> ("acht" + "motie").repeat(n) + " niet"),
                grows("e-mail labels with long local parts", n -> ("E-mail: " + "a".repeat(150) + "\n").repeat(n / 50)),
                grows("brackets that never close", n -> "Motie\n\nVerzoekt het college\nte doen;\n\n"
                        + ("Jansen " + "(".repeat(1_900) + "\n").repeat(n / 500)),
                grows("a line of 'en'", n -> "en".repeat(n)),
                grows("a line of words", n -> "de motie is hiermee niet ".repeat(n / 10)),
                grows("footnote bodies", n -> IntStream.range(0, n / 10).mapToObj(i -> "1 Zie de brief " + i + ".\n")
                        .collect(Collectors.joining())),
                grows("one clause of many lines", n -> "Motie\n\nConstaterende dat\n" + "woord\n".repeat(n / 5)),
                grows("many blocks of clauses", n -> "Motie\n\n" + "Overwegende dat het zo is;\nHierbij iets anders.\n"
                        .repeat(n / 20)),
                grows("motions in one sentence", n -> "De raad heeft " + "motie 'titel' aangenomen en ".repeat(n / 20)
                        + "meer."),
                grows("different motions", n -> IntStream.range(0, n / 20)
                        .mapToObj(i -> "De motie 'titel " + i + "' is aangenomen. ").collect(Collectors.joining())),
                grows("motion numbers in one sentence", n -> "Wij doen de moties " + "motie 12, ".repeat(n / 10) + "af."),
                grows("a subject of many lines", n -> "Onderwerp\n" + IntStream.range(0, n / 10)
                        .mapToObj(i -> "woord" + i + "\n").collect(Collectors.joining())),
                grows("footnote markers in many clauses", n -> "Motie\n\nOverwegende dat\n"
                        + "- een woord¹ en nog een²;\n".repeat(n / 20) + "\n1 Noot.\n2 Noot.\n"),
                grows("dates", n -> "Datum: 1 januari 2020\n".repeat(n / 20)));
    }

    private static Arguments grows(String name, IntFunction<String> text) {
        return Arguments.of(name, text);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("growingTexts")
    void fourTimesTheTextIsAboutFourTimesTheWork(String name, IntFunction<String> text) {
        long small = work(text.apply(20_000));
        long large = work(text.apply(80_000));
        assertThat(large).as(name + ": work for 20,000 units was " + small).isLessThanOrEqualTo(6 * small + 50);
    }

    private static long work(String text) {
        ReadingDeadline deadline = ReadingDeadline.after(Duration.ofMinutes(10));
        ReadDocument read = new DocumentReader().read(text, deadline);
        assertThat(DocumentReader.tooSlow(read)).isFalse();
        return deadline.checks();
    }
}
