package nl.motiemonitor.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import nl.motiemonitor.importing.ReadDocument;
import nl.motiemonitor.importing.ReadDocument.ItemKind;
import nl.motiemonitor.importing.Sourced;
import nl.motiemonitor.motion.VoteOutcome;
import nl.motiemonitor.shared.ItemStatus;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Reading registers without the portal: files, the first guess of the columns, dates, status words, problems. */
class RegisterRowsTest {

    @Test
    void guessesColumnsFromTheirDutchNames() {
        assertThat(RegisterField.guessAll(List.of("Nr.", "Onderwerp", "Vergaderdatum", "Stand van zaken",
                "Uiterste datum", "Fractie(s)", "Portefeuillehouder", "Toelichting", "Kleur")))
                .containsExactly(RegisterField.NUMBER, RegisterField.TITLE, RegisterField.DATE, RegisterField.STATUS,
                        RegisterField.DUE_DATE, RegisterField.SPONSORS, RegisterField.PORTFOLIO_HOLDER,
                        RegisterField.TEXT, RegisterField.IGNORE);
        assertThat(RegisterField.guessAll(List.of("ID", "Titel", "Status", "Stand van zaken", "Termijn")))
                .containsExactly(RegisterField.NUMBER, RegisterField.TITLE, RegisterField.STATUS,
                        RegisterField.PROGRESS, RegisterField.DUE_DATE);
        assertThat(RegisterField.guessAll(List.of("Nummer", "Nr"))).containsExactly(RegisterField.NUMBER,
                RegisterField.IGNORE);
        assertThat(RegisterField.guessAll(RegisterRows.standardHeaders())).isEqualTo(RegisterRows.STANDARD);
    }

    @Test
    void theMotionsTextAndTheRegistersProgressNoteAreFieldsOfTheirOwn() {
        for (String header : List.of("Tekst", "Dictum", "Inhoud", "Strekking", "Toelichting", "Samenvatting")) {
            assertThat(RegisterField.guess(header)).as(header).isEqualTo(RegisterField.TEXT);
        }
        for (String header : List.of("Stand van zaken", "Stand van zaken college", "Stand van zaken GS",
                "Stand van zaken college/GS", "Voortgang", "Stand per", "Toelichting afdoening",
                "Wijze van afdoening", "Opmerkingen")) {
            assertThat(RegisterField.guess(header)).as(header).isEqualTo(RegisterField.PROGRESS);
        }
        assertThat(RegisterField.guessAll(List.of("Nr", "Titel", "Status", "Tekst", "Stand van zaken college/GS")))
                .containsExactly(RegisterField.NUMBER, RegisterField.TITLE, RegisterField.STATUS,
                        RegisterField.TEXT, RegisterField.PROGRESS);
        assertThat(RegisterField.guessAll(List.of("Nr", "Onderwerp", "Omschrijving", "Status")))
                .as("a description beside a title is the motion's text").containsExactly(RegisterField.NUMBER,
                        RegisterField.TITLE, RegisterField.TEXT, RegisterField.STATUS);
        assertThat(RegisterField.guessAll(List.of("Nr", "Omschrijving", "Status"))).as("alone, it is the title")
                .containsExactly(RegisterField.NUMBER, RegisterField.TITLE, RegisterField.STATUS);
        assertThat(RegisterField.guessAll(List.of("Nr", "Status", "Opmerkingen", "Stand van zaken")))
                .as("the stronger word wins, wherever its column is").containsExactly(RegisterField.NUMBER,
                        RegisterField.STATUS, RegisterField.IGNORE, RegisterField.PROGRESS);
        assertThat(RegisterField.guessAll(List.of("Nr", "Toelichting", "Stand van zaken")))
                .as("without a status column the stand van zaken is the status, as before")
                .containsExactly(RegisterField.NUMBER, RegisterField.TEXT, RegisterField.STATUS);
        assertThat(RegisterRows.standardHeaders()).endsWith("Portefeuillehouder", "Tekst", "Stand van zaken");
        assertThat(RegisterField.guessAll(List.of("Nummer", "Soort", "Titel", "Datum", "Status", "Termijn",
                "Datum afdoening", "Indieners", "Portefeuillehouder", "Toelichting")))
                .as("an export of before still reads its explanation as the motion's text").last()
                .isEqualTo(RegisterField.TEXT);
    }

