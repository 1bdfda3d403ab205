package nl.motiemonitor.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import nl.motiemonitor.importing.ReadDocument.Outcome;

class MentionSentencesTest {

    private static final String TEXT = "Eerst iets. Op 3 juni 2022 is de motie van het lid Jansen aangenomen. Hiermee is de motie afgedaan.";

    private final ReadingContext ctx = StageTexts.lines(TEXT);
    private final MentionSentences sentences = new MentionSentences(ctx, new Names(ctx), TEXT);

    @Test
    void theSentenceAroundAMention() {
        int motie = TEXT.indexOf("motie");
        assertThat(TEXT.substring(sentences.start(motie), sentences.end(motie + 5)))
                .isEqualTo("Op 3 juni 2022 is de motie van het lid Jansen aangenomen.");
        assertThat(sentences.start(3)).isZero();
        assertThat(sentences.end(TEXT.length() - 3)).isEqualTo(TEXT.length());
    }

    @Test
    void whatTheSentenceSaysOfTheMotion() {
        Joined j = new Joined();
        for (int i = 0; i < TEXT.length(); i++) {
            j.add(TEXT.charAt(i), i);
        }
        MotionDraft d = new MotionDraft();
        int motie = TEXT.indexOf("motie");
        sentences.describe(d, j, motie, motie + 5);
        assertThat(d.outcome.value()).isEqualTo(Outcome.ADOPTED);
        assertThat(d.outcome.source()).isEqualTo(new Span(TEXT.indexOf("aangenomen"), TEXT.indexOf("aangenomen") + 10));
        assertThat(d.adoptedOn.value()).isEqualTo(LocalDate.of(2022, 6, 3));
        assertThat(d.sponsors).extracting(Sourced::value).containsExactly("Jansen");
    }

    @Test
    void whetherTheSentenceAnswersTheMotion() {
        int last = TEXT.lastIndexOf("motie");
        assertThat(sentences.answered(last, last + 5)).isTrue();
        assertThat(sentences.answered(0, 5)).isFalse();
    }
}
