package nl.motiemonitor.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A PDF's broken lines joined back into the letter's paragraphs. */
class LetterParagraphsTest {

    @Test
    void joinsTheLinesOfAParagraphAndKeepsParagraphsApart() {
        String pdf = """
                Op 25 november 2020 heeft uw raad de motie Toegang banenaanpak tijdens uitstappen
                aangenomen. Het college heeft de motie uitgevoerd en de resultaten besproken met de
                betrokken organisaties.

                Met deze brief beschouwt het college de motie als afgedaan.
                """;

        assertThat(LetterParagraphs.join(pdf)).isEqualTo("""
                Op 25 november 2020 heeft uw raad de motie Toegang banenaanpak tijdens uitstappen aangenomen. Het \
                college heeft de motie uitgevoerd en de resultaten besproken met de betrokken organisaties.

                Met deze brief beschouwt het college de motie als afgedaan.""");
    }

    @Test
    void linesSeparatedByBlankLinesInsideASentenceAreOneParagraph() {
        String pdf = "Het college heeft in de afgelopen maanden met alle betrokken partijen\n\ngesproken over de"
                + " uitvoering van de motie en de ont-\nwikkeling van een plan.\n\nDe resultaten volgen.";

        assertThat(LetterParagraphs.join(pdf)).isEqualTo("Het college heeft in de afgelopen maanden met alle"
                + " betrokken partijen gesproken over de uitvoering van de motie en de ontwikkeling van een plan."
                + "\n\nDe resultaten volgen.");
    }

    @Test
    void addressesListsAndSignaturesKeepTheirLines() {
        String pdf = """
                Aan de gemeenteraad
                Postbus 12600
                2500 DJ Den Haag

                Wij hebben het volgende gedaan:
                - een onderzoek naar zorg- en
                welzijnsinstellingen;
                - een enquête.

                Met vriendelijke groet,
                Het college van burgemeester en wethouders,
                de secretaris,
                """;

        assertThat(LetterParagraphs.join(pdf).split("\n\n")).containsExactly("Aan de gemeenteraad",
                "Postbus 12600", "2500 DJ Den Haag", "Wij hebben het volgende gedaan:",
                "- een onderzoek naar zorg- en welzijnsinstellingen;", "- een enquête.", "Met vriendelijke groet,",
                "Het college van burgemeester en wethouders,", "de secretaris,");
    }
}