    @Test
    void aStandVanZakenOfProseWithoutAStatusColumnIsTheProgressNote() throws Exception {
        RegisterTable notes = RegisterFiles.readCsv("""
                Nummer;Titel;Stand van zaken
                M1;Schoolpleinen;Uitgevoerd met de schoolpleinenaanpak
                M2;Bomen;De raad wordt in april geïnformeerd
                M3;Bankjes;Afgedaan
                M4;Fietspad;
                """, 10);
        assertThat(RegisterField.guessAll(notes)).as("two of three cells are prose").containsExactly(
                RegisterField.NUMBER, RegisterField.TITLE, RegisterField.PROGRESS);
        List<RegisterRow> rows = RegisterRows.read(notes, RegisterField.guessAll(notes), ItemKind.MOTION);
        assertThat(rows).allSatisfy(row -> assertThat(row.problems()).isEmpty());
        assertThat(rows.get(1).progress()).isEqualTo("De raad wordt in april geïnformeerd");
        assertThat(rows.get(1).status()).isNull();

        for (String header : List.of("Status/stand van zaken", "Voortgang")) {
            RegisterTable table = RegisterFiles.readCsv("Nr;Titel;" + header + "\n"
                    + "M1;Schoolpleinen;Brief volgt na de zomer\nM2;Bomen;In behandeling\n"
                    + "M3;Bankjes;Het college onderzoekt de kosten en meldt zich in juni\n", 10);
            assertThat(RegisterField.guessAll(table)).as(header).last().isEqualTo(RegisterField.PROGRESS);
        }
        RegisterTable longWords = RegisterFiles.readCsv("Nr;Titel;Stand van zaken\n"
                + "M1;Schoolpleinen;afgedaan afgedaan afgedaan afgedaan afgedaan\n", 10);
        assertThat(RegisterField.guessAll(longWords)).as("a cell of more than four words is no status word").last()
                .isEqualTo(RegisterField.PROGRESS);
    }

    @Test
    void aStandVanZakenOfStatusWordsWithoutAStatusColumnStaysTheStatus() throws Exception {
        RegisterTable statuses = RegisterFiles.readCsv("""
                Nummer;Titel;Stand van zaken
                M1;Schoolpleinen;Afgedaan
                M2;Bomen;in behandeling
                M3;Bankjes;Open
                M4;Fietspad;Wacht op de begroting van volgend jaar
                """, 10);
        assertThat(RegisterField.guessAll(statuses)).containsExactly(RegisterField.NUMBER, RegisterField.TITLE,
                RegisterField.STATUS);
        assertThat(RegisterRows.read(statuses, RegisterField.guessAll(statuses), ItemKind.MOTION).get(1).status()
                .status()).isEqualTo(ItemStatus.IN_PROGRESS);
        for (String header : List.of("Status/stand van zaken", "Voortgang")) {
            RegisterTable table = RegisterFiles.readCsv("Nr;Titel;" + header + "\nM1;Schoolpleinen;Afgedaan\n"
                    + "M2;Bomen;In uitvoering\n", 10);
            assertThat(RegisterField.guessAll(table)).as(header).last().isEqualTo(RegisterField.STATUS);
        }
        RegisterTable both = RegisterFiles.readCsv("Nr;Stand van zaken;Voortgang\n"
                + "M1;Het college onderzoekt de kosten;afgedaan\nM2;Brief volgt in juni;open\n", 10);
        assertThat(RegisterField.guessAll(both)).as("the column of status words is the status, the prose the note")
                .containsExactly(RegisterField.NUMBER, RegisterField.PROGRESS, RegisterField.STATUS);

        RegisterTable plain = RegisterFiles.readCsv("Nr;Titel;Status\n"
                + "M1;Schoolpleinen;Uitgevoerd met de schoolpleinenaanpak\n", 10);
        assertThat(RegisterField.guessAll(plain)).as("a column headed Status is the status, whatever it holds")
                .last().isEqualTo(RegisterField.STATUS);
        RegisterTable empty = RegisterFiles.readCsv("Nr;Titel;Stand van zaken;Voortgang\nM1;Schoolpleinen;;\n", 10);
        assertThat(RegisterField.guessAll(empty)).as("without cells the header decides, as before")
                .containsExactly(RegisterField.NUMBER, RegisterField.TITLE, RegisterField.STATUS,
                        RegisterField.PROGRESS);
        RegisterTable beside = RegisterFiles.readCsv("Nr;Status;Stand van zaken\nM1;Open;Afgedaan\n", 10);
        assertThat(RegisterField.guessAll(beside)).as("beside a status column it is the note").last()
                .isEqualTo(RegisterField.PROGRESS);
    }

