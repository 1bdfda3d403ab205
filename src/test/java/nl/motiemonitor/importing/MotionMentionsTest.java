package nl.motiemonitor.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import nl.motiemonitor.importing.ReadDocument.Outcome;

class MotionMentionsTest {

    private static FirstStages first;

    private static MotionMentions read(String text) {
        first = StageTexts.first(text);
        MotionMentions mentions = new MotionMentions(first.ctx(), first.header(), first.names());
        mentions.read();
        return mentions;
    }

    @Test
    void motionsTheLetterSaysSomethingOfAndAReferenceToAnother() {
        MotionMentions mentions = read("""
                Geachte raad,

                Uw raad heeft op 3 juni 2022 bij de behandeling van de "Kadernota 2023" de motie "Groen dak" (M 12) van de raadsleden Jansen (GL) en De Boer (PvdA) aangenomen. Op dezelfde dag is de motie 'Blauwe zone' (M 13) verworpen.
                Eerder vroeg ook de motie 'Oud nieuws' (RIS 111111) om iets dergelijks.
                """);
        assertThat(mentions.motions).extracting(m -> m.title.value()).containsExactly("Groen dak", "Blauwe zone");
        MotionDraft first = mentions.motions.get(0);
        assertThat(first.number.value()).isEqualTo("M 12");
        assertThat(first.debate.value()).isEqualTo("Kadernota 2023");
        assertThat(first.sponsors).extracting(Sourced::value).containsExactly("Jansen", "De Boer");
        assertThat(first.adoptedOn.value()).isEqualTo(LocalDate.of(2022, 6, 3));
        assertThat(mentions.motions.get(1).outcome.value()).isEqualTo(Outcome.REJECTED);
        assertThat(mentions.otherReferences).extracting(Sourced::value).contains("Oud nieuws", "RIS111111");
    }

    @Test
    void aMotionMentionedAgainIgnoringCaseAddsToTheFirstMention() {
        MotionMentions mentions = read("De motie 'Groen dak' is bekend. Op 3 juni 2022 is de motie 'GROEN DAK' aangenomen.\n");
        assertThat(mentions.motions).singleElement().satisfies(m -> {
            assertThat(m.title.value()).isEqualTo("Groen dak");
            assertThat(m.outcome.value()).isEqualTo(Outcome.ADOPTED);
        });
    }

    @Test
    void aBlockOfClausesWithoutAMotionNamedBeforeItIsAMotionOfItsOwn() {
        MotionMentions mentions = read("Motie\n\nOverwegende dat het gras groen is;\n\nen gaat over tot de orde van de dag.\n");
        mentions.finish(first.clauses(), first.motionDocument());
        assertThat(mentions.motions).singleElement().satisfies(m -> {
            assertThat(m.clauses).extracting(ReadDocument.Clause::text).containsExactly("het gras groen is;");
            assertThat(m.at).isEqualTo(first.ctx().t.indexOf("Overwegende"));
        });
    }

    @Test
    void aNumberBelongsToAMotionOnlyWhenTheSentenceNamesOne() {
        assertThat(MotionMentions.oneOrTwoDigits("12")).isTrue();
        assertThat(MotionMentions.oneOrTwoDigits("123")).isFalse();
        assertThat(MotionMentions.ignoringCase("GROEN Dak")).isEqualTo(MotionMentions.ignoringCase("groen dAK"));
    }

    @Test
    void aMotionNamedWithoutQuotesAndItsNumberInBrackets() {
        String text = """
                Geachte leden van de raad,

                In uw vergadering van 9 november 2023 heeft u de motie Groene schoolpleinen (M2023-45) aangenomen. In 2019 (2019) vroeg u al iets (3).
                """;
        MotionMentions mentions = read(text);

        assertThat(mentions.motions).hasSize(1);
        MotionDraft m = mentions.motions.get(0);
        assertThat(m.number.value()).isEqualTo("M2023-45");
        assertThat(m.title.value()).isEqualTo("Groene schoolpleinen");
        assertThat(m.title.source().of(first.ctx().t)).isEqualTo("Groene schoolpleinen");
    }

    @Test
    void theMotionASubjectNamesByNumber() {
        String text = "Onderwerp: Afdoening motie M2023-45 Groene schoolpleinen\nDatum: 1 maart 2024\n\nGeachte raad,\n\n"
                + "Hierbij beschouwen wij de motie als afgedaan.\n";
        MotionMentions mentions = read(text);

        assertThat(mentions.motions).extracting(m -> m.number.value()).containsExactly("M2023-45");
        assertThat(mentions.motions.get(0).number.source().of(first.ctx().t)).isEqualTo("M2023-45");
    }

    @Test
    void aMotionNamedWithItsNumberBeforeItsQuotedTitle() {
        String text = "Geachte Statenleden,\n\nMet deze brief geven wij uitvoering aan motie M12 'Natuurinclusief bouwen' "
                + "die u op 7 juli 2023 heeft aangenomen.\n";
        MotionMentions mentions = read(text);

        assertThat(mentions.motions).hasSize(1);
        assertThat(mentions.motions.get(0).title.value()).isEqualTo("Natuurinclusief bouwen");
        assertThat(mentions.motions.get(0).number.value()).isEqualTo("M12");
        assertThat(mentions.motions.get(0).number.source().of(first.ctx().t)).isEqualTo("M12");
    }
}
