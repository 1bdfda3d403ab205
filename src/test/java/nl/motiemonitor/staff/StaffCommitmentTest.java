package nl.motiemonitor.staff;

import static nl.motiemonitor.staff.StaffMotionTest.location;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import nl.motiemonitor.testsupport.MotiemonitorTest;
import nl.motiemonitor.testsupport.PortalClient;
import nl.motiemonitor.testsupport.StaffClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@MotiemonitorTest
class StaffCommitmentTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void clerkRegistersACommitmentThatGetsTheNextNumberAndRecordsItsDischarge() {
        StaffClient clerk = StaffClient.clerk(port, jdbc, "groningen");
        String promise = "De raad wordt geïnformeerd over proef " + UUID.randomUUID();
        clerk.get("/beheer/groningen/toezeggingen/nieuw");

        String path = location(clerk.post("/beheer/groningen/toezeggingen/nieuw", Map.of("text", promise,
                "madeOn", "2025-05-01", "madeIn", "Commissie Welzijn", "dueDate", "2025-12-31", "published", "true")));
        String number = jdbc.queryForObject("select number from commitments where text = ?", String.class, promise);
        assertThat(number).startsWith("2025-");
        clerk.get(path);
        assertThat(clerk.post(path + "/status", Map.of("move", "PROPOSE_DISCHARGE", "reason", "Brief ontvangen."))
                .statusCode()).isEqualTo(302);

        String publicPage = new PortalClient(port).get("/groningen/toezeggingen/" + number).body();
        assertThat(publicPage).contains(promise, "Commissie Welzijn", "31 december 2025", "Afdoening voorgesteld",
                "Brief ontvangen.");
        assertThat(clerk.get(path + "/geschiedenis").body()).contains("Aangemaakt", promise, clerk.username());
    }

    @Test
    void aProposedCommitmentLapsesOnlyWithAReasonWhichThePublicPageAndListShow() {
        StaffClient clerk = StaffClient.clerk(port, jdbc, "groningen");
        String promise = "De raad krijgt een plan voor proef " + UUID.randomUUID();
        clerk.get("/beheer/groningen/toezeggingen/nieuw");
        String path = location(clerk.post("/beheer/groningen/toezeggingen/nieuw", Map.of("text", promise,
                "madeOn", "2025-05-01", "dueDate", "2025-12-31", "published", "true")));
        String number = jdbc.queryForObject("select number from commitments where text = ?", String.class, promise);
        clerk.get(path);
        location(clerk.post(path + "/status", Map.of("move", "PROPOSE_DISCHARGE", "reason", "Brief ontvangen.")));
        clerk.get(path);

        HttpResponse<String> missing = clerk.post(path + "/status", Map.of("move", "LAPSE", "reason", "",
                "effectiveOn", "2026-01-20"));

        assertThat(missing.statusCode()).isEqualTo(200);
        assertThat(missing.body()).contains("Reden: vermeld de reden van de statuswijziging.",
                "<option value=\"LAPSE\" selected=\"selected\">", "value=\"2026-01-20\"");
        String reason = "De proef is gestopt: de raad koos in januari voor een nieuwe aanpak.";
        location(clerk.post(path + "/status", Map.of("move", "LAPSE", "reason", reason, "effectiveOn", "2026-01-20")));
        assertThat(clerk.get(path).body()).contains("Vervallen verklaard.");
        assertThat(jdbc.queryForObject("select status from commitments where number = ? and text = ?", String.class,
                number, promise)).isEqualTo("LAPSED");

        PortalClient portal = new PortalClient(port);
        assertThat(portal.get("/groningen/toezeggingen/" + number).body()).contains("Afdoening voorgesteld</span> →",
                "<strong>Vervallen</strong>", reason, "20 januari 2026");
        assertThat(portal.get("/groningen?status=vervallen").body()).contains(promise);
    }

    @Test
    void aTermBeforeTheCommitmentIsRefusedAndTheTextKept() {
        StaffClient clerk = StaffClient.clerk(port, jdbc, "groningen");
        clerk.get("/beheer/groningen/toezeggingen/nieuw");

        HttpResponse<String> response = clerk.post("/beheer/groningen/toezeggingen/nieuw", Map.of(
                "text", "Iets wat ik zorgvuldig typte", "madeOn", "2025-05-01", "dueDate", "2025-01-01"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Termijn: de termijn ligt vóór de datum van de toezegging.",
                "Iets wat ik zorgvuldig typte", "href=\"#dueDate\"");
    }

    @Test
    void clerkOfAnotherBodyCannotReadOrChangeIt() {
        StaffClient clerk = StaffClient.clerk(port, jdbc, "groningen");
        clerk.get("/beheer/groningen/toezeggingen/nieuw");
        String path = location(clerk.post("/beheer/groningen/toezeggingen/nieuw", Map.of("text", "Alleen Groningen")));
        String id = path.substring(path.lastIndexOf('/') + 1);
        StaffClient other = StaffClient.clerk(port, jdbc, "den-haag");

        assertThat(other.get(path).statusCode()).isEqualTo(403);
        assertThat(other.get("/beheer/den-haag/toezeggingen/" + id).statusCode()).isEqualTo(404);
        other.get("/beheer/den-haag/toezeggingen");
        assertThat(other.post("/beheer/den-haag/toezeggingen/" + id + "/bewerken", Map.of("text", "gekaapt",
                "version", "0")).statusCode()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select text from commitments where id = ?", String.class, Long.valueOf(id)))
                .isEqualTo("Alleen Groningen");
    }
}