    @Test
    void aRememberedMappingWinsOverTheGuessFromTheCells() throws Exception {
        RegisterTable notes = RegisterFiles.readCsv("Nummer;Titel;Stand van zaken;Kleur\n"
                + "M1;Schoolpleinen;Uitgevoerd met de schoolpleinenaanpak;groen\n", 10);
        assertThat(RegisterMappings.offer(java.util.Map.of(), notes)).containsExactly(RegisterField.NUMBER,
                RegisterField.TITLE, RegisterField.PROGRESS, RegisterField.IGNORE);
        assertThat(RegisterMappings.offer(java.util.Map.of("stand van zaken", RegisterField.STATUS,
                "kleur", RegisterField.TEXT), notes)).containsExactly(RegisterField.NUMBER, RegisterField.TITLE,
                RegisterField.STATUS, RegisterField.TEXT);

        RegisterTable statuses = RegisterFiles.readCsv("Nummer;Titel;Stand van zaken\nM1;Schoolpleinen;Afgedaan\n",
                10);
        assertThat(RegisterMappings.offer(java.util.Map.of("stand van zaken", RegisterField.PROGRESS), statuses))
                .last().isEqualTo(RegisterField.PROGRESS);
    }

    @Test
    void aRowReadsTheTextAndTheProgressNoteApart() throws Exception {
        String csv = "Nr;Titel;Status;Tekst;Stand van zaken\n"
                + "M1;Schoolpleinen;Afgedaan;verzoekt het college de pleinen te vergroenen;"
                + "Uitgevoerd met de schoolpleinenaanpak\n";
        RegisterTable table = RegisterFiles.readCsv(csv, 10);
        RegisterRow row = RegisterRows.read(table, RegisterField.guessAll(table.headers()), ItemKind.MOTION).get(0);
        assertThat(row.text()).isEqualTo("verzoekt het college de pleinen te vergroenen");
        assertThat(row.progress()).isEqualTo("Uitgevoerd met de schoolpleinenaanpak");
        assertThat(row.says(RegisterField.PROGRESS)).isTrue();
    }

    @Test
    void readsDatesAsCouncilsWriteThem() {
        assertThat(RegisterValues.date("14-03-2024")).contains(LocalDate.of(2024, 3, 14));
        assertThat(RegisterValues.date("4/3/2024")).contains(LocalDate.of(2024, 3, 4));
        assertThat(RegisterValues.date("14.03.24")).contains(LocalDate.of(2024, 3, 14));
        assertThat(RegisterValues.date("2024-03-14")).contains(LocalDate.of(2024, 3, 14));
        assertThat(RegisterValues.date("2024-03-14 00:00:00")).contains(LocalDate.of(2024, 3, 14));
        assertThat(RegisterValues.date("14 maart 2024")).contains(LocalDate.of(2024, 3, 14));
        assertThat(RegisterValues.date("1 okt. 2024")).contains(LocalDate.of(2024, 10, 1));
        assertThat(RegisterValues.date("31-02-2024")).isEmpty();
        assertThat(RegisterValues.date("voorjaar 2025")).isEmpty();
        assertThat(RegisterValues.date("Q3")).isEmpty();
    }

