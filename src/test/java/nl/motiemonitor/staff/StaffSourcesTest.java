package nl.motiemonitor.staff;

import static nl.motiemonitor.staff.StaffMotionTest.location;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import nl.motiemonitor.body.BodyId;
import nl.motiemonitor.body.BodyKind;
import nl.motiemonitor.harvest.HarvestOptions;
import nl.motiemonitor.harvest.HarvestSource;
import nl.motiemonitor.harvest.HarvestSources;
import nl.motiemonitor.harvest.Harvester;
import nl.motiemonitor.harvest.NotubizFixtures;
import nl.motiemonitor.harvest.SourceKind;
import nl.motiemonitor.harvest.SourceSetup;
import nl.motiemonitor.harvest.TweedeKamerFixtures;
import nl.motiemonitor.motion.MotionCatalog;
import nl.motiemonitor.motion.MotionDraft;
import nl.motiemonitor.motion.Motions;
import nl.motiemonitor.shared.StatusChangeDetails;
import nl.motiemonitor.testsupport.FixtureServer;
import nl.motiemonitor.testsupport.Fixtures;
import nl.motiemonitor.testsupport.MotiemonitorTest;
import nl.motiemonitor.testsupport.PortalClient;
import nl.motiemonitor.testsupport.StaffClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A clerk sets up the body's source, harvests it with "Nu oogsten", decides a conflict with the harvest, sees which
 * records it skipped and why, and sees a harvested item's source (and its deletion) on its staff page.
 */
@MotiemonitorTest
class StaffSourcesTest {

    private static final String EDITED = "a3c51f0e-6f2d-4f8a-9b1e-2d7c4e9a0002";
    private static final String DELETED = "a3c51f0e-6f2d-4f8a-9b1e-2d7c4e9a0001";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    HarvestSources sources;

    @Autowired
    MotionCatalog catalog;

    @Autowired
    Motions motions;

    @Autowired
    Harvester harvester;

    FixtureServer server;
    Long body;
    String slug;
    StaffClient clerk;

    @BeforeEach
    void aBodyWithAClerkAndASourceOnThisMachine() {
        server = new FixtureServer("harvest/tweedekamer", TweedeKamerFixtures.PATH, new TweedeKamerFixtures());
        slug = "bronnen-" + UUID.randomUUID().toString().substring(0, 8);
        body = fixtures.body(slug, "Kamer " + slug, BodyKind.PARLIAMENT);
        clerk = StaffClient.clerk(port, jdbc, slug);
    }

    @AfterEach
    void removeThem() {
        server.close();
        jdbc.update("delete from user_body_roles where body_id = ?", body);
        fixtures.remove(body);
    }

    @Test
    void aSourceWithoutAnHttpAddressOrWithAStrayParameterLineIsRefusedInDutchAndTheInputKept() {
        clerk.get("/beheer/" + slug + "/bronnen");

        HttpResponse<String> badUrl = clerk.post("/beheer/" + slug + "/bronnen", Map.of("kind", "TWEEDE_KAMER",
                "baseUrl", "ftp://mirror.example/odata", "parameters", "", "_publish", "on", "_scheduled", "on"));
        HttpResponse<String> badLine = clerk.post("/beheer/" + slug + "/bronnen", Map.of("kind", "NOTUBIZ",
                "baseUrl", "https://api.notubiz.nl/", "parameters", "organisation=281\nmodule", "_publish", "on",
                "_scheduled", "on"));
        HttpResponse<String> empty = clerk.post("/beheer/" + slug + "/bronnen", Map.of("kind", "TWEEDE_KAMER",
                "baseUrl", " ", "_publish", "on", "_scheduled", "on"));

        assertThat(badUrl.statusCode()).isEqualTo(200);
        assertThat(badUrl.body()).contains("Adres van de bron: vul een http- of https-adres in",
                "value=\"ftp://mirror.example/odata\"");
        assertThat(badLine.body()).contains("Parameters: schrijf elke parameter als naam=waarde",
                "regel 2 is dat niet", "organisation=281\nmodule", "<option value=\"NOTUBIZ\" selected=\"selected\">");
        assertThat(empty.body()).contains("Adres van de bron: vul het adres van de bron in.");
        assertThat(sources.of(new BodyId(body))).isEmpty();
    }

