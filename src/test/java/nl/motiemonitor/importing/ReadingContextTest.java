package nl.motiemonitor.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class ReadingContextTest {

    @Test
    void warningsStopAtTheMaximumWithOneMore() {
        ReadingContext ctx = StageTexts.lines("tekst");
        for (int i = 0; i < 80; i++) {
            ctx.warn("reader.warning.noText");
        }
        assertThat(ctx.warnings).hasSize(ReadingContext.MAX_WARNINGS + 1);
        assertThat(ctx.warnings.get(ReadingContext.MAX_WARNINGS)).isEqualTo(ReaderMessage.of("reader.warning.more"));
    }

    @Test
    void joinedLinesLeaveOutMarkersAndAsterisksAndMendHyphenatedWords() {
        ReadingContext ctx = StageTexts.lines("het **bestuur-\nlijke** besluit¹ valt");
        ctx.markers.put(ctx.t.indexOf('¹'), new Marker(ctx.t.indexOf('¹'), ctx.t.indexOf('¹') + 1, "1", "besluit"));
        Joined j = new Joined();
        for (Line l : ctx.lines) {
            ctx.appendLine(j, l, l.trimmedStart(), l.end);
        }
        assertThat(j.toString()).isEqualTo("het bestuurlijke besluit valt");
        assertThat(j.span(4, 16)).isEqualTo(new Span(6, 20));
    }

    @Test
    void cleanPutsOneSpaceBetweenWords() {
        assertThat(StageTexts.lines("").clean("  a \t b\n c ")).isEqualTo("a b c");
    }

    @Test
    void matchersStopAtTheDeadline() throws Exception {
        ReadingContext ctx = new ReadingContext("x", List.of(), ReadingDeadline.after(Duration.ofMillis(1)));
        Thread.sleep(20);
        assertThatThrownBy(() -> ctx.finds(Pattern.compile("b"), "a".repeat(100_000)))
                .isInstanceOf(ReadingTooSlowException.class);
    }
}
