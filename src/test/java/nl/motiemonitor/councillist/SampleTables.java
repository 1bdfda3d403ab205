package nl.motiemonitor.councillist;

import java.util.ArrayList;
import java.util.List;

import nl.motiemonitor.councillist.CouncilListTable.Group;
import nl.motiemonitor.councillist.CouncilListTable.Row;

/** Council lists for the tests: a small realistic one, a long one, and one full of text that tries to break out. */
final class SampleTables {

    static final List<String> COLUMNS = List.of("Nr.", "Onderwerp", "Datum raad", "Portefeuillehouder", "Stand van zaken");

    private SampleTables() {
    }

    static CouncilListTable small() {
        return new CouncilListTable("Lijst van moties en toezeggingen", "Gemeenteraad Utrecht",
                "Stand per 5 december 2026", COLUMNS, List.of(
                        new Group("Moties", List.of(
                                Row.of(List.of("M-2026-01", "Meer groen in de wijk; ook bij scholen", "14-03-2026",
                                        "Wethouder De Boer", "In behandeling"), "nieuw"),
                                Row.of(List.of("M-2026-02", "Fietspad \"langs\" de dijk", "14-03-2026",
                                        "Wethouder Ëmre Çelik", "Brief volgt\nvóór de zomer"), "gewijzigd"),
                                Row.of(List.of("M-2026-03", "Ideeën uit de coöperatie", "2-4-2026", "",
                                        "Afgedaan met raadsinformatiebrief"), "afgedaan"))),
                        new Group("Toezeggingen", List.of(
                                Row.of(List.of("TZ-2026-07", "Raad informeren over de pilot", "2-4-2026",
                                        "Burgemeester", "Voorjaar 2027"))))));
    }

    /** So many rows that the PDF needs several pages. */
    static CouncilListTable longList(int rows) {
        List<Row> motions = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            motions.add(Row.of(List.of("M-2026-%03d".formatted(i), "Onderwerp van motie nummer " + i
                    + " over de openbare ruimte, het groen en de bereikbaarheid van de wijk", "14-03-2026",
                    "Wethouder De Boer", "In behandeling; de raad ontvangt een brief"), i % 7 == 0 ? "nieuw" : null));
        }
        return new CouncilListTable("Lijst van moties en toezeggingen", "Gemeenteraad Utrecht", "Stand per 5 december 2026",
                COLUMNS, List.of(new Group("Moties", motions), new Group("Toezeggingen", List.of())));
    }

    static final String SCRIPT = "<script>alert('x')</script>";
    static final String BREAKOUT = "</td></tr></table><h1>Gehackt</h1>";

    static CouncilListTable hostile() {
        return new CouncilListTable("Lijst & <b>moties</b>", "Raad ]]> \"Utrecht\"", "<!-- stand -->",
                List.of("Nr. & naam", "<th>Onderwerp</th>"), List.of(
                        new Group("Moties <i>&amp;</i>", List.of(
                                Row.of(List.of("M-1 " + SCRIPT, BREAKOUT + " & ]]> &amp; &#x41;"), "<em>nieuw</em>"),
                                Row.of(List.of("M-2 nul\u0000teken", "=HYPERLINK(\"http://example.invalid\")"))))));
    }
}