    @Test
    void aClerkSetsUpTheSourceHarvestsItNowAndDecidesAConflict() {
        clerk.get("/beheer/" + slug + "/bronnen");
        location(clerk.post("/beheer/" + slug + "/bronnen", Map.of("kind", "TWEEDE_KAMER",
                "baseUrl", server.baseUrl(), "parameters", "", "publish", "true", "_publish", "on",
                "_scheduled", "on")));
        HarvestSource source = sources.of(new BodyId(body)).get(0);
        assertThat(source.setup().publish()).isTrue();
        assertThat(source.setup().scheduled()).isFalse();
        assertThat(clerk.get("/beheer/" + slug + "/bronnen").body()).contains(server.baseUrl(), "Nog niet geoogst.",
                "Nu oogsten");

        location(clerk.post("/beheer/" + slug + "/bronnen/" + source.id() + "/oogsten", Map.of()));
        HarvestSource harvested = until(() -> sources.find(new BodyId(body), source.id()).orElseThrow(),
                found -> found.lastFinishedAt() != null);
        assertThat(harvested.lastError()).isNull();
        assertThat(clerk.get("/beheer/" + slug + "/bronnen").body()).contains("Geslaagd op",
                "10 nieuw, 0 bijgewerkt, 0 ongewijzigd, 0 conflicten, 0 verwijderd, 2 niets op te slaan (nog niet besloten,"
                        + " of al weg bij de bron), 0 overgeslagen");

        Long motion = catalog.findBySource(new BodyId(body), "TWEEDE_KAMER", EDITED).orElseThrow();
        MotionDraft draft = catalog.editable(new BodyId(body), motion).orElseThrow().draft();
        assertThat(new PortalClient(port).get("/" + slug + "/moties/2026z02831").body()).contains("Bron",
                "https://www.tweedekamer.nl/kamerstukken/moties/detail?id=2026Z02831", "Tweede Kamer (open data)");
        motions.revise(new BodyId(body), motion, catalog.editable(new BodyId(body), motion).orElseThrow().version(),
                new MotionDraft(draft.bodyId(), draft.registrationNumber(), "Eigen titel", draft.summary(),
                        draft.adoptedOn(), draft.adoptedOnPrecision(), draft.debate(), draft.debateReference(),
                        draft.voteOutcome(), draft.votesFor(), draft.votesAgainst(), draft.partyVotes(),
                        draft.dueDate(), draft.sponsorIds(), draft.clauses(), draft.footnotes(), draft.published()),
                List.of(), StatusChangeDetails.of(null, Fixtures.CLERK, "Titel ingekort."));
        server.moveTo("harvest/tweedekamer/later");
        clerk.get("/beheer/" + slug + "/bronnen");
        location(clerk.post("/beheer/" + slug + "/bronnen/" + source.id() + "/oogsten", Map.of()));
        Instant first = harvested.lastFinishedAt();
        until(() -> sources.find(new BodyId(body), source.id()).orElseThrow(),
                found -> found.lastFinishedAt() != null && found.lastFinishedAt().isAfter(first));

        String page = clerk.get("/beheer/" + slug + "/bronnen").body();
        assertThat(page).contains("Conflicten met de oogst", "Titel",
                "Motie van het lid Bikker over voorlichting over sekswerk op scholen", "Eigen titel",
                "Bronwaarde overnemen", "Eigen waarde houden");
        String conflict = jdbc.queryForObject("select id::text from harvest_conflicts where motion_id = ?"
                + " and resolved_at is null", String.class, motion);
        HttpResponse<String> undecided = clerk.post("/beheer/" + slug + "/bronnen/conflicten/" + conflict, Map.of());
        assertThat(clerk.get(location(undecided).replaceFirst("#.*", "")).body()).contains("Kies of de waarde uit de bron wordt overgenomen");
        location(clerk.post("/beheer/" + slug + "/bronnen/conflicten/" + conflict, Map.of("keuze", "eigen")));

        assertThat(clerk.get("/beheer/" + slug + "/bronnen").body()).contains("De eigen waarde blijft staan",
                "Er zijn geen open conflicten.");
        assertThat(catalog.editable(new BodyId(body), motion).orElseThrow().draft().title()).isEqualTo("Eigen titel");

        server.forgetRequests();
        Instant second = sources.find(new BodyId(body), source.id()).orElseThrow().lastFinishedAt();
        location(clerk.post("/beheer/" + slug + "/bronnen/" + source.id() + "/oogsten", Map.of("vanaf", "begin")));
        until(() -> sources.find(new BodyId(body), source.id()).orElseThrow(),
                found -> found.lastFinishedAt() != null && found.lastFinishedAt().isAfter(second));
        assertThat(server.requests()).as("'Alles opnieuw oogsten' reads the motions from their first page again")
                .anyMatch(request -> request.path().endsWith("/Zaak") && !request.parameters().containsKey("$skip")
                        && !request.parameters().getOrDefault("$filter", "").contains("GewijzigdOp ge"));
    }

