package nl.motiemonitor.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import nl.motiemonitor.body.Bodies;
import nl.motiemonitor.body.BodyKind;
import nl.motiemonitor.body.BodyView;
import nl.motiemonitor.motion.ClauseKind;
import nl.motiemonitor.motion.MotionDraft;
import nl.motiemonitor.motion.Motions;
import nl.motiemonitor.motion.VoteOutcome;
import nl.motiemonitor.shared.DatePrecision;
import nl.motiemonitor.shared.StatusChangeDetails;
import nl.motiemonitor.testsupport.MotiemonitorTest;
import nl.motiemonitor.testsupport.PortalClient;
import nl.motiemonitor.testsupport.StaffClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * An administrator changes a body after registering it: the same rules as registering, a second concurrent save is
 * refused without losing what was typed, and a changed slug keeps every old URL working with a permanent redirect.
 * With the page cache on, as in production (the context of PublicPageCacheTest): a renamed body leaves no kept page
 * behind. Every test adds bodies of its own and changes only those.
 */
@MotiemonitorTest
@TestPropertySource(properties = "motiemonitor.page-cache.enabled=true")
class BodyAdministrationTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    Bodies bodies;

    @Autowired
    Motions motions;

    PortalClient portal;
    StaffClient admin;

    @BeforeEach
    void logInAsAdministrator() {
        portal = new PortalClient(port);
        TestUsers.Created user = TestUsers.admin(accounts);
        admin = StaffClient.fresh(port).loggedInAs(user.username(), user.password());
    }

    @Test
    void aChangedSlugSendsEveryOldUrlPermanentlyToTheSameUrlUnderTheNewSlugAndNoKeptPageStays() {
        String old = unique("oud");
        String renamed = unique("nieuw");
        BodyView body = bodyWithMotion(old, "Gemeente Oudnaam");
        awaitThat("the body's page is kept", () -> page("/" + old).contains("Gemeente Oudnaam")
                && page("/").contains("Gemeente Oudnaam"));
        page("/" + old + "/overzicht");

        assertThat(admin.get("/beheer/bestuursorganen").body())
                .contains("href=\"/beheer/bestuursorganen/" + body.id() + "\"");
        String form = admin.get("/beheer/bestuursorganen/" + body.id()).body();
        assertThat(form).contains("Gemeente Oudnaam wijzigen", "value=\"" + old + "\"", "value=\"Gemeente Oudnaam\"",
                "name=\"version\"", "Het adresdeel is nooit gewijzigd.");
        StaffClient.Response saved = admin.post("/beheer/bestuursorganen/" + body.id(),
                fields(renamed, "Gemeente Nieuwnaam", "PV0099", versionIn(form)));

        assertThat(saved.statusCode()).as(saved.toString()).isEqualTo(302);
        assertThat(saved.location()).isEqualTo("/beheer/bestuursorganen/" + body.id());
        assertThat(admin.get(saved.location()).body()).contains("Gemeente Nieuwnaam is gewijzigd.",
                "De oude adressen onder /" + old + " verwijzen voortaan door naar /" + renamed + ".",
                "/" + old + "</span>, tot",
                "<span>Adresdeel</span>: <del>" + old + "</del> → <ins>" + renamed + "</ins>",
                "<span>CBS-code</span>: <ins>PV0099</ins>", "<span>aangemaakt</span> door");
        BodyView changed = bodies.findBySlug(renamed).orElseThrow();
        assertThat(changed.name()).isEqualTo("Gemeente Nieuwnaam");
        assertThat(changed.kind()).isEqualTo(BodyKind.PROVINCE);
        assertThat(changed.cbsCode()).isEqualTo("PV0099");

        awaitThat("no kept page shows the old name", () -> page("/").contains("Gemeente Nieuwnaam")
                && !page("/").contains("Gemeente Oudnaam"));
        assertThat(page("/" + renamed)).contains("Gemeente Nieuwnaam").doesNotContain("Gemeente Oudnaam");
        assertThat(page("/" + renamed + "/overzicht")).contains("Gemeente Nieuwnaam");
        Map<String, String> moved = new HashMap<>();
        for (String path : List.of("", "/moties/ris-1", "/moties/ris-1/feed", "/toezeggingen/2021-1?x=%C3%A9",
                "/overzicht", "/feed", "/zoeken?q=zwemvijver", "/fracties/feed?fractie=PA")) {
            moved.put("/" + old + path, "/" + renamed + path);
        }
        moved.put("/zoeken?q=zwemvijver&orgaan=" + old + "&soort=motie",
                "/zoeken?q=zwemvijver&orgaan=" + renamed + "&soort=motie");
        moved.put("/zoeken/feed?orgaan=" + old + "&q=zwemvijver", "/zoeken/feed?orgaan=" + renamed + "&q=zwemvijver");
        moved.forEach((from, to) -> {
            HttpResponse<String> response = portal.get(from);
            assertThat(response.statusCode()).as(from).isEqualTo(301);
            assertThat(response.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""))
                    .as(from).isEqualTo(to);
        });
        assertThat(portal.get("/" + renamed + "/moties/ris-1").body()).contains("Zwemvijver in het park");
        StaffClient.Response staffList = admin.get("/beheer/" + old + "/moties");
        assertThat(staffList.statusCode()).isEqualTo(301);
        assertThat(staffList.location()).isEqualTo("/beheer/" + renamed + "/moties");
        assertThat(portal.get("/nooit-" + old).statusCode()).isEqualTo(404);
        assertThat(portal.get("/zoeken?q=zwemvijver&orgaan=nooit-" + old).body())
                .contains("bestaat niet; er is niet op bestuursorgaan gefilterd");
    }

    @Test
    void aSlugThatIsAnotherBodysCurrentSlugWinsOverHistoryAndAnOldSlugRedirectsInOneStep() {
        String first = unique("eerst");
        String second = unique("daarna");
        String third = unique("nu");
        BodyView moving = bodyWithMotion(first, "Gemeente Verhuist");
        rename(moving, second);
        rename(moving, third);
        assertThat(portal.get("/" + first).headers().firstValue("Location").orElseThrow()).endsWith("/" + third);
        assertThat(portal.get("/" + second).headers().firstValue("Location").orElseThrow()).endsWith("/" + third);

        admin.get("/beheer/bestuursorganen");
        StaffClient.Response created = admin.post("/beheer/bestuursorganen", Map.of("slug", first,
                "name", "Gemeente Nieuwkomer", "kind", "MUNICIPALITY", "cbsCode", "", "theme", "voorbeeld"));
        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(admin.get("/beheer/bestuursorganen").body()).contains("Gemeente Nieuwkomer is toegevoegd.",
                "Let op: /" + first + " was eerder het adres van /" + third);

        HttpResponse<String> taken = portal.get("/" + first);
        assertThat(taken.statusCode()).isEqualTo(200);
        assertThat(taken.body()).contains("Gemeente Nieuwkomer");
        assertThat(portal.get("/" + first + "/moties/ris-1").statusCode()).as("the newcomer has no such motion")
                .isEqualTo(404);
        assertThat(portal.get("/" + second).statusCode()).isEqualTo(301);
        assertThat(bodies.formerSlugs(moving.id())).extracting(Bodies.FormerSlugView::slug)
                .containsExactly(second, first);
    }

    @Test
    void theEditFormAppliesTheRulesOfRegisteringAndNamesTheFieldInEveryMessage() {
        String slug = unique("regels");
        BodyView body = bodyWithMotion(slug, "Gemeente Regels");
        String version = versionIn(admin.get("/beheer/bestuursorganen/" + body.id()).body());

        Map<String, String> wrong = new HashMap<>(Map.of("slug", "Regels Stad!", "name", "  ", "kind", "",
                "cbsCode", "XX12", "theme", "onbekend", "version", version));
        String page = admin.post("/beheer/bestuursorganen/" + body.id(), wrong).body();
        assertThat(page).contains("<title>Fout: Gemeente Regels wijzigen — Motiemonitor</title>",
                "Controleer het formulier", "href=\"#slug\"", "href=\"#name\"",
                "Adresdeel: gebruik kleine letters en cijfers", "Naam: vul de naam in",
                "Soort: kies de soort bestuursorgaan.", "CBS-code: GM, PV of WS gevolgd door vier cijfers",
                "Huisstijl: kies een van de huisstijlen uit de lijst.", "value=\"Regels Stad!\"", "value=\"XX12\"",
                "aria-invalid=\"true\"");

        for (String reserved : List.of("zoeken", "beheer", "feed", "overzicht")) {
            assertThat(admin.post("/beheer/bestuursorganen/" + body.id(),
                    fields(reserved, "Gemeente Regels", "", version)).body())
                    .as(reserved).contains("Adresdeel: dit adres gebruikt de portal zelf. Kies een ander.");
        }
        assertThat(admin.post("/beheer/bestuursorganen/" + body.id(), fields("den-haag", "Gemeente Regels", "",
                version)).body()).contains("Adresdeel: er is al een bestuursorgaan met dit adresdeel.");
        assertThat(admin.post("/beheer/bestuursorganen/" + body.id(), fields(slug, "Gemeente Regels", "GM0518",
                version)).body()).contains("CBS-code: er is al een bestuursorgaan met deze CBS-code.");
        Map<String, String> noVersion = fields(slug, "Gemeente Regels", "", version);
        noVersion.remove("version");
        assertThat(admin.post("/beheer/bestuursorganen/" + body.id(), noVersion).body())
                .contains("Het formulier mist zijn versie.");

        assertThat(bodies.findBySlug(slug).orElseThrow()).isEqualTo(body);
        assertThat(bodies.formerSlugs(body.id())).isEmpty();
        assertThat(admin.get("/beheer/bestuursorganen/987654321").statusCode()).isEqualTo(404);
    }

    @Test
    void aSecondSaveOfTheSameVersionIsRefusedShowsBothVersionsAndKeepsWhatWasTyped() {
        String slug = unique("samen");
        BodyView body = bodyWithMotion(slug, "Gemeente Samen");
        TestUsers.Created other = TestUsers.admin(accounts);
        StaffClient colleague = StaffClient.fresh(port).loggedInAs(other.username(), other.password());
        String version = versionIn(admin.get("/beheer/bestuursorganen/" + body.id()).body());
        colleague.get("/beheer/bestuursorganen/" + body.id());

        assertThat(colleague.post("/beheer/bestuursorganen/" + body.id(),
                fields(slug, "Gemeente Eerst", "", version)).statusCode()).isEqualTo(302);
        StaffClient.Response refused = admin.post("/beheer/bestuursorganen/" + body.id(),
                fields(slug, "Gemeente Tweede", "GM0999", version));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("Niet opgeslagen: het bestuursorgaan is intussen gewijzigd",
                "Gewijzigd door", "<strong>" + other.username() + "</strong>",
                "value=\"Gemeente Tweede\"", "value=\"GM0999\"", "De opgeslagen versie", "<dd>Gemeente Eerst</dd>");
        assertThat(bodies.findBySlug(slug).orElseThrow().name()).isEqualTo("Gemeente Eerst");

        StaffClient.Response again = admin.post("/beheer/bestuursorganen/" + body.id(),
                fields(slug, "Gemeente Tweede", "GM0999", versionIn(refused.body())));
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(bodies.findBySlug(slug).orElseThrow().name()).isEqualTo("Gemeente Tweede");
    }

    private BodyView bodyWithMotion(String slug, String name) {
        BodyView body = bodies.register(slug, name, BodyKind.MUNICIPALITY, null, null);
        LocalDate adopted = LocalDate.of(2025, 3, 1);
        motions.register(new MotionDraft(body.id(), "RIS 1", "Zwemvijver in het park", null, adopted,
                DatePrecision.DAY, null, null, VoteOutcome.ADOPTED, 20, 10, List.of(), null, List.of(),
                List.of(new MotionDraft.ClauseDraft(ClauseKind.REQUEST, "een zwemvijver te onderzoeken.")), List.of(),
                true), StatusChangeDetails.of(adopted, "test", "Aangenomen."));
        return body;
    }

    private void rename(BodyView body, String slug) {
        String version = versionIn(admin.get("/beheer/bestuursorganen/" + body.id()).body());
        StaffClient.Response saved = admin.post("/beheer/bestuursorganen/" + body.id(),
                fields(slug, body.name(), "", version));
        assertThat(saved.statusCode()).as(saved.toString()).isEqualTo(302);
    }

    private static Map<String, String> fields(String slug, String name, String cbsCode, String version) {
        return new HashMap<>(Map.of("slug", slug, "name", name, "kind", cbsCode.startsWith("PV") ? "PROVINCE"
                : "MUNICIPALITY", "cbsCode", cbsCode, "theme", "voorbeeld", "version", version));
    }

    private static String versionIn(String page) {
        java.util.regex.Matcher version = java.util.regex.Pattern
                .compile("name=\"version\" value=\"(\\d+)\"").matcher(page);
        assertThat(version.find()).as("the form has a version").isTrue();
        return version.group(1);
    }

    private String page(String path) {
        HttpResponse<String> response = portal.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private static String unique(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36);
    }

    private static void awaitThat(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as(what).isBefore(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
