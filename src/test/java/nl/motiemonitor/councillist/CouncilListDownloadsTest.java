package nl.motiemonitor.councillist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import nl.motiemonitor.councillist.CouncilListRow.Kind;
import nl.motiemonitor.shared.ItemStatus;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/** A list too long to print gets no PDF: the visitor is sent back to the list, which says why; Excel and CSV take any length. */
class CouncilListDownloadsTest {

    @Test
    void aListLongerThanAPrintOutGetsNoPdfButExcelAndCsv() {
        CouncilList longList = list(CouncilListDownloads.PDF_MAX_LINES + 1);

        ResponseEntity<byte[]> pdf = CouncilListDownloads.PDF.download(longList, "proef", "Gemeente Proef", "de raad",
                null, "/proef/lijst?groep=status");
        assertThat(pdf.getStatusCode().value()).isEqualTo(303);
        assertThat(pdf.getHeaders().getLocation()).hasToString("/proef/lijst?groep=status&pdf=te-lang");
        assertThat(CouncilListDownloads.CSV.download(longList, "proef", "Gemeente Proef", "de raad", null,
                "/proef/lijst?groep=status").getStatusCode().value()).isEqualTo(200);
        assertThat(CouncilListDownloads.PDF.fits(list(CouncilListDownloads.PDF_MAX_LINES))).isTrue();
    }

    @Test
    void theAwaitingGroupNamesWhoDecidesInTheFiles() {
        CouncilList list = new CouncilList(LocalDate.of(2026, 12, 5), null, ListGrouping.STATUS, List.of(
                new CouncilList.Group("Wacht op besluit van de raad", "list.group.awaiting", List.of(row(1)))));

        assertThat(CouncilListTables.of(list, "Tweede Kamer", "de Kamer").groups()).singleElement()
                .satisfies(group -> assertThat(group.name()).isEqualTo("Wacht op besluit van de Kamer"));
    }

    private static CouncilList list(int lines) {
        return new CouncilList(LocalDate.of(2026, 12, 5), null, ListGrouping.STATUS, List.of(new CouncilList.Group(
                "Open en in behandeling", "list.group.open", IntStream.rangeClosed(1, lines)
                        .mapToObj(CouncilListDownloadsTest::row).toList())));
    }

    private static CouncilListRow row(int number) {
        return new CouncilListRow(Kind.MOTION, number, null, null, "M-" + number, "m-" + number, "Motie " + number,
                null, ItemStatus.OPEN, false, LocalDate.of(2027, 1, 1), null, LocalDate.of(2026, 1, 1), null, null,
                null, null, null, null, null);
    }
}
