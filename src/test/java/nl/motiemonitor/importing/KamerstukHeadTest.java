package nl.motiemonitor.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KamerstukHeadTest {

    private static final String LETTER = """
            Tweede Kamer der Staten-Generaal
            Vergaderjaar 2011–2012

            32 749 Bestuursakkoord 2011–2015

            Nr. 6 BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES

            Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

            Den Haag, 21 december 2011

            Het is niet mogelijk deze motie binnen de gestelde termijn te beantwoorden.

            De minister van Binnenlandse Zaken en Koninkrijksrelaties,

            J. W. E. Spies

            Naar boven
            """;

    @Test
    void aKamerLettersSubjectIsItsDossierTitleAndItsSenderIsInItsHeading() {
        ReadingContext ctx = StageTexts.lines(LETTER);

        Sourced<String> subject = KamerstukHead.subject(ctx);
        Sourced<String> sender = KamerstukHead.sender(ctx);

        assertThat(subject.value()).isEqualTo("Bestuursakkoord 2011–2015");
        assertThat(subject.source().of(ctx.t)).isEqualTo("Bestuursakkoord 2011–2015");
        assertThat(sender.value()).isEqualTo("MINISTER VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES");
    }

    @Test
    void theReaderUsesThemAndFindsTheSignatureAboveAWebPagesLinks() {
        ReadDocument read = new DocumentReader().read(LETTER);

        assertThat(read.kind()).isEqualTo(ReadDocument.Kind.LETTER);
        assertThat(read.subject().value()).isEqualTo("Bestuursakkoord 2011–2015");
        assertThat(read.signatories()).extracting(s -> s.name().value()).containsExactly("J. W. E. Spies");
        assertThat(read.dutchWarnings()).noneMatch(w -> w.contains("onderwerp"));
    }

    @Test
    void aTextWithoutALettersHeadingHasNeither() {
        ReadingContext ctx = StageTexts.lines("36 547 Wijziging van het Wetboek\n\nNr. 31 MOTIE VAN HET LID JANSEN\n");

        assertThat(KamerstukHead.subject(ctx)).isNull();
        assertThat(KamerstukHead.sender(ctx)).isNull();
    }
}
