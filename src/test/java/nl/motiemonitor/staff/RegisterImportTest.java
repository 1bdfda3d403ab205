package nl.motiemonitor.staff;

import static nl.motiemonitor.staff.StaffMotionTest.location;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.motiemonitor.importing.ReadDocument;
import nl.motiemonitor.importing.Sourced;
import nl.motiemonitor.testsupport.Fixtures;
import nl.motiemonitor.testsupport.HtmlForm;
import nl.motiemonitor.testsupport.MotiemonitorTest;
import nl.motiemonitor.testsupport.PortalClient;
import nl.motiemonitor.testsupport.StaffClient;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A clerk reads their body's register (CSV or Excel) through the staff pages: mapped, previewed, saved in one
 * transaction, existing items updated by number, the audit saying where it came from; and the export reads back
 * as "no changes".
 */
@MotiemonitorTest
class RegisterImportTest {

    static final String REGISTER = """
            Nr.;Soort;Onderwerp;Datum raad;Stand van zaken;Deadline;Indiener(s);Portefeuillehouder;Toelichting
            M-2024-01;Motie;Meer groen in de wijk;14-03-2024;In behandeling;01-12-2024;Jansen (GroenLinks);Wethouder De Boer;Plan volgt
            M-2024-02;motie;Fietspad langs de dijk;14-03-2024;verworpen;;;;
            TZ-2024-07;Toezegging;Raad informeren over de pilot;2 april 2024;afgedaan;voorjaar 2025;;;
            """;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    PendingImports pending;

    @Autowired
    ImportReadings readings;

    String slug;
    Long body;
    StaffClient clerk;

    @BeforeEach
    void aBodyOfItsOwn() {
        slug = "register-" + UUID.randomUUID().toString().substring(0, 8);
        body = fixtures.body(slug);
        clerk = StaffClient.clerk(port, jdbc, slug);
    }

    @Test
    void createsEveryRowInOneSaveWithItsStatusAndTheFileInTheHistory() {
        String preview = upload("register.csv", REGISTER.getBytes(StandardCharsets.UTF_8));
        assertThat(text(preview)).contains("3 nieuw, 0 bijgewerkt, 0 ongewijzigd, 0 geweigerd",
                "Kolom 1: “Nr.”", "Er is nog niets opgeslagen");
        assertThat(selected(preview, "columns[0]")).isEqualTo("number");
        assertThat(selected(preview, "columns[4]")).isEqualTo("status");
        assertThat(selected(preview, "columns[6]")).isEqualTo("sponsors");

        String done = save(preview);
        assertThat(text(done)).contains("Register opgeslagen: 3 nieuw, 0 bijgewerkt, 0 ongewijzigd.");

        Map<String, Object> motion = jdbc.queryForMap("select id, title, status, vote_outcome, adopted_on::text,"
                + " due_date::text, summary from motions where body_id = ? and registration_number = 'M-2024-01'", body);
        assertThat(motion).containsEntry("title", "Meer groen in de wijk").containsEntry("status", "IN_PROGRESS")
                .containsEntry("vote_outcome", "ADOPTED").containsEntry("adopted_on", "2024-03-14")
                .containsEntry("due_date", "2024-12-01").containsEntry("summary", "Plan volgt");
        assertThat(jdbc.queryForObject("select m.name || ' (' || p.name || ')' from motion_sponsors s"
                + " join members m on m.id = s.member_id join parties p on p.id = m.party_id where s.motion_id = ?",
                String.class, motion.get("id"))).isEqualTo("Jansen (GroenLinks)");
        assertThat(jdbc.queryForObject("select portfolio_holder from responsibilities where motion_id = ?",
                String.class, motion.get("id"))).isEqualTo("Wethouder De Boer");
        assertThat(jdbc.queryForMap("select status, vote_outcome from motions where body_id = ?"
                + " and registration_number = 'M-2024-02'", body))
                .containsEntry("status", null).containsEntry("vote_outcome", "REJECTED");
        assertThat(jdbc.queryForMap("select text, status, made_on::text, due_date_text from commitments"
                + " where body_id = ? and number = 'TZ-2024-07'", body))
                .containsEntry("text", "Raad informeren over de pilot").containsEntry("status", "DISCHARGED")
                .containsEntry("made_on", "2024-04-02").containsEntry("due_date_text", "voorjaar 2025");

        assertThat(jdbc.queryForList("select distinct r.note from revinfo r join motions_aud a on a.rev = r.id"
                + " where a.id = ?", String.class, motion.get("id"))).containsExactly("Geïmporteerd uit register.csv");
        assertThat(jdbc.queryForList("select reason from status_changes where motion_id = ? order by position",
                String.class, motion.get("id"))).containsOnly("Geïmporteerd uit register.csv").hasSize(2);
        assertThat(jdbc.queryForObject("select count(*) from pending_imports where body_id = ?", Integer.class, body))
                .isZero();
    }

