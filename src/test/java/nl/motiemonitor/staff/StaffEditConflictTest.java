package nl.motiemonitor.staff;

import static nl.motiemonitor.staff.StaffMotionTest.location;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import nl.motiemonitor.testsupport.HtmlForm;
import nl.motiemonitor.testsupport.MotiemonitorTest;
import nl.motiemonitor.testsupport.StaffClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two clerks edit the same letter or commitment: the second save is answered 409 Conflict with both versions, and
 * what the second clerk typed stays in the form (the motion's case is in {@link StaffMotionTest}).
 */
@MotiemonitorTest
class StaffEditConflictTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSecondOfTwoEditsOfALetterIsAConflictShowingBothVersions() {
        StaffClient first = StaffClient.clerk(port, jdbc, "den-haag");
        StaffClient second = StaffClient.clerk(port, jdbc, "den-haag");
        first.get("/beheer/den-haag/brieven/nieuw");
        String path = location(first.post("/beheer/den-haag/brieven/nieuw", Map.of("sentOn", "2026-02-01",
                "subject", "Oorspronkelijk onderwerp", "reference", "CONF/" + UUID.randomUUID())));

        HttpResponse<String> conflict = editBoth(first, second, path, "subject", "Onderwerp van de eerste",
                "Onderwerp van de tweede");

        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.body()).contains("Niet opgeslagen: de brief is intussen gewijzigd", "Gewijzigd door",
                first.username(), "value=\"Onderwerp van de tweede\"", "Onderwerp van de eerste");
        assertThat(jdbc.queryForObject("select subject from letters where id = ?", String.class, id(path)))
                .isEqualTo("Onderwerp van de eerste");
    }

    @Test
    void theSecondOfTwoEditsOfACommitmentIsAConflictShowingBothVersions() {
        StaffClient first = StaffClient.clerk(port, jdbc, "groningen");
        StaffClient second = StaffClient.clerk(port, jdbc, "groningen");
        first.get("/beheer/groningen/toezeggingen/nieuw");
        String path = location(first.post("/beheer/groningen/toezeggingen/nieuw", Map.of(
                "text", "Oorspronkelijke toezegging " + UUID.randomUUID(), "madeOn", "2025-05-01")));

        HttpResponse<String> conflict = editBoth(first, second, path, "text", "Toezegging van de eerste",
                "Toezegging van de tweede");

        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.body()).contains("Niet opgeslagen: de toezegging is intussen gewijzigd", "Gewijzigd door", first.username(), "Toezegging van de tweede",
                "Toezegging van de eerste");
        assertThat(jdbc.queryForObject("select text from commitments where id = ?", String.class, id(path)))
                .isEqualTo("Toezegging van de eerste");
    }

    /** Both open the edit form of {@code path}; the first saves {@code field} changed, then the second does. */
    private static HttpResponse<String> editBoth(StaffClient first, StaffClient second, String path, String field,
            String firstValue, String secondValue) {
        String edit = path + "/bewerken";
        HtmlForm firstForm = HtmlForm.of(first.get(edit).body(), edit);
        HtmlForm secondForm = HtmlForm.of(second.get(edit).body(), edit);
        assertThat(first.post(edit, firstForm.with(field, firstValue).fields()).statusCode()).isEqualTo(302);
        return second.post(edit, secondForm.with(field, secondValue).fields());
    }

    private static long id(String path) {
        return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    }
}