    @Test
    void mapsStatusWordsOntoTheLifecycleAndTheVote() {
        assertThat(RegisterValues.status("Afgedaan")).contains(new RegisterValues.Status(null, ItemStatus.DISCHARGED));
        assertThat(RegisterValues.status("uitgevoerd")).contains(new RegisterValues.Status(null, ItemStatus.DISCHARGED));
        assertThat(RegisterValues.status("In behandeling"))
                .contains(new RegisterValues.Status(null, ItemStatus.IN_PROGRESS));
        assertThat(RegisterValues.status("Openstaand")).contains(new RegisterValues.Status(null, ItemStatus.OPEN));
        assertThat(RegisterValues.status("Afdoening voorgesteld"))
                .contains(new RegisterValues.Status(null, ItemStatus.DISCHARGE_PROPOSED));
        assertThat(RegisterValues.status("aangenomen")).contains(new RegisterValues.Status(null, null));
        assertThat(RegisterValues.status("Verworpen"))
                .contains(new RegisterValues.Status(VoteOutcome.REJECTED, null));
        assertThat(RegisterValues.status("ingetrokken"))
                .contains(new RegisterValues.Status(VoteOutcome.WITHDRAWN, null));
        assertThat(RegisterValues.status("Aangehouden")).contains(new RegisterValues.Status(VoteOutcome.HELD, null));
        assertThat(RegisterValues.status("Vervallen")).contains(new RegisterValues.Status(null, ItemStatus.LAPSED));
        assertThat(RegisterValues.status("vervalt misschien")).as("no such status in the portal: a problem, no guess")
                .isEmpty();
        assertThat(RegisterValues.status("misschien")).isEmpty();
        for (ItemStatus status : ItemStatus.values()) {
            assertThat(RegisterValues.status(RegisterValues.statusWord(null, status)))
                    .as("the export's word for %s reads back", status).contains(new RegisterValues.Status(null, status));
        }
        for (VoteOutcome outcome : List.of(VoteOutcome.REJECTED, VoteOutcome.WITHDRAWN, VoteOutcome.HELD)) {
            assertThat(RegisterValues.status(RegisterValues.statusWord(outcome, null)).orElseThrow().outcome())
                    .isEqualTo(outcome);
        }
    }

    @Test
    void theLifecycleIsWalkedForwardOnlyOneMoveAtATime() {
        assertThat(RegisterMoves.path(ItemStatus.OPEN, ItemStatus.DISCHARGED))
                .containsExactly(ItemStatus.DISCHARGE_PROPOSED, ItemStatus.DISCHARGED);
        assertThat(RegisterMoves.path(ItemStatus.OPEN, ItemStatus.IN_PROGRESS)).containsExactly(ItemStatus.IN_PROGRESS);
        assertThat(RegisterMoves.path(ItemStatus.DISCHARGED, ItemStatus.OPEN)).isEmpty();
        assertThat(RegisterMoves.path(ItemStatus.IN_PROGRESS, ItemStatus.OPEN)).isEmpty();
        assertThat(RegisterMoves.path(ItemStatus.DISCHARGE_PROPOSED, ItemStatus.LAPSED))
                .containsExactly(ItemStatus.LAPSED);
        assertThat(RegisterMoves.path(ItemStatus.DISCHARGED, ItemStatus.LAPSED)).isEmpty();
        assertThat(RegisterMoves.path(ItemStatus.LAPSED, ItemStatus.DISCHARGED)).isEmpty();
    }

    @Test
    void everyRowSaysItsProblemsWithItsRowNumber() {
        RegisterTable table = new RegisterTable(List.of("Nummer", "Soort", "Titel", "Datum", "Status", "Termijn"),
                List.of(List.of("M1", "Motie", "Een", "32-01-2024", "open", ""),
                        List.of("m-1", "Motie", "Twee", "01-02-2024", "opgeschort", ""),
                        List.of("", "Motie", "Drie", "", "", ""),
                        List.of("T1", "Toezegging", "Vier", "01-02-2024", "verworpen", "voorjaar 2025"),
                        List.of("X", "Amendement", "", "", "", "01-01-2024")),
                List.of(2, 3, 4, 5, 6));
        List<RegisterRow> rows = RegisterRows.read(table, RegisterField.guessAll(table.headers()), ItemKind.MOTION);
        assertThat(codes(rows.get(0))).containsExactly("staff.register.problem.date");
        assertThat(codes(rows.get(1))).containsExactly("staff.register.problem.duplicate",
                "staff.register.problem.status");
        assertThat(rows.get(1).problems().get(0).arguments()).containsExactly(3, "m-1", 2);
        assertThat(codes(rows.get(2))).containsExactly("staff.register.problem.noNumber");
        assertThat(codes(rows.get(3))).containsExactly("staff.register.problem.commitmentOutcome");
        assertThat(rows.get(3).dueDateText()).isEqualTo("voorjaar 2025");
        assertThat(rows.get(3).notes()).extracting(RegisterRow.Problem::code)
                .containsExactly("staff.register.note.dueText");
        assertThat(codes(rows.get(4))).containsExactly("staff.register.problem.kind",
                "staff.register.problem.noTitle");
    }