    @Test
    void updatesExistingItemsByTheirNumberInsteadOfAddingThemAgain() {
        save(upload("register.csv", REGISTER.getBytes(StandardCharsets.UTF_8)));
        String changed = REGISTER.replace("Meer groen in de wijk", "Meer groen in alle wijken")
                .replace("In behandeling", "Afgedaan").replace("M-2024-01", "m 2024 01");
        String preview = upload("register-v2.csv", changed.getBytes(StandardCharsets.UTF_8));
        assertThat(text(preview)).contains("0 nieuw, 1 bijgewerkt, 2 ongewijzigd, 0 geweigerd",
                "Wijzigt: Titel, Status", "motie M-2024-01");

        save(preview);
        assertThat(jdbc.queryForObject("select count(*) from motions where body_id = ?", Integer.class, body))
                .isEqualTo(2);
        assertThat(jdbc.queryForMap("select title, status, registration_number from motions where body_id = ?"
                + " and title like 'Meer groen%'", body)).containsEntry("title", "Meer groen in alle wijken")
                .containsEntry("status", "DISCHARGED").containsEntry("registration_number", "M-2024-01");
        assertThat(jdbc.queryForList("select r.note from revinfo r join motions_aud a on a.rev = r.id"
                + " join motions m on m.id = a.id where m.body_id = ? and m.title like 'Meer groen%' order by r.id",
                String.class, body)).last().isEqualTo("Geïmporteerd uit register-v2.csv");
    }

