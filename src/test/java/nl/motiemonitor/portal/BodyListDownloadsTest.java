package nl.motiemonitor.portal;

import static nl.motiemonitor.testsupport.DownloadedTables.body;
import static nl.motiemonitor.testsupport.DownloadedTables.column;
import static nl.motiemonitor.testsupport.DownloadedTables.csv;
import static nl.motiemonitor.testsupport.DownloadedTables.page;
import static nl.motiemonitor.testsupport.DownloadedTables.xlsx;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.motiemonitor.body.BodyId;
import nl.motiemonitor.letter.LetterResponse;
import nl.motiemonitor.motion.MotionCatalog;
import nl.motiemonitor.motion.MotionSummary;
import nl.motiemonitor.motion.VoteOutcome;
import nl.motiemonitor.shared.ItemTitles;
import nl.motiemonitor.shared.MotionId;
import nl.motiemonitor.table.TableDownloads;
import nl.motiemonitor.term.ItemTerm;
import nl.motiemonitor.term.TermItem;
import nl.motiemonitor.term.Terms;
import nl.motiemonitor.testsupport.Fixtures;
import nl.motiemonitor.testsupport.MotiemonitorTest;
import nl.motiemonitor.testsupport.PortalClient;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * A body's lists as CSV and Excel (issue 16): every item the page's filters find, over all its pages, in its order,
 * parsed back to the same rows as the page and the read model show; drafts never; a filter the page does not know,
 * or a list longer than a download holds, goes back to the page, which says why.
 */
@MotiemonitorTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BodyListDownloadsTest {

    private static final LocalDate TODAY = LocalDate.now(nl.motiemonitor.shared.DutchDates.NETHERLANDS);

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MotionCatalog motions;

    @Autowired
    Terms terms;

    @Autowired
    MessageSource messages;

    @Autowired
    TableDownloads tables;

    @Value("${motiemonitor.follow.base-url}")
    String base;

    PortalClient portal;
    String slug;
    Long bodyId;

    @BeforeAll
    void aBodyWithTwoPagesOfMotionsADraftAndLetters() {
        portal = new PortalClient(port);
        slug = "uitvoer-" + UUID.randomUUID().toString().substring(0, 6);
        bodyId = fixtures.body(slug);
        for (int i = 1; i <= 23; i++) {
            fixtures.motion(bodyId, "U-" + i).titled("Motie over onderwerp " + i + "; met \"aanhalingstekens\"")
                    .adoptedOn(LocalDate.of(2025, 1, 1).plusDays(i)).due(TODAY.plusDays(i % 2 == 0 ? -i : i))
                    .requesting("het onderwerp " + i + " uit te voeren.").register();
        }
        for (int i = 24; i <= 26; i++) {
            fixtures.motion(bodyId, "U-" + i).titled("Motie over onderwerp " + i).adoptedOn(LocalDate.of(2026, 2, i))
                    .requesting("het onderwerp " + i + " uit te voeren.").register();
        }
        fixtures.motion(bodyId, "U-V").titled("Verworpen motie over onderwerp").adoptedOn(LocalDate.of(2025, 3, 3))
                .outcome(VoteOutcome.REJECTED).requesting("niets.").register();
        fixtures.motion(bodyId, "U-GEHEIM").titled("Geheimzinnige motie over onderwerp")
                .adoptedOn(LocalDate.of(2025, 4, 4)).requesting("geheimzinnig te doen.").unpublished().register();
        MotionId first = motionId("U-1");
        fixtures.letter(bodyId).about("Afdoening van onderwerp 1").sentOn(LocalDate.of(2025, 6, 1))
                .answering(first, LetterResponse.DISCHARGE_CLAIMED).register();
        fixtures.letter(bodyId).about("Geheimzinnige voortgang").sentOn(LocalDate.of(2025, 7, 1))
                .answering(motionId("U-2"), LetterResponse.PROGRESS_ONLY).unpublished().register();
        for (int i = 1; i <= 3; i++) {
            fixtures.commitment(bodyId, "Toezegging over onderwerp " + i).madeOn(LocalDate.of(2025, 5, i))
                    .due(TODAY.minusDays(i)).register();
        }
        fixtures.commitment(bodyId, "Geheimzinnige toezegging").madeOn(LocalDate.of(2025, 5, 9)).unpublished()
                .register();
    }

    @Test
    void theCsvAndExcelOfABodysListParseBackToTheRowsItsPagesAndTheReadModelShow() {
        List<List<String>> csv = csv(portal.getBytes("/" + slug + "/moties.csv?jaar=2025"));
        List<List<String>> xlsx = xlsx(portal.getBytes("/" + slug + "/moties.xlsx?jaar=2025"));
        assertThat(xlsx).as("the Excel sheet holds what the CSV holds, cell by cell").isEqualTo(csv);

        Document first = page(portal.get("/" + slug + "?jaar=2025").body());
        Document second = page(portal.get("/" + slug + "?jaar=2025&pagina=2").body());
        List<String> shown = new ArrayList<>(numbers(first));
        shown.addAll(numbers(second));
        assertThat(shown).as("two pages").hasSize(24);
        assertThat(column(csv, "Nummer")).as("every row of every page, in the page's order").isEqualTo(shown);
        List<String> headings = first.select("table:has(#moties-tabel) thead th").eachText();
        assertThat(headings).containsExactly("Motie", "Stemming", "Status", "Termijn", "Laatste brief");
        assertThat(csv.get(0)).as("the page's columns, and more").containsAll(headings);

        List<MotionSummary> model = motions.listPublished(new BodyId(bodyId), null, false, 2025,
                PageRequest.of(0, 100, BodyLists.MOTIONS_NEWEST_FIRST)).getContent();
        Map<Long, ItemTerm> itemTerms = terms.terms(TermItem.MOTION, model.stream().map(MotionSummary::id).toList());
        List<List<String>> expected = model.stream().map(motion -> {
            ItemTerm term = itemTerms.get(motion.id());
            boolean answered = motion.registrationNumber().equals("U-1");
            return List.of(messages.getMessage(ItemTitles.motion(motion.title(), motion.registrationNumber()),
                            TableDownloads.DUTCH), motion.registrationNumber(),
                    motion.voteOutcome() == VoteOutcome.REJECTED ? "Verworpen" : "Aangenomen",
                    motion.adoptedOn().toString(), motion.status() == null ? "Geen afdoening"
                            : messages.getMessage("status." + motion.status(), null, TableDownloads.DUTCH),
                    term == null || term.dueOn() == null ? "" : term.dueOn().toString(),
                    term == null || term.lateDays() == null ? "" : term.lateDays().toString(),
                    answered ? "2025-06-01" : "", answered ? "Afdoening geclaimd" : "",
                    base + "/" + slug + "/moties/" + motion.urlKey());
        }).toList();
        assertThat(body(csv)).as("row by row as the read model has it").isEqualTo(expected);
        assertThat(column(csv, "Dagen te laat")).as("late items count their days").contains("2", "4", "22");
        assertThat(column(csv, "Motie")).contains("Motie over onderwerp 7; met \"aanhalingstekens\"");
    }

    @Test
    void theDownloadsKeepThePagesFiltersAndHoldNoDraftEver() {
        List<List<String>> open2026 = csv(portal.getBytes("/" + slug + "/moties.csv?status=open&jaar=2026"));
        assertThat(column(open2026, "Nummer")).containsExactly("U-26", "U-25", "U-24");
        assertThat(column(open2026, "Nummer")).isEqualTo(numbers(page(portal.get("/" + slug
                + "?status=open&jaar=2026").body())));

        for (String path : List.of("/moties.csv", "/moties.xlsx", "/toezeggingen.csv", "/moties.csv?jaar=2025")) {
            String all = String.join("\n", csv(portal.getBytes("/" + slug + path.replace(".xlsx", ".csv"))).stream()
                    .map(row -> String.join(";", row)).toList());
            assertThat(all).as(path).doesNotContainIgnoringCase("geheim");
        }
        List<List<String>> all = csv(portal.getBytes("/" + slug + "/moties.csv"));
        assertThat(column(all, "Nummer")).hasSize(27).doesNotContain("U-GEHEIM");
        int second = column(all, "Nummer").indexOf("U-2");
        assertThat(column(all, "Laatste brief").get(second)).as("a draft letter is no latest letter").isEmpty();

        List<List<String>> commitments = csv(portal.getBytes("/" + slug + "/toezeggingen.csv"));
        Document page = page(portal.get("/" + slug).body());
        assertThat(column(commitments, "Nummer")).hasSize(3).isEqualTo(page.select(
                "table:has(#toezeggingen-tabel) tbody tr td:first-child .mm-nowrap").eachText());
        assertThat(column(commitments, "Dagen te laat")).containsExactlyInAnyOrder("1", "2", "3");
        assertThat(portal.get("/" + slug + "/toezeggingen.csv?status=deels-afgedaan").statusCode())
                .as("no commitment is partly discharged: an empty table").isEqualTo(200);
    }

    @Test
    void aDownloadIsAnAttachmentNamedAfterTheListTheBodyAndTheDay() {
        HttpResponse<String> csv = portal.get("/" + slug + "/moties.csv?status=open", "*/*");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).contains("text/csv;charset=UTF-8");
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"moties-" + slug + "-" + TODAY + ".csv\"");
        HttpResponse<String> xlsx = portal.get("/" + slug + "/toezeggingen.xlsx", "*/*");
        assertThat(xlsx.headers().firstValue("Content-Type"))
                .contains("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"toezeggingen-" + slug + "-" + TODAY + ".xlsx\"");
        assertThat(portal.get("/" + slug + "/moties.json", "*/*").statusCode()).isEqualTo(404);
        assertThat(portal.get("/bestaat-niet/moties.csv", "*/*").statusCode()).isEqualTo(404);

        Document page = page(portal.get("/" + slug + "?status=open&jaar=2025&pagina=2").body());
        assertThat(page.select("a[aria-label=Download deze tabel als CSV]").eachAttr("href"))
                .as("beside each table, with its filters and without its page")
                .containsExactly("/" + slug + "/moties.csv?status=open&jaar=2025",
                        "/" + slug + "/toezeggingen.csv?status=open&jaar=2025");
        assertThat(page.select("a[aria-label=Download deze tabel als Excel-bestand]").first().attr("href"))
                .isEqualTo("/" + slug + "/moties.xlsx?status=open&jaar=2025");
        assertThat(page.select("a[aria-label=Download deze tabel als CSV]").first().attr("aria-describedby"))
                .isEqualTo("moties-tabel");
    }

    @Test
    void aFilterThePageDoesNotKnowGoesBackToThePageWhichSaysWhy() {
        HttpResponse<String> refused = portal.get("/" + slug + "/moties.csv?status=bijna-klaar", "*/*");
        assertThat(refused.statusCode()).isEqualTo(303);
        String back = refused.headers().firstValue("Location").orElseThrow();
        assertThat(back).isEqualTo("/" + slug + "?status=bijna-klaar#moties");
        assertThat(page(portal.get(back.substring(0, back.indexOf('#'))).body()).text())
                .contains("De status 'bijna-klaar' bestaat niet");
    }

    @Test
    void aListLongerThanADownloadHoldsIsRefusedWithADutchMessageBesideTheTable() {
        int max = tables.maxRows();
        ReflectionTestUtils.setField(tables, "maxRows", 5);
        try {
            HttpResponse<String> refused = portal.get("/" + slug + "/moties.xlsx?jaar=2025", "*/*");
            assertThat(refused.statusCode()).isEqualTo(303);
            assertThat(refused.headers().firstValue("Location")).contains("/" + slug + "?jaar=2025#moties");

            Document page = page(portal.get("/" + slug + "?jaar=2025").body());
            assertThat(page.select(".mm-downloads").eachText()).containsExactly(
                    "Geen download: 24 regels, meer dan de 5 die een download hoogstens bevat. Kies een filter.",
                    "Downloaden: CSV · Excel");
            assertThat(portal.get("/" + slug + "/toezeggingen.csv?jaar=2025", "*/*").statusCode())
                    .as("3 commitments fit").isEqualTo(200);
        } finally {
            ReflectionTestUtils.setField(tables, "maxRows", max);
        }
    }

    private MotionId motionId(String number) {
        return new MotionId(motions.findByNumber(new BodyId(bodyId), number).orElseThrow().id());
    }

    private static List<String> numbers(Document page) {
        return page.select("table:has(#moties-tabel) tbody tr td:first-child .mm-nowrap").eachText();
    }
}