    @Test
    void readsCsvInUtf8WithOrWithoutBomAndInWindows1252WithEitherSeparator() throws Exception {
        String csv = "Nummer;Titel\r\nM1;\"Café; terras\"\r\n\r\n";
        byte[] bom = ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8);
        for (byte[] bytes : List.of(csv.getBytes(StandardCharsets.UTF_8), bom,
                csv.getBytes(Charset.forName("windows-1252")), csv.replace(';', ',').replace("Café, terras",
                        "Café; terras").getBytes(StandardCharsets.UTF_8))) {
            RegisterTable table = RegisterFiles.read(bytes, 10);
            assertThat(table.headers()).containsExactly("Nummer", "Titel");
            assertThat(table.rows()).hasSize(1);
            assertThat(table.cell(0, 1)).startsWith("Café");
            assertThat(table.rowNumbers()).containsExactly(2);
        }
    }

    @Test
    void refusesFilesBeyondTheLimitsWithAMessageNotAStackTrace() throws Exception {
        StringBuilder many = new StringBuilder("Nummer;Titel\n");
        for (int i = 0; i < 11; i++) {
            many.append("M").append(i).append(";Titel\n");
        }
        assertRefused(many.toString().getBytes(StandardCharsets.UTF_8), "staff.register.file.tooManyRows");
        assertRefused(new byte[0], "staff.register.file.empty");
        assertRefused("Nummer;Titel\n".getBytes(StandardCharsets.UTF_8), "staff.register.file.noRows");
        assertRefused("Nummer;Titel\nM1;\"open".getBytes(StandardCharsets.UTF_8), "staff.register.file.csvBroken");
        assertRefused(new byte[] {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, 0, 0}, "staff.register.file.oldExcel");
        assertRefused(new byte[] {'P', 'K', 3, 4, 1, 2, 3}, "staff.register.file.xlsxBroken");
        assertRefused(zipBomb(), "staff.register.file.bomb");
    }

    @Test
    void readsAnExcelSheetsCachedFormulaValuesAndDatesWithoutEvaluatingAnything() throws Exception {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Moties");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("Nummer");
            header.createCell(1).setCellValue("Datum");
            header.createCell(2).setCellValue("Titel");
            header.createCell(4).setCellValue("Volgnummer");
            var row = sheet.createRow(2);
            row.createCell(0).setCellValue(2024.0);
            var date = row.createCell(1);
            date.setCellValue(LocalDate.of(2024, 3, 14));
            var style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat("d-m-yy"));
            date.setCellStyle(style);
            var formula = row.createCell(2);
            formula.setCellFormula("WEBSERVICE(\"http://example.invalid/\")");
            // no evaluation here either: the cell keeps no cached value but what we set
            row.createCell(4).setCellValue(7.5);
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        RegisterTable table = RegisterFiles.read(xlsx, 10);
        assertThat(table.headers()).containsExactly("Nummer", "Datum", "Titel", "", "Volgnummer");
        assertThat(table.rowNumbers()).containsExactly(3);
        assertThat(table.cell(0, 0)).isEqualTo("2024");
        assertThat(table.cell(0, 1)).isEqualTo("2024-03-14");
        assertThat(table.cell(0, 2)).doesNotContain("WEBSERVICE");
        assertThat(table.cell(0, 4)).isEqualTo("7.5");
    }

    @Test
    void theExportShapeReadsBackAsTheSameValuesInCsvAndExcel() throws Exception {
        RegisterTable export = new RegisterTable(RegisterRows.standardHeaders(), List.of(
                List.of("M-1", "Motie", "=SOM(A1)", "14-03-2024", "In behandeling", "01-12-2024", "",
                        "Jansen (GroenLinks); De Vries (D66)", "Wethouder", "- eerste\nregel"),
                List.of("2024-3", "Toezegging", "Informeren", "02-04-2024", "Afgedaan", "voorjaar 2025", "03-05-2024",
                        "", "", "")),
                List.of(2, 3));
        RegisterTable csv = RegisterFiles.read(RegisterFiles.writeCsv(export), 10);
        RegisterTable xlsx = RegisterFiles.read(RegisterFiles.writeXlsx(export, "Register", Set.of(3, 5, 6)), 10);
        for (RegisterTable read : List.of(csv, xlsx)) {
            List<RegisterRow> rows = RegisterRows.read(read, RegisterField.guessAll(read.headers()), ItemKind.MOTION);
            assertThat(rows.get(0).title()).isEqualTo("=SOM(A1)");
            assertThat(rows.get(0).text()).isEqualTo("- eerste\nregel");
            assertThat(rows.get(0).date()).isEqualTo(LocalDate.of(2024, 3, 14));
            assertThat(rows.get(0).sponsors()).hasSize(2);
            assertThat(rows.get(1).dueDateText()).isEqualTo("voorjaar 2025");
            assertThat(rows.get(1).dischargeDate()).isEqualTo(LocalDate.of(2024, 5, 3));
            assertThat(rows).allSatisfy(row -> assertThat(row.problems()).isEmpty());
        }
        assertThat(new String(RegisterFiles.writeCsv(export), StandardCharsets.UTF_8)).contains("'=SOM(A1)");
    }

    @Test
    void aListDocumentsEntriesBecomeRegisterRows() {
        ReadDocument.ListItem item = new ReadDocument.ListItem(new Sourced<>("M 12", null),
                new Sourced<>("Zebrapad", null), ItemKind.MOTION, new Sourced<>(LocalDate.of(2024, 5, 1), null),
                new Sourced<>("afgedaan", null), null, new Sourced<>("Aangelegd", null), null);
        RegisterTable table = RegisterRows.ofList(listOf(item));
        RegisterRow row = RegisterRows.read(table, RegisterRows.STANDARD, ItemKind.COMMITMENT).get(0);
        assertThat(row.line()).isEqualTo(1);
        assertThat(row.kind()).isEqualTo(ItemKind.MOTION);
        assertThat(row.number()).isEqualTo("M 12");
        assertThat(row.status()).isEqualTo(new RegisterValues.Status(null, ItemStatus.DISCHARGED));
        assertThat(row.date()).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(row.progress()).as("an entry's further text is its stand van zaken").isEqualTo("Aangelegd");
        assertThat(row.text()).as("never the motion's text").isNull();
        assertThat(row.says(RegisterField.TEXT)).isFalse();
        assertThat(row.problems()).isEmpty();
    }

    @Test
    void aListDocumentsRowsCarryTheTextTheyWereReadFrom() {
        String text = "Overzicht moties\nM 12 | Zebrapad | Afgedaan\nM 13   Fietsenstalling\n\n\t Stand van zaken:"
                + " aangenomen op 1 okt. 2024. De motie is uitgevoerd, er is een stalling. Verder niets.\n"
                + "M 14 " + "Lang verhaal ".repeat(40) + "\n"
                + "T-01   Notitie over de haven   12-03-2024   Open\n";
        ReadDocument.ListItem cell = new ReadDocument.ListItem(at(text, "M 12"), at(text, "Zebrapad"), ItemKind.MOTION,
                null, at(text, "Afgedaan"), null, null, span(text, "M 12 | Zebrapad | Afgedaan"));
        ReadDocument.ListItem prose = new ReadDocument.ListItem(at(text, "M 13"), at(text, "Fietsenstalling"),
                ItemKind.MOTION, null, at(text, "uitgevoerd"), null, null,
                new nl.motiemonitor.importing.Span(text.indexOf("M 13"), text.indexOf("Verder niets.") + 13));
        ReadDocument.ListItem unknown = new ReadDocument.ListItem(at(text, "M 14"), null, ItemKind.MOTION, null, null,
                null, null, new nl.motiemonitor.importing.Span(text.indexOf("M 14"), text.length()));
        ReadDocument.ListItem tabbed = new ReadDocument.ListItem(at(text, "T-01"), at(text, "Notitie over de haven"),
                ItemKind.COMMITMENT, null, at(text, "Open"), null, null,
                span(text, "T-01   Notitie over de haven   12-03-2024   Open"));
        ReadDocument.ListItem nowhere = new ReadDocument.ListItem(new Sourced<>("M 15", null), null, ItemKind.MOTION,
                null, null, null, null, null);
        ReadDocument list = new ReadDocument(text, ReadDocument.Kind.LIST, null, null, null, null, List.of(), null,
                null, null, null, List.of(), null, List.of(), List.of(), false, List.of(), List.of(),
                List.of(cell, prose, unknown, nowhere, tabbed), List.of());

        RegisterTable table = RegisterRows.ofList(list);
        assertThat(table.sources()).hasSize(5);
        assertThat(table.source(0)).isEqualTo(new RegisterTable.RowSource("M 12 | Zebrapad | Afgedaan", null));
        assertThat(table.source(1).text()).as("lines kept, spacing and empty lines not")
                .isEqualTo("M 13 Fietsenstalling\nStand van zaken: aangenomen op 1 okt. 2024. De motie is uitgevoerd,"
                        + " er is een stalling. Verder niets.");
        assertThat(table.source(1).statusSentence()).as("the sentence of a status read from prose")
                .isEqualTo("De motie is uitgevoerd, er is een stalling.");
        assertThat(table.source(2).text()).startsWith("M 14 Lang verhaal").endsWith("…")
                .hasSizeLessThanOrEqualTo(RegisterSources.SNIPPET);
        assertThat(table.source(2).statusSentence()).isNull();
        assertThat(table.source(3)).isEqualTo(new RegisterTable.RowSource(null, null));
        assertThat(table.source(4).statusSentence()).as("a cell of a table whose columns were tabs (three spaces)").isNull();

        RegisterTable file = new RegisterTable(List.of("Nummer"), List.of(List.of("M1")), List.of(2));
        assertThat(file.sources()).isEmpty();
        assertThat(file.source(0)).isNull();
    }

    private static Sourced<String> at(String text, String value) {
        return new Sourced<>(value, span(text, value));
    }

    private static nl.motiemonitor.importing.Span span(String text, String value) {
        int at = text.indexOf(value);
        return new nl.motiemonitor.importing.Span(at, at + value.length());
    }

    @Test
    void aDischargeDateHasAColumnOfItsOwnAndMustFitTheRow() {
        for (String header : List.of("Datum afdoening", "Afdoeningsdatum", "Datum afgedaan", "Afgedaan op")) {
            assertThat(RegisterField.guess(header)).as(header).isEqualTo(RegisterField.DISCHARGE_DATE);
        }
        assertThat(RegisterField.guessAll(List.of("Nummer", "Status", "Afgedaan op")))
                .containsExactly(RegisterField.NUMBER, RegisterField.STATUS, RegisterField.DISCHARGE_DATE);
        String tomorrow = RegisterValues.format(nl.motiemonitor.shared.DutchDates.today().plusDays(1));
        RegisterTable table = new RegisterTable(List.of("Nummer", "Titel", "Datum", "Status", "Datum afdoening"),
                List.of(List.of("M1", "Een", "14-03-2017", "Afgedaan", "02-10-2018"),
                        List.of("M2", "Twee", "14-03-2017", "Afgedaan", tomorrow),
                        List.of("M3", "Drie", "14-03-2017", "Afdoening voorgesteld", "01-01-2017"),
                        List.of("M4", "Vier", "14-03-2017", "In behandeling", "02-10-2018"),
                        List.of("M5", "Vijf", "14-03-2017", "Afgedaan", "gisteren")),
                List.of(2, 3, 4, 5, 6));
        List<RegisterRow> rows = RegisterRows.read(table, RegisterField.guessAll(table.headers()), ItemKind.MOTION);
        assertThat(rows.get(0).dischargeDate()).isEqualTo(LocalDate.of(2018, 10, 2));
        assertThat(codes(rows.get(0))).isEmpty();
        assertThat(codes(rows.get(1))).containsExactly("staff.register.problem.dischargeFuture");
        assertThat(codes(rows.get(2))).containsExactly("staff.register.problem.dischargeBeforeDate");
        assertThat(codes(rows.get(3))).containsExactly("staff.register.problem.dischargeWithoutStatus");
        assertThat(codes(rows.get(4))).containsExactly("staff.register.problem.dischargeDate");
    }

    @Test
    void aRowWithMoreOrFewerCellsThanTheHeaderIsRefusedWithBothCounts() throws Exception {
        String csv = """
                Nummer;Titel;Indieners;Portefeuillehouder;Toelichting
                M1;Een;Jansen (GL);Wethouder A;
                M2;Twee;Jansen (GL); De Vries (D66);Wethouder B;
                M3;Drie;;Wethouder C
                M4;Vier;;;
                """;
        RegisterTable table = RegisterFiles.read(csv.getBytes(StandardCharsets.UTF_8), 10);
        List<RegisterRow> rows = RegisterRows.read(table, RegisterField.guessAll(table.headers()), ItemKind.MOTION);
        assertThat(codes(rows.get(0))).isEmpty();
        assertThat(codes(rows.get(1))).containsExactly("staff.register.problem.cells");
        assertThat(rows.get(1).problems().get(0).arguments()).containsExactly(3, 6, 5);
        assertThat(rows.get(1).portfolioHolder()).as("the shift the preview shows").isEqualTo("De Vries (D66)");
        assertThat(codes(rows.get(2))).containsExactly("staff.register.problem.cells");
        assertThat(rows.get(2).problems().get(0).arguments()).containsExactly(4, 4, 5);
        assertThat(codes(rows.get(3))).isEmpty();

        String ragged = "Nummer;Titel;Status\nM1;Een\nM2;Twee\nM3;Drie;open\n";
        RegisterTable loose = RegisterFiles.read(ragged.getBytes(StandardCharsets.UTF_8), 10);
        assertThat(RegisterRows.read(loose, RegisterField.guessAll(loose.headers()), ItemKind.MOTION))
                .as("a file whose rows mostly stop at their last cell is no shifted file")
                .allSatisfy(row -> assertThat(row.problems()).isEmpty());

        RegisterTable sheet = new RegisterTable(List.of("Nummer", "Titel", "Status"),
                List.of(List.of("M1", "Een"), List.of("M2", "Twee", "open", "", "X")), List.of(2, 3));
        RegisterTable xlsx = RegisterFiles.read(RegisterFiles.writeXlsx(sheet, "Register", Set.of()), 10);
        List<RegisterRow> sheetRows = RegisterRows.read(xlsx, RegisterField.guessAll(xlsx.headers()),
                ItemKind.MOTION);
        assertThat(codes(sheetRows.get(0))).as("a sheet leaves empty cells out").isEmpty();
        assertThat(sheetRows.get(1).problems().get(0).arguments()).containsExactly(3, 5, 3);
    }

    @Test
    void theExcelExportWritesDatesAsDateCellsShownAsDayMonthYear() throws Exception {
        RegisterTable export = new RegisterTable(RegisterRows.standardHeaders(), List.of(
                List.of("M-1", "Motie", "Titel", "14-03-2024", "Afgedaan", "01-12-2024", "03-05-2024", "", "", "")),
                List.of(2));
        byte[] file = RegisterFiles.writeXlsx(export, "Register", Set.of(3, 5, 6));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(file))) {
            var row = workbook.getSheetAt(0).getRow(1);
            for (int column : List.of(3, 5, 6)) {
                var cell = row.getCell(column);
                assertThat(cell.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
                assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("dd-mm-yyyy");
            }
            assertThat(row.getCell(6).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 5, 3));
        }
    }

    static ReadDocument listOf(ReadDocument.ListItem... items) {
        return new ReadDocument("lijst", ReadDocument.Kind.LIST, null, null, null, null, List.of(), null, null, null,
                null, List.of(), null, List.of(), List.of(), false, List.of(), List.of(), List.of(items), List.of());
    }

    private static List<String> codes(RegisterRow row) {
        return row.problems().stream().map(RegisterRow.Problem::code).toList();
    }

    private static void assertRefused(byte[] content, String code) {
        assertThatThrownBy(() -> RegisterFiles.read(content, 10)).isInstanceOf(RegisterFileException.class)
                .extracting(e -> ((RegisterFileException) e).code()).isEqualTo(code);
    }

    /** An .xlsx whose sheet is 200 MB of zeros, packed into a few hundred kilobytes. */
    private static byte[] zipBomb() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