    @Test
    void aRowThatCannotBeSavedRollsBackEveryRowAndSaysWhich() {
        fixtures.party(body, "GroenLinks", null);
        fixtures.member(body, "Jansen", "GroenLinks");
        fixtures.party(body, "D66", null);
        fixtures.member(body, "Jansen", "D66");
        String ambiguous = REGISTER.replace("Jansen (GroenLinks)", "Jansen");
        String preview = upload("register.csv", ambiguous.getBytes(StandardCharsets.UTF_8));
        assertThat(text(preview)).contains("3 nieuw");

        String refused = clerk.post(action(preview), form(preview).with("action", "save").fields()).body();
        assertThat(text(refused)).contains("Er is niets opgeslagen: rij 2 kon niet worden opgeslagen.",
                "Kolom 1: “Nr.”");
        assertThat(jdbc.queryForObject("select (select count(*) from motions where body_id = ?)"
                + " + (select count(*) from commitments where body_id = ?)", Integer.class, body, body)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from pending_imports where body_id = ?", Integer.class, body))
                .as("the upload is kept for another try").isEqualTo(1);
    }

    @Test
    void showsEveryRowsProblemsWithItsRowNumberAndSavesNothingWhileAnyRowIsRefused() {
        String bad = """
                Nummer;Soort;Titel;Datum;Status;Termijn
                M1;Motie;Eerste;32-13-2024;open;
                M1;Motie;Tweede;01-02-2024;misschien;
                M3;Amendement;Derde;01-02-2024;open;
                M4;Motie;;01-02-2024;open;morgen
                """;
        String preview = upload("fouten.csv", bad.getBytes(StandardCharsets.UTF_8));
        assertThat(text(preview)).contains("0 nieuw, 0 bijgewerkt, 0 ongewijzigd, 4 geweigerd",
                "Rij 2: “32-13-2024” is geen datum die Motiemonitor kan lezen",
                "Rij 3: nummer M1 staat ook in rij 2.", "Rij 3: status “misschien” is onbekend.",
                "Rij 4: soort “Amendement” is geen motie of toezegging.", "Rij 5: de titel ontbreekt.",
                "Rij 5: termijn “morgen” is geen datum");
        String refused = clerk.post(action(preview), form(preview).with("action", "save").fields()).body();
        assertThat(text(refused)).contains("Er is niets opgeslagen: 4 rijen worden geweigerd.");
        assertThat(jdbc.queryForObject("select count(*) from motions where body_id = ?", Integer.class, body))
                .isZero();
    }

    @Test
    void theClerksMappingIsRememberedForTheBodyAndOfferedNextTime() {
        String own = "Code;Waar gaat het over;Soort\nA1;Speeltuin opknappen;Motie\n";
        String first = upload("eigen.csv", own.getBytes(StandardCharsets.UTF_8));
        assertThat(selected(first, "columns[0]")).isEqualTo("ignore");
        assertThat(selected(first, "columns[1]")).isEqualTo("ignore");
        save(form(first).with("columns[0]", "number").with("columns[1]", "title"), action(first));

        String second = upload("eigen-2.csv", own.replace("A1", "A2").getBytes(StandardCharsets.UTF_8));
        assertThat(selected(second, "columns[0]")).isEqualTo("number");
        assertThat(selected(second, "columns[1]")).isEqualTo("title");
        assertThat(text(second)).contains("1 nieuw, 0 bijgewerkt");
    }

    @Test
    void aRefusedRowIsCountedInTheSingularAndDiscardingTheFileGoesBackToTheRegister() {
        String preview = upload("een-fout.csv", "Nummer;Titel;Status\nM1;Eerste;misschien\nM2;Tweede;open\n"
                .getBytes(StandardCharsets.UTF_8));
        String refused = clerk.post(action(preview), form(preview).with("action", "save").fields()).body();
        assertThat(text(refused)).contains("Er is niets opgeslagen: 1 rij wordt geweigerd.");

        String discard = Jsoup.parse(preview).select("form[action$=/verwijderen]").first().attr("action");
        var discarded = clerk.post(discard, Map.of());
        assertThat(location(discarded)).isEqualTo("/beheer/" + slug + "/register");
        assertThat(text(clerk.get(location(discarded)).body())).contains("een-fout.csv");
        assertThat(jdbc.queryForObject("select count(*) from pending_imports where body_id = ?", Integer.class, body))
                .isZero();
    }

    @Test
    void theRowsProblemsAreInEnglishOnTheRequestThatAsksForEnglish() {
        String preview = upload("een-fout.csv", "Nummer;Titel;Status\nM1;Eerste;misschien\n"
                .getBytes(StandardCharsets.UTF_8));
        String english = clerk.get(action(preview) + "?lang=en").body();
        assertThat(text(english)).contains("Row 2: status “misschien” is unknown.")
                .doesNotContain("Rij 2");
    }

    @Test
    void readsWindows1252AndCommaSeparatedFiles() {
        String csv = "Nummer,Titel,Datum,Status\nM9,\"Café, terras\",01-02-2024,open\n";
        String preview = upload("oud.csv", csv.getBytes(Charset.forName("windows-1252")));
        assertThat(text(preview)).contains("Café, terras", "1 nieuw");
    }

    @Test
    void theCsvExportReadsBackAsNoChanges() {
        save(upload("register.csv", REGISTER.getBytes(StandardCharsets.UTF_8)));
        byte[] export = clerk.getBytes("/beheer/" + slug + "/register.csv");
        assertThat(new String(export, StandardCharsets.UTF_8)).startsWith("\uFEFFNummer;Soort;Titel;Datum;Status;"
                + "Termijn;Datum afdoening;Indieners;Portefeuillehouder;Tekst;Stand van zaken");
        String preview = upload("export.csv", export);
        assertThat(text(preview)).contains("0 nieuw, 0 bijgewerkt, 3 ongewijzigd, 0 geweigerd");
    }

    @Test
    void theExcelExportReadsBackAsNoChanges() {
        save(upload("register.csv", REGISTER.getBytes(StandardCharsets.UTF_8)));
        byte[] export = clerk.getBytes("/beheer/" + slug + "/register.xlsx");
        String preview = upload("export.xlsx", export);
        assertThat(text(preview)).contains("0 nieuw, 0 bijgewerkt, 3 ongewijzigd, 0 geweigerd");
    }

    @Test
    void aListDocumentFromTheImportGoesThroughTheSamePreviewAndSave() {
        save(upload("register.csv", REGISTER.getBytes(StandardCharsets.UTF_8)));
        ReadDocument list = RegisterRowsTest.listOf(
                new ReadDocument.ListItem(new Sourced<>("M-2024-01", null), new Sourced<>("Meer groen in de wijk", null),
                        ReadDocument.ItemKind.MOTION, null, new Sourced<>("afgedaan", null), null, null, null),
                new ReadDocument.ListItem(new Sourced<>("M-2024-09", null), new Sourced<>("Bankjes in het park", null),
                        ReadDocument.ItemKind.MOTION, new Sourced<>(java.time.LocalDate.of(2024, 6, 6), null),
                        new Sourced<>("open", null), null, new Sourced<>("Bankjes besteld", null), null));
        UUID id = pending.add(body, clerk.username(), "overzicht.pdf", "application/pdf", new byte[] {1}, "lijst");
        readings.keep(id, list);

        var review = clerk.get("/beheer/" + slug + "/import/" + id);
        assertThat(location(review)).isEqualTo("/beheer/" + slug + "/register/" + id);
        String preview = clerk.get(location(review)).body();
        assertThat(text(preview)).contains("1 nieuw, 1 bijgewerkt, 0 ongewijzigd, 0 geweigerd")
                .contains("Motiemonitor las de lijst in het document").doesNotContain("Kolom 1", "Kies per kolom");
        save(preview);

        assertThat(jdbc.queryForObject("select status from motions where body_id = ? and registration_number = ?",
                String.class, body, "M-2024-01")).isEqualTo("DISCHARGED");
        assertThat(jdbc.queryForObject("select adopted_on::text from motions where body_id = ?"
                + " and registration_number = ?", String.class, body, "M-2024-01"))
                .as("a list without dates leaves them").isEqualTo("2024-03-14");
        assertThat(jdbc.queryForList("select r.note from revinfo r join motions_aud a on a.rev = r.id"
                + " join motions m on m.id = a.id where m.body_id = ? and m.registration_number = 'M-2024-09'",
                String.class, body)).containsExactly("Geïmporteerd uit overzicht.pdf");
        assertThat(jdbc.queryForMap("select m.summary, n.text, n.source from motions m join progress_notes n"
                + " on n.motion_id = m.id where m.body_id = ? and m.registration_number = 'M-2024-09'", body))
                .as("a list's stand van zaken is a progress note, never the motion's text")
                .containsEntry("summary", null).containsEntry("text", "Bankjes besteld")
                .containsEntry("source", "Geïmporteerd uit overzicht.pdf");
    }

    @Test
    void aListsPreviewShowsWhereEachRowWasReadAndAFilesDoesNot() {
        String text = "Overzicht moties en toezeggingen\nM-2024-01 | Meer groen in de wijk | Afgedaan\n"
                + "M-2024-09 Bankjes in het park\nStand van zaken: De motie is uitgevoerd, de bankjes staan er. Klaar.\n";
        int first = text.indexOf("M-2024-01");
        int second = text.indexOf("M-2024-09");
        int word = text.indexOf("uitgevoerd");
        ReadDocument list = new ReadDocument(text, ReadDocument.Kind.LIST, null, null, null, null, List.of(), null,
                null, null, null, List.of(), null, List.of(), List.of(), false, List.of(), List.of(), List.of(
                new ReadDocument.ListItem(new Sourced<>("M-2024-01", null), new Sourced<>("Meer groen in de wijk", null),
                        ReadDocument.ItemKind.MOTION, null, new Sourced<>("Afgedaan",
                        new nl.motiemonitor.importing.Span(text.indexOf("Afgedaan"), text.indexOf("Afgedaan") + 8)),
                        null, null, new nl.motiemonitor.importing.Span(first, text.indexOf('\n', first))),
                new ReadDocument.ListItem(new Sourced<>("M-2024-09", null), new Sourced<>("Bankjes in het park", null),
                        ReadDocument.ItemKind.MOTION, null, new Sourced<>("uitgevoerd",
                        new nl.motiemonitor.importing.Span(word, word + 10)), null, null,
                        new nl.motiemonitor.importing.Span(second, text.length()))), List.of());
        UUID id = pending.add(body, clerk.username(), "overzicht.pdf", "application/pdf", new byte[] {1}, "lijst");
        readings.keep(id, list);

        var page = Jsoup.parse(clerk.get("/beheer/" + slug + "/register/" + id).body());
        var firstRow = page.getElementById("rij-1");
        var secondRow = page.getElementById("rij-2");
        assertThat(firstRow.select("details summary").text()).isEqualTo("Uit het document");
        assertThat(firstRow.select("details q").text()).isEqualTo("M-2024-01 | Meer groen in de wijk | Afgedaan");
        assertThat(firstRow.text()).as("a status of its own needs no sentence").doesNotContain("Status gelezen uit");
        assertThat(secondRow.select("details q").first().wholeText()).isEqualTo("M-2024-09 Bankjes in het park\n"
                + "Stand van zaken: De motie is uitgevoerd, de bankjes staan er. Klaar.");
        assertThat(secondRow.select("p.mm-source").first().text())
                .isEqualTo("Status gelezen uit de zin: Stand van zaken: De motie is uitgevoerd, de bankjes staan er.");

        var file = Jsoup.parse(upload("register.csv", REGISTER.getBytes(StandardCharsets.UTF_8)));
        assertThat(file.select("#rij-2")).hasSize(1);
        assertThat(file.select("details, .mm-source")).as("a file has no document to show").isEmpty();
        assertThat(file.text()).doesNotContain("Uit het document", "Status gelezen uit");
    }

    @Test
    void anOldDischargeCountsOnItsDischargeDateAndOneWithoutADateCountsNeitherInTimeNorLate() {
        String old = """
                Nummer;Soort;Titel;Datum;Status;Termijn;Datum afdoening
                H-1;Motie;Op tijd afgedaan;14-03-2017;Afgedaan;01-01-2018;15-12-2017
                H-2;Motie;Te laat afgedaan;14-03-2017;Afgedaan;01-01-2018;11-01-2018
                H-3;Motie;Afgedaan zonder datum;14-03-2017;Afgedaan;01-01-2018;
                H-4;Motie;Voorgesteld zonder datum;14-03-2017;Afdoening voorgesteld;01-01-2018;
                H-5;Motie;In behandeling;14-03-2017;In behandeling;01-01-2030;
                """;
        String preview = upload("oud.csv", old.getBytes(StandardCharsets.UTF_8));
        assertThat(text(preview)).contains("5 nieuw, 0 bijgewerkt",
                "Rij 4: Geen datum afdoening: telt niet mee in de cijfers over op tijd.",
                "Rij 5: Geen datum afdoening: telt niet mee in de cijfers over op tijd.")
                .doesNotContain("Rij 2: Geen datum afdoening", "Rij 6: Geen datum afdoening");
        save(preview);

        Map<String, Map<String, Object>> terms = new java.util.HashMap<>();
        jdbc.queryForList("select number, status, answered_in_time, proposed_late_days, late_days,"
                + " proposed_on::text, discharged_on::text from item_terms_on(current_date) where body_id = ?", body)
                .forEach(term -> terms.put((String) term.get("number"), term));
        assertThat(terms.get("H-1")).containsEntry("answered_in_time", true).containsEntry("proposed_late_days", null)
                .containsEntry("proposed_on", "2017-12-15").containsEntry("discharged_on", "2017-12-15");
        assertThat(terms.get("H-2")).containsEntry("answered_in_time", false)
                .containsEntry("proposed_late_days", 10).containsEntry("discharged_on", "2018-01-11");
        assertThat(terms.get("H-3")).containsEntry("status", "DISCHARGED").containsEntry("answered_in_time", null)
                .containsEntry("proposed_late_days", null).containsEntry("discharged_on", null)
                .containsEntry("proposed_on", null);
        assertThat(terms.get("H-4")).containsEntry("status", "DISCHARGE_PROPOSED")
                .containsEntry("answered_in_time", null).containsEntry("proposed_late_days", null)
                .containsEntry("late_days", null);
        assertThat(jdbc.queryForList("select s.to_status || ' ' || coalesce(s.effective_on::text, '-') || ' '"
                + " || s.date_unknown from status_changes s join motions m on m.id = s.motion_id"
                + " where m.body_id = ? and m.registration_number = ? order by s.position", String.class, body, "H-5"))
                .as("a move into progress is dated with the row's date").containsExactly("OPEN 2017-03-14 false",
                        "IN_PROGRESS 2017-03-14 false");
        assertThat(jdbc.queryForList("select s.to_status || ' ' || s.date_unknown from status_changes s"
                + " join motions m on m.id = s.motion_id where m.body_id = ? and m.registration_number = ?"
                + " order by s.position", String.class, body, "H-3"))
                .containsExactly("OPEN false", "DISCHARGE_PROPOSED true", "DISCHARGED true");

        byte[] export = clerk.getBytes("/beheer/" + slug + "/register.csv");
        String exported = new String(export, StandardCharsets.UTF_8);
        assertThat(exported).contains("Termijn;Datum afdoening;Indieners", "Afgedaan;01-01-2018;15-12-2017;");
        assertThat(text(upload("export.csv", export))).contains("0 nieuw, 0 bijgewerkt, 5 ongewijzigd, 0 geweigerd");
        assertThat(text(upload("export.xlsx", clerk.getBytes("/beheer/" + slug + "/register.xlsx"))))
                .contains("0 nieuw, 0 bijgewerkt, 5 ongewijzigd, 0 geweigerd");
    }

    @Test
    void aRegistersVervallenLapsesAnOpenItemOnNoDayRefusesADischargedOneAndReadsBack() {
        save(upload("register.csv", REGISTER.getBytes(StandardCharsets.UTF_8)));
        String lapsed = "Nummer;Soort;Status\nM-2024-01;Motie;Vervallen\nTZ-2024-07;Toezegging;vervallen\n";

        String refused = upload("vervallen.csv", lapsed.getBytes(StandardCharsets.UTF_8));
        assertThat(text(refused)).contains("0 nieuw, 1 bijgewerkt, 0 ongewijzigd, 1 geweigerd",
                "Rij 3: de status kan niet van afgedaan terug naar vervallen.");
        String preview = upload("vervallen.csv", lapsed.replace("TZ-2024-07;Toezegging;vervallen\n", "")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(text(preview)).contains("0 nieuw, 1 bijgewerkt, 0 ongewijzigd, 0 geweigerd",
                "Status: In behandeling → Vervallen");
        save(preview);

        assertThat(status("M-2024-01")).isEqualTo("LAPSED");
        assertThat(jdbc.queryForList("select s.from_status || ' ' || s.to_status || ' ' || s.date_unknown || ' '"
                + " || s.reason from status_changes s join motions m on m.id = s.motion_id where m.body_id = ?"
                + " and m.registration_number = 'M-2024-01' order by s.position desc limit 1", String.class, body))
                .containsExactly("IN_PROGRESS LAPSED true Geïmporteerd uit vervallen.csv");
        assertThat(text(upload("export.csv", clerk.getBytes("/beheer/" + slug + "/register.csv"))))
                .contains("0 nieuw, 0 bijgewerkt, 3 ongewijzigd, 0 geweigerd");
    }

    @Test
    void aDischargeDateInTheFutureOrBeforeTheItemsDateIsAProblem() {
        save(upload("register.csv", REGISTER.getBytes(StandardCharsets.UTF_8)));
        String later = "Nummer;Soort;Status;Datum afdoening\nM-2024-01;Motie;Afgedaan;01-01-2024\n"
                + "M-2024-09;Motie;Afgedaan;01-01-2099\n";
        String preview = upload("later.csv", later.getBytes(StandardCharsets.UTF_8));
        assertThat(text(preview)).contains("0 nieuw, 0 bijgewerkt, 0 ongewijzigd, 2 geweigerd",
                "Rij 2: de datum afdoening (01-01-2024) ligt vóór de datum (14-03-2024).",
                "Rij 3: de datum afdoening (01-01-2099) ligt in de toekomst.");
    }

    @Test
    void aRegisterDoesNotSilentlyRejectAProposedDischarge() {
        save(upload("register.csv", REGISTER.replace("In behandeling", "Afdoening voorgesteld")
                .getBytes(StandardCharsets.UTF_8)));
        String preview = upload("terug.csv", REGISTER.getBytes(StandardCharsets.UTF_8));
        assertThat(text(preview)).contains("0 nieuw, 0 bijgewerkt, 2 ongewijzigd, 1 geweigerd",
                "Rij 2: bij M-2024-01 is afdoening voorgesteld; het register noemt het “in behandeling”, en opslaan"
                        + " zou het voorstel tot afdoening afwijzen.", "Voorstellen tot afdoening afwijzen");
        String refused = clerk.post(action(preview), form(preview).with("action", "save").fields()).body();
        assertThat(text(refused)).contains("Er is niets opgeslagen: 1 rij wordt geweigerd.");
        assertThat(status("M-2024-01")).isEqualTo("DISCHARGE_PROPOSED");

        String ticked = clerk.post(action(preview), form(preview).with("rejectDischarges", "true")
                .with("action", "preview").fields()).body();
        assertThat(text(ticked)).contains("0 nieuw, 1 bijgewerkt, 2 ongewijzigd, 0 geweigerd",
                "Rij 2: het voorstel tot afdoening van M-2024-01 wordt afgewezen",
                "Status: Afdoening voorgesteld → In behandeling");
        save(ticked);
        assertThat(status("M-2024-01")).isEqualTo("IN_PROGRESS");
        assertThat(jdbc.queryForObject("select s.date_unknown from status_changes s join motions m"
                + " on m.id = s.motion_id where m.body_id = ? and m.registration_number = 'M-2024-01'"
                + " order by s.position desc limit 1", Boolean.class, body)).isTrue();
    }

    @Test
    void thePreviewShowsEveryValueARowSavesAndForAnUpdateTheOldAndNewValues() {
        String preview = upload("register.csv", REGISTER.getBytes(StandardCharsets.UTF_8));
        assertThat(text(preview)).contains("Datum (aangenomen of toegezegd): 14-03-2024", "Status: In behandeling",
                "Termijn: 01-12-2024", "Indieners: Jansen (GroenLinks)", "Portefeuillehouder: Wethouder De Boer",
                "Tekst of beschrijving van de motie: Plan volgt", "Termijn: voorjaar 2025");
        save(preview);

        String changed = REGISTER.replace("Meer groen in de wijk", "Meer groen in alle wijken")
                .replace("In behandeling", "Afgedaan").replace("Wethouder De Boer", "Wethouder Smit");
        assertThat(text(upload("v2.csv", changed.getBytes(StandardCharsets.UTF_8)))).contains(
                "Titel: Meer groen in de wijk → Meer groen in alle wijken", "Status: In behandeling → Afgedaan",
                "Portefeuillehouder: Wethouder De Boer → Wethouder Smit",
                "Rij 2: Geen datum afdoening: telt niet mee in de cijfers over op tijd.");

        String shifted = REGISTER.replace("Jansen (GroenLinks)", "Jansen (GroenLinks); De Vries (D66)");
        String refused = text(upload("verschoven.csv", shifted.getBytes(StandardCharsets.UTF_8)));
        assertThat(refused).contains("Rij 2 heeft 10 cellen, de kop 9.",
                "Portefeuillehouder: Wethouder De Boer → De Vries (D66)",
                "0 nieuw, 0 bijgewerkt, 2 ongewijzigd, 1 geweigerd");
    }

    static final String WITH_PROGRESS = """
            Nr;Soort;Titel;Datum;Status;Tekst;Stand van zaken
            M-7;Motie;Groene schoolpleinen;14-03-2024;In behandeling;;Uitgevoerd met de schoolpleinenaanpak
            M-8;Motie;Bomen langs de singel;14-03-2024;Open;verzoekt het college bomen te planten;
            TZ-3;Toezegging;Raad informeren over de pleinen;2 april 2024;Open;;Brief volgt in juni
            """;

    @Test
    void theRegistersStandVanZakenIsAProgressNoteOnThePublicPageNotTheMotionsText() {
        String preview = upload("register.csv", WITH_PROGRESS.getBytes(StandardCharsets.UTF_8));
        assertThat(selected(preview, "columns[5]")).isEqualTo("text");
        assertThat(selected(preview, "columns[6]")).isEqualTo("progress");
        assertThat(text(preview)).contains("Stand van zaken: Uitgevoerd met de schoolpleinenaanpak",
                "Tekst of beschrijving van de motie: verzoekt het college bomen te planten",
                "Stand van zaken: Brief volgt in juni");
        save(form(preview).with("publish", "true"), action(preview));

        assertThat(jdbc.queryForObject("select summary from motions where body_id = ? and registration_number = 'M-7'",
                String.class, body)).isNull();
        assertThat(jdbc.queryForMap("select n.text, n.recorded_by, n.source, n.noted_on from progress_notes n"
                + " join motions m on m.id = n.motion_id where m.body_id = ?", body))
                .containsEntry("text", "Uitgevoerd met de schoolpleinenaanpak")
                .containsEntry("recorded_by", clerkName()).containsEntry("source", "Geïmporteerd uit register.csv")
                .containsEntry("noted_on", null);
        var page = Jsoup.parse(new PortalClient(port).get("/" + slug + "/moties/m-7").body());
        assertThat(page.select("section:has(#stand-van-zaken)").text()).startsWith("Stand van zaken Uitgevoerd met de"
                + " schoolpleinenaanpak Volgens het register van de griffie, vastgelegd op");
        assertThat(page.select("section:has(#tekst)").text()).isEqualTo(
                "Tekst van de motie De tekst van deze motie is niet opgenomen.");
        assertThat(page.text()).doesNotContain("brief;", "in een brief");
        String key = jdbc.queryForObject("select url_key from commitments where body_id = ?", String.class, body);
        assertThat(Jsoup.parse(new PortalClient(port).get("/" + slug + "/toezeggingen/" + key).body())
                .select("section:has(#stand-van-zaken)").text()).startsWith("Stand van zaken Brief volgt in juni");
        assertThat(Jsoup.parse(clerk.get("/beheer/" + slug + "/moties/" + motionId("M-7")).body())
                .select("section:has(#stand-van-zaken)").text()).contains("Uitgevoerd met de schoolpleinenaanpak",
                "Geïmporteerd uit register.csv");
    }

    @Test
    void aStandVanZakenOfProseWithoutAStatusColumnIsReadAsProgressNotes() {
        String notes = """
                Nummer;Titel;Stand van zaken
                M-11;Groene schoolpleinen;Uitgevoerd met de schoolpleinenaanpak
                M-12;Bomen langs de singel;De raad wordt in april geïnformeerd
                M-13;Bankjes in het park;Afgedaan
                """;
        String preview = upload("stand.csv", notes.getBytes(StandardCharsets.UTF_8));
        assertThat(selected(preview, "columns[2]")).isEqualTo("progress");
        assertThat(text(preview)).contains("3 nieuw, 0 bijgewerkt, 0 ongewijzigd, 0 geweigerd",
                "Stand van zaken: De raad wordt in april geïnformeerd").doesNotContain("is onbekend");

        save(preview);
        assertThat(jdbc.queryForList("select m.registration_number || ': ' || n.text from progress_notes n"
                + " join motions m on m.id = n.motion_id where m.body_id = ? order by m.registration_number",
                String.class, body)).containsExactly("M-11: Uitgevoerd met de schoolpleinenaanpak",
                "M-12: De raad wordt in april geïnformeerd", "M-13: Afgedaan");
        assertThat(jdbc.queryForList("select status from motions where body_id = ?", String.class, body))
                .as("a note says no status: a new motion is open").hasSize(3).containsOnly("OPEN");
    }

    @Test
    void aNewStandVanZakenUpdatesTheNoteAndKeepsTheEarlierOne() {
        String first = upload("register.csv", WITH_PROGRESS.getBytes(StandardCharsets.UTF_8));
        save(form(first).with("publish", "true"), action(first));
        String later = WITH_PROGRESS.replace("Uitgevoerd met de schoolpleinenaanpak", "Alle pleinen zijn groen");
        String preview = upload("register-juni.csv", later.getBytes(StandardCharsets.UTF_8));
        assertThat(text(preview)).contains("0 nieuw, 1 bijgewerkt, 2 ongewijzigd, 0 geweigerd",
                "Wijzigt: Stand van zaken",
                "Stand van zaken: Uitgevoerd met de schoolpleinenaanpak → Alle pleinen zijn groen");
        save(preview);

        assertThat(jdbc.queryForList("select n.text || ' / ' || n.source from progress_notes n join motions m"
                + " on m.id = n.motion_id where m.body_id = ? order by n.id", String.class, body)).containsExactly(
                "Uitgevoerd met de schoolpleinenaanpak / Geïmporteerd uit register.csv",
                "Alle pleinen zijn groen / Geïmporteerd uit register-juni.csv");
        assertThat(jdbc.queryForObject("select count(*) from motions_aud a join motions m on m.id = a.id"
                + " where m.body_id = ? and m.registration_number = 'M-7'", Integer.class, body))
                .as("a note is no revision of the motion").isEqualTo(1);
        var page = Jsoup.parse(new PortalClient(port).get("/" + slug + "/moties/m-7").body());
        assertThat(page.select("section:has(#stand-van-zaken)").text()).contains("Alle pleinen zijn groen")
                .doesNotContain("schoolpleinenaanpak");
        var staff = Jsoup.parse(clerk.get("/beheer/" + slug + "/moties/" + motionId("M-7")).body());
        assertThat(staff.select("section:has(#stand-van-zaken) li").eachText()).hasSize(2)
                .satisfies(notes -> assertThat(notes.get(0)).startsWith("Alle pleinen zijn groen Geldt nu;"))
                .satisfies(notes -> assertThat(notes.get(1)).startsWith("Uitgevoerd met de schoolpleinenaanpak Eerder;"));

        assertThat(text(upload("nog-eens.csv", later.getBytes(StandardCharsets.UTF_8))))
                .contains("0 nieuw, 0 bijgewerkt, 3 ongewijzigd, 0 geweigerd");
    }

    @Test
    void theExportWritesTheTextAndTheLatestNoteApartAndReadsBackUnchangedAsCsvAndExcel() {
        save(upload("register.csv", WITH_PROGRESS.getBytes(StandardCharsets.UTF_8)));
        save(upload("later.csv", WITH_PROGRESS.replace("Brief volgt in juni", "Brief is verstuurd")
                .getBytes(StandardCharsets.UTF_8)));
        String exported = new String(clerk.getBytes("/beheer/" + slug + "/register.csv"), StandardCharsets.UTF_8);
        assertThat(exported).contains(";Portefeuillehouder;Tekst;Stand van zaken",
                ";Uitgevoerd met de schoolpleinenaanpak", ";verzoekt het college bomen te planten;",
                ";Brief is verstuurd").doesNotContain("Brief volgt in juni");

        assertThat(text(upload("export.csv", clerk.getBytes("/beheer/" + slug + "/register.csv"))))
                .contains("0 nieuw, 0 bijgewerkt, 3 ongewijzigd, 0 geweigerd");
        assertThat(text(upload("export.xlsx", clerk.getBytes("/beheer/" + slug + "/register.xlsx"))))
                .contains("0 nieuw, 0 bijgewerkt, 3 ongewijzigd, 0 geweigerd");

        String before = """
                Nummer;Soort;Titel;Datum;Status;Termijn;Datum afdoening;Indieners;Portefeuillehouder;Toelichting
                M-8;Motie;Bomen langs de singel;14-03-2024;Open;;;;;verzoekt het college bomen te planten
                """;
        assertThat(text(upload("export-van-voorheen.csv", before.getBytes(StandardCharsets.UTF_8))))
                .as("an export from before the split still reads its explanation as the motion's text")
                .contains("0 nieuw, 0 bijgewerkt, 1 ongewijzigd, 0 geweigerd");
    }

    private long motionId(String number) {
        return jdbc.queryForObject("select id from motions where body_id = ? and registration_number = ?",
                Long.class, body, number);
    }

    private String clerkName() {
        return jdbc.queryForObject("select display_name from users where username = ?", String.class,
                clerk.username());
    }

    private String status(String number) {
        return jdbc.queryForObject("select status from motions where body_id = ? and registration_number = ?",
                String.class, body, number);
    }

    private String upload(String name, byte[] content) {
        clerk.get("/beheer/" + slug + "/register");
        var response = clerk.postMultipart("/beheer/" + slug + "/register",
                List.of(new StaffClient.Upload("bestand", name, "text/csv", content)), Map.of());
        return clerk.get(location(response)).body();
    }

    private String save(String preview) {
        return save(form(preview), action(preview));
    }

    private String save(HtmlForm form, String action) {
        return clerk.get(location(clerk.post(action, form.with("action", "save").fields()))).body();
    }

    static String action(String preview) {
        return Jsoup.parse(preview).select("form[action*=/register/]").first().attr("action");
    }

    static HtmlForm form(String preview) {
        return HtmlForm.of(preview, action(preview));
    }

    static String selected(String preview, String name) {
        return form(preview).value(name);
    }

    static String text(String html) {
        return Jsoup.parse(html).text();
    }
}
