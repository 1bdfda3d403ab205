package nl.motiemonitor.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import nl.motiemonitor.body.Bodies;
import nl.motiemonitor.body.BodyKind;
import nl.motiemonitor.motion.DuplicateRegistrationNumberException;
import nl.motiemonitor.motion.MotionDraft;
import nl.motiemonitor.motion.Motions;
import nl.motiemonitor.motion.VoteOutcome;
import nl.motiemonitor.shared.DatePrecision;
import nl.motiemonitor.shared.ItemStatus;
import nl.motiemonitor.shared.StatusChangeDetails;
import nl.motiemonitor.testsupport.MotiemonitorTest;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** The schema on a real PostgreSQL: Flyway builds it, Hibernate validates against it, and it guards the data. */
@MotiemonitorTest
@Transactional
class SchemaTest {

    @Autowired
    Flyway flyway;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Bodies bodies;

    @Autowired
    Motions motions;

    @Value("${spring.jpa.hibernate.ddl-auto}")
    String ddlAuto;

    @Test
    void migrationsApplyToAnEmptyDatabaseAndHibernateOnlyValidates() {
        MigrationInfo[] applied = flyway.info().applied();
        assertThat(applied).isNotEmpty().allSatisfy(info -> assertThat(info.getState()).isEqualTo(MigrationState.SUCCESS));
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(ddlAuto).isEqualTo("validate");
        assertThat(jdbc.queryForList("select table_name from information_schema.tables where table_schema = 'public'",
                String.class)).contains("bodies", "parties", "members", "motions", "clauses", "footnotes",
                "motion_sponsors", "commitments", "letters", "letter_signatories", "letter_footnotes", "letter_items",
                "status_changes");
    }

    @Test
    void refusesADuplicateRegistrationNumberInOneBodyWhateverItsCase() {
        Long body = bodyId("den-haag");
        insertMotion(body, "RIS900001");

        assertThatThrownBy(() -> insertMotion(body, "ris900001")).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void allowsTheSameRegistrationNumberInAnotherBody() {
        insertMotion(bodyId("groningen"), "RIS323480");

        assertThat(jdbc.queryForObject("select count(*) from motions where registration_number = 'RIS323480'",
                Integer.class)).isEqualTo(2);
    }

    @Test
    void serviceExplainsADuplicateRegistrationNumberInDutch() {
        Long body = bodyId("den-haag");
        MotionDraft duplicate = new MotionDraft(body, "ris323480", "Dubbel", null, LocalDate.of(2025, 1, 1),
                DatePrecision.DAY, null, null, VoteOutcome.ADOPTED, null, null, List.of(), null, List.of(), List.of(), List.of(),
                false);

        assertThatThrownBy(() -> motions.register(duplicate, StatusChangeDetails.of(null, "test", "test")))
                .isInstanceOf(DuplicateRegistrationNumberException.class)
                .hasMessage("Er is al een motie met dit registratienummer bij dit bestuursorgaan: RIS323480.");
    }

    @Test
    void refusesAStatusOnAMotionThatWasNotAdopted() {
        Long body = bodyId("den-haag");

        assertThatThrownBy(() -> jdbc.update("""
                insert into motions (body_id, registration_number, vote_outcome, status)
                values (?, 'RIS900002', 'REJECTED', 'OPEN')""", body))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void refusesALetterLinkThatNamesNoItem() {
        assertThatThrownBy(() -> jdbc.update("""
                insert into letter_items (letter_id, position, response) values (?, 99, 'PROGRESS_ONLY')""",
                firstId("letters"))).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void refusesALetterLinkThatNamesAMotionAndACommitmentAtOnce() {
        assertThatThrownBy(() -> jdbc.update("""
                insert into letter_items (letter_id, position, motion_id, commitment_id, response)
                values (?, 98, ?, ?, 'PROGRESS_ONLY')""", firstId("letters"), firstId("motions"),
                firstId("commitments"))).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void refusesAMalformedSlug() {
        assertThatThrownBy(() -> bodies.register("Den Haag!", "Fout", BodyKind.MUNICIPALITY, null, null))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void refusesASlugThePortalUsesItself() {
        String constraint = jdbc.queryForObject("select pg_get_constraintdef(oid) from pg_constraint "
                + "where conname = 'bodies_slug_not_reserved'", String.class);
        assertThat(Bodies.RESERVED_SLUGS).contains("zoeken", "beheer", "login")
                .allSatisfy(slug -> assertThat(constraint).contains("'" + slug + "'"));
        assertThatThrownBy(() -> jdbc.update("insert into bodies (slug, name, kind) values ('zoeken', 'X', 'MUNICIPALITY')"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void everyCheckThatListsTheStatusesListsEveryStatusOfTheLifecycle() {
        List<java.util.Map<String, Object>> checks = jdbc.queryForList("""
                select conname, pg_get_constraintdef(oid) as definition from pg_constraint
                where contype = 'c' and pg_get_constraintdef(oid) like '%''DISCHARGE_PROPOSED''%'""");

        assertThat(checks).extracting(check -> check.get("conname")).containsExactlyInAnyOrder(
                "motions_status_check", "commitments_status_check", "status_changes_from_status_check",
                "status_changes_to_status_check", "search_documents_status_check",
                "published_status_counts_status_check", "motion_requests_status_check");
        assertThat(checks).allSatisfy(check -> assertThat(ItemStatus.values()).allSatisfy(status ->
                assertThat((String) check.get("definition")).contains("'" + status.name() + "'")));
    }

    @Test
    void refusesAMalformedCbsCode() {
        assertThatThrownBy(() -> bodies.register("ergens", "Ergens", BodyKind.MUNICIPALITY, "XX12", null))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private Long firstId(String table) {
        return jdbc.queryForObject("select min(id) from " + table, Long.class);
    }

    private Long bodyId(String slug) {
        return bodies.findBySlug(slug).orElseThrow().id();
    }

    private void insertMotion(Long body, String number) {
        jdbc.update("insert into motions (body_id, registration_number, vote_outcome, status) values (?, ?, 'ADOPTED', 'OPEN')",
                body, number);
    }
}
