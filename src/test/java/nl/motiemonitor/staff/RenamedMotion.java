package nl.motiemonitor.staff;

import static nl.motiemonitor.staff.StaffMotionTest.location;
import static nl.motiemonitor.staff.StaffMotionTest.motion;
import static nl.motiemonitor.staff.StaffMotionTest.uniqueNumber;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import nl.motiemonitor.testsupport.HtmlForm;
import nl.motiemonitor.testsupport.PortalClient;
import nl.motiemonitor.testsupport.StaffClient;
import org.springframework.jdbc.core.JdbcTemplate;

/** A published motion of Den Haag that its clerk renames from {@link #OLD_TITLE} to {@link #NEW_TITLE}. */
final class RenamedMotion {

    static final String OLD_TITLE = "Bankjes in het park";
    static final String NEW_TITLE = "Bankjes en bomen";

    final StaffClient clerk;
    final long id;
    final String staffPath;
    final String publicPath;
    final String apiPath;

    private RenamedMotion(StaffClient clerk, long id, String staffPath, String publicPath) {
        this.clerk = clerk;
        this.id = id;
        this.staffPath = staffPath;
        this.publicPath = publicPath;
        this.apiPath = "/api/v1/moties/" + id;
    }

    /** Published by a new clerk, under its old title. */
    static RenamedMotion published(int port, JdbcTemplate jdbc) {
        StaffClient clerk = StaffClient.clerk(port, jdbc, "den-haag");
        String number = uniqueNumber();
        clerk.get("/beheer/den-haag/moties/nieuw");
        String staffPath = location(clerk.post("/beheer/den-haag/moties/nieuw",
                motion(number, OLD_TITLE, true, "REQUEST", "twintig bankjes te plaatsen.")));
        long id = jdbc.queryForObject("select id from motions where registration_number = ?", Long.class, number);
        return new RenamedMotion(clerk, id, staffPath, "/den-haag/moties/" + number.toLowerCase());
    }

    void rename() {
        String edit = staffPath + "/bewerken";
        HtmlForm form = HtmlForm.of(clerk.get(edit).body(), edit).with("title", NEW_TITLE);
        assertThat(clerk.post(edit, form.fields()).statusCode()).isEqualTo(302);
    }

    /** Waits until the visitor's public page shows the new title. */
    void awaitNewTitle(PortalClient visitor, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        while (!visitor.get(publicPath).body().contains(NEW_TITLE)) {
            assertThat(Instant.now()).as("the public page shows " + NEW_TITLE + " in time").isBefore(deadline);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
