package nl.motiemonitor.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import nl.motiemonitor.importing.ReadDocument.ClauseKind;

/** A scanned motion as OCR returns it: mojibake, ligatures, spaced separators, glued words, page furniture. */
class OcrNoiseTest {

    private static final String SCANNED = """
            Pagina 1 van 2
            MOTIE Groene daken

            De raad van de gemeente Ergens, in vergadering bijeen op 14 - 02 - 2019,

            constaterende dat:
            - er te weinig groene daken zijn en de stad daardoor opwarmt;
            - bewoners ge├»nformeerd willen worden over subsidies;

            overwegende dat groene daken water vasthouden en de stad koelen;

            verzoekt het college:
            - een subsidieregeling op te stellenvoor groene daken;
            - de raad voor 1 juli 2019 te informeren over de eﬀecten,

            en gaat over tot de orde van de dag.

            Pagina 2 van 2
            J. Jansen (GL)
            """;

    @Test
    void aScannedMotionIsStillReadForWhatCanBeRead() {
        ReadDocument read = new DocumentReader().read(SCANNED);

        assertThat(read.kind()).isEqualTo(ReadDocument.Kind.MOTION);
        assertThat(read.date().value()).isEqualTo(LocalDate.of(2019, 2, 14));
        ReadDocument.Motion m = read.motions().get(0);
        assertThat(m.title().value()).isEqualTo("Groene daken");
        assertThat(m.clauses()).extracting(ReadDocument.Clause::kind).containsExactly(ClauseKind.NOTING,
                ClauseKind.NOTING, ClauseKind.CONSIDERING, ClauseKind.REQUEST, ClauseKind.REQUEST);
        assertThat(m.clauses().get(1).text()).contains("geïnformeerd");
        assertThat(m.clauses().get(4).text()).contains("effecten");
        assertThat(m.clauses()).noneMatch(c -> c.text().contains("Pagina"));
        assertThat(read.promises()).as("a motion asks; only a letter promises").isEmpty();
    }
}