    @Test
    void aClerkChangesAndRemovesTheSource() {
        clerk.get("/beheer/" + slug + "/bronnen");
        location(clerk.post("/beheer/" + slug + "/bronnen", Map.of("kind", "TWEEDE_KAMER",
                "baseUrl", server.baseUrl(), "_publish", "on", "scheduled", "true", "_scheduled", "on")));
        long id = sources.of(new BodyId(body)).get(0).id();

        assertThat(clerk.get("/beheer/" + slug + "/bronnen/" + id).body()).contains("value=\"" + server.baseUrl() + "\"");
        HttpResponse<String> refused = clerk.post("/beheer/" + slug + "/bronnen/" + id, Map.of("kind", "TWEEDE_KAMER",
                "baseUrl", "geen adres", "_publish", "on", "_scheduled", "on"));
        location(clerk.post("/beheer/" + slug + "/bronnen/" + id, Map.of("kind", "TWEEDE_KAMER",
                "baseUrl", server.baseUrl(), "parameters", "spiegel=ja", "_publish", "on", "_scheduled", "on")));
        HarvestSource changed = sources.find(new BodyId(body), id).orElseThrow();
        clerk.get("/beheer/" + slug + "/bronnen/" + id);
        location(clerk.post("/beheer/" + slug + "/bronnen/" + id + "/verwijderen", Map.of()));

        assertThat(refused.body()).contains("Adres van de bron: vul een http- of https-adres in", "value=\"geen adres\"");
        assertThat(changed.parameters()).containsEntry("spiegel", "ja");
        assertThat(changed.setup().scheduled()).isFalse();
        assertThat(sources.of(new BodyId(body))).isEmpty();
    }

    @Test
    void theStaffPagesOfHarvestedItemsNameTheirSourceAndItsDeletion() {
        long source = sources.add(new BodyId(body), new SourceSetup(SourceKind.TWEEDE_KAMER,
                URI.create(server.baseUrl()), Map.of(), true, false));
        harvester.harvest(source, HarvestOptions.NEXT);
        server.moveTo("harvest/tweedekamer/later");
        harvester.harvest(source, HarvestOptions.NEXT);
        Long deleted = catalog.findBySource(new BodyId(body), "TWEEDE_KAMER", DELETED).orElseThrow();
        Long kept = catalog.findBySource(new BodyId(body), "TWEEDE_KAMER", EDITED).orElseThrow();
        Long commitment = jdbc.queryForObject("select min(id) from commitments where body_id = ?", Long.class, body);
        Long letter = jdbc.queryForObject("select min(id) from letters where body_id = ?", Long.class, body);

        assertThat(clerk.get("/beheer/" + slug + "/moties/" + deleted).body()).contains("Bron",
                "href=\"https://www.tweedekamer.nl/kamerstukken/moties/detail?id=2026Z02817\"",
                "Tweede Kamer (open data)", "Verwijderd bij de bron op ");
        assertThat(clerk.get("/beheer/" + slug + "/moties/" + kept).body()).contains("Tweede Kamer (open data)")
                .doesNotContain("Verwijderd bij de bron");
        assertThat(clerk.get("/beheer/" + slug + "/toezeggingen/" + commitment).body()).contains("Bron",
                "Tweede Kamer (open data)");
        assertThat(clerk.get("/beheer/" + slug + "/brieven/" + letter).body()).contains("Bron",
                "Tweede Kamer (open data)");
    }

    @Test
    void theSourcesPageListsTheRecordsTheHarvestSkippedAndWhy() {
        try (FixtureServer notubiz = new FixtureServer("harvest/notubiz/problems", "",
                new NotubizFixtures(NotubizFixtures.RECORDED))) {
            long source = sources.add(new BodyId(body), new SourceSetup(SourceKind.NOTUBIZ,
                    URI.create(notubiz.baseUrl()), Map.of("organisation", NotubizFixtures.ORGANISATION, "module",
                            NotubizFixtures.MOTIONS, "from", "2025"), true, false));
            harvester.harvest(source, HarvestOptions.NEXT);
        }

        assertThat(clerk.get("/beheer/" + slug + "/bronnen").body()).contains("Overgeslagen records",
                "10 nieuw, 0 bijgewerkt, 0 ongewijzigd, 0 conflicten, 0 verwijderd, 2 niets op te slaan (nog niet besloten,"
                        + " of al weg bij de bron), 1 overgeslagen", "Motie",
                "id bij de bron: 5108", "Motie M2026-022 Langere openingstijden van de bibliotheek: Er zijn 2"
                        + " raadsleden met de naam J. Jansen.");
    }

    private static <T> T until(Supplier<T> read, java.util.function.Predicate<T> done) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        T value = read.get();
        while (!done.test(value)) {
            assertThat(Instant.now()).as("the harvest in the background ended in time").isBefore(deadline);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            value = read.get();
        }
        return value;
    }
}
