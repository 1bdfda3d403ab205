package nl.motiemonitor.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.motiemonitor.testsupport.Fixtures;
import nl.motiemonitor.testsupport.MotiemonitorTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Issue 15 in Chromium, every new page checked with axe: a clerk splits a motion with three requests, one letter
 * answers two of them, the council's decision on the list accepts both, the public motion page and the list say
 * "deels afgedaan", and the list's PDF, Excel and CSV hold every line the page shows.
 */
@MotiemonitorTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class CouncilListInBrowserIT extends StaffInChromium {

    private static final String CLERK = "griffie-lijst";
    private static final String SLUG = "lijstdorp";

    @Autowired
    Fixtures fixtures;

    private Long motionId;
    private Long commitmentId;

    @BeforeAll
    void createBodyAndClerk() {
        Long body = fixtures.body(SLUG);
        createUser(CLERK, "Griffie Lijst", false, Map.of(SLUG, "CLERK"));
        motionId = fixtures.motion(body, "M-15").titled("Groene schoolpleinen").adoptedOn(LocalDate.of(2026, 3, 12))
                .due(LocalDate.of(2027, 3, 12)).clause(nl.motiemonitor.motion.ClauseKind.NOTING,
                        "dat schoolpleinen vaak versteend zijn;")
                .requesting("elk schoolplein in 2027 te vergroenen;")
                .requesting("daarvoor subsidie beschikbaar te stellen;")
                .requesting("de raad jaarlijks te informeren over de voortgang.").register().value();
        commitmentId = fixtures.commitment(body, "De wethouder stuurt de raad een plan en een begroting voor"
                + " speelplekken.").madeOn(LocalDate.of(2026, 4, 2)).due(LocalDate.of(2027, 1, 1)).register().value();
    }

    @Test
    void aMotionSplitIntoRequestsIsPartlyDischargedByTheCouncilsDecisionOnItsList() throws Exception {
        logIn(CLERK);

        // split the motion into its three requests
        open("/beheer/" + SLUG + "/moties/" + motionId);
        follow(browser.findElement(By.xpath("//button[normalize-space()='Per verzoek volgen']")));
        assertThat(main()).contains("De motie wordt nu per verzoek gevolgd (3 verzoeken).", "Verzoek 1", "Verzoek 2",
                "Verzoek 3");
        Axe.assertAccessible(browser, "motie per verzoek");

        // one letter answers requests 1 and 2
        open("/beheer/" + SLUG + "/brieven/nieuw");
        typeDate(By.id("sentOn"), LocalDate.of(2026, 11, 20));
        type(By.id("subject"), "Afdoening motie Groene schoolpleinen, verzoek 1 en 2");
        type(By.id("reference"), "OCW/2026-15");
        type(By.id("fullText"), "Het college beschouwt de verzoeken 1 en 2 van de motie als afgedaan.");
        Select item = new Select(browser.findElement(By.id("answers-0.item")));
        item.selectByVisibleText(item.getOptions().stream().map(WebElement::getText)
                .filter(text -> text.startsWith("Motie M-15")).findFirst().orElseThrow());
        type(By.id("answers-0.requests"), "1, 2");
        browser.findElement(By.id("published")).click();
        Axe.assertAccessible(browser, "brief met verzoeken");
        save();
        assertThat(main()).doesNotContain("Controleer het formulier");

        open("/" + SLUG + "/moties/m-15");
        assertThat(main()).contains("0 van 3 verzoeken afgedaan", "Afdoening voorgesteld");

        // the council decides on the list after its meeting: both proposals accepted
        open("/beheer/" + SLUG + "/lijst");
        assertThat(main()).contains("Besluit van de raad vastleggen", "M-15, verzoek 1", "M-15, verzoek 2");
        Axe.assertAccessible(browser, "lijst in beheer");
        typeDate(By.id("meetingOn"), LocalDate.of(2026, 11, 26));
        follow(browser.findElement(By.xpath("//button[normalize-space()='Besluit vastleggen']")));
        assertThat(main()).contains("Het besluit van de vergadering van 26 november 2026 is vastgelegd: 2 aanvaard,"
                + " 0 niet aanvaard.");

        // the public motion page and the list say "deels afgedaan"
        open("/" + SLUG + "/moties/m-15");
        assertThat(main()).contains("Deels afgedaan", "2 van 3 verzoeken afgedaan");
        Axe.assertAccessible(browser, "openbare motie deels afgedaan");

        open("/" + SLUG + "/lijst?sinds=2026-11-01");
        assertThat(main()).contains("(deels afgedaan)", "M-15, verzoek 1", "M-15, verzoek 3", "afgedaan");
        Axe.assertAccessible(browser, "openbare lijst");
        List<String> lines = browser.findElements(By.cssSelector("main table tbody tr td:nth-child(2) a")).stream()
                .map(WebElement::getText).toList();
        assertThat(lines).contains("M-15, verzoek 1", "M-15, verzoek 2", "M-15, verzoek 3");

        // the dashboard counts the requests beside the motions
        open("/" + SLUG + "/overzicht");
        assertThat(main().replaceAll("\\s+", " ")).contains("3 verzoeken van 1 motie die per verzoek wordt gevolgd",
                "2 afgedaan (verzoeken)");
        Axe.assertAccessible(browser, "overzicht per verzoek");

        // the downloads next to the list hold every line of the page
        open("/" + SLUG + "/lijst?sinds=2026-11-01");
        String pdfLink = browser.findElement(By.partialLinkText("PDF")).getDomProperty("href");
        try (PDDocument pdf = Loader.loadPDF(download(pdfLink))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            lines.forEach(line -> assertThat(text).as("the PDF").contains(line));
        }
        String excelLink = browser.findElement(By.linkText("Excel")).getDomProperty("href");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download(excelLink)))) {
            List<String> numbers = new ArrayList<>();
            for (Row row : workbook.getSheetAt(0)) {
                if (row.getRowNum() > 2) {
                    numbers.add(row.getCell(1).getStringCellValue());
                }
            }
            assertThat(numbers).as("the Excel sheet").containsExactlyInAnyOrderElementsOf(lines);
        }
        String csv = new String(download(browser.findElement(By.linkText("CSV")).getDomProperty("href")),
                StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setDelimiter(';').get()
                .parse(new StringReader(csv.substring(1))).getRecords();
        assertThat(records.subList(1, records.size())).extracting(record -> record.get(1)).as("the CSV")
                .containsExactlyInAnyOrderElementsOf(lines);
    }

    @Test
    void aCommitmentOfWhichALetterKeepsOnlyPartIsSplitInTwo() {
        logIn(CLERK);
        open("/beheer/" + SLUG + "/toezeggingen/" + commitmentId);
        type(By.id("keptText"), "De wethouder stuurt de raad een plan voor speelplekken.");
        type(By.id("remainingText"), "De wethouder stuurt de raad een begroting voor speelplekken.");
        Axe.assertAccessible(browser, "toezegging splitsen");
        follow(browser.findElement(By.xpath("//button[normalize-space()='Toezegging splitsen']")));
        assertThat(main()).contains("De toezegging is gesplitst", "Afgesplitst van toezegging",
                "De wethouder stuurt de raad een begroting voor speelplekken.");
        Axe.assertAccessible(browser, "afgesplitste toezegging");
    }

    private static byte[] download(String url) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return response.body();
    }
}
