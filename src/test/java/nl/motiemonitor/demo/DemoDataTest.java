package nl.motiemonitor.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.motiemonitor.testsupport.MotiemonitorTest;
import nl.motiemonitor.testsupport.SeedDataOnly;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The five seed letters, as data: the facts they state, nothing invented, loaded once. */
@MotiemonitorTest
@SeedDataOnly
class DemoDataTest {

    @Autowired
    DemoDataLoader loader;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void loadingAgainAddsNothing() {
        Map<String, Object> before = counts();

        assertThat(loader.load()).isZero();

        assertThat(counts()).isEqualTo(before);
        assertThat(before).containsEntry("bodies", 3L).containsEntry("motions", 4L).containsEntry("letters", 6L)
                .containsEntry("commitments", 6L);
    }

    @Test
    void denHaagOverweeghuisMotionHasItsClausesInOrderAndFootnoteMarkersOutOfTheText() {
        Long motion = motionId("den-haag", "RIS323480");

        assertThat(jdbc.queryForList("select kind from clauses where motion_id = ? order by position", String.class,
                motion)).containsExactly("NOTING", "NOTING", "CONSIDERING", "CONSIDERING", "CONSIDERING",
                "CONSIDERING", "REQUEST");
        assertThat(jdbc.queryForObject("select text from clauses where motion_id = ? and position = 2", String.class,
                motion)).startsWith("in verschillende steden, waaronder Utrecht, Groningen en Nijmegen-Arnhem,")
                .doesNotContain("¹", "²", "³");
        assertThat(jdbc.queryForList("select marker || ':' || anchor || ':' || coalesce(text, '-') from footnotes "
                + "where motion_id = ? order by position", String.class, motion))
                .containsExactly("1:Utrecht:-", "2:Groningen:-", "3:Nijmegen-Arnhem:-");
        Map<String, Object> facts = jdbc.queryForMap("select title, adopted_on, debate, debate_reference, status "
                + "from motions where id = ?", motion);
        assertThat(facts).containsEntry("title", "Onderzoek mogelijkheden overweeghuis")
                .containsEntry("adopted_on", java.sql.Date.valueOf(LocalDate.of(2025, 10, 9)))
                .containsEntry("debate", "Nota sekswerk Den Haag").containsEntry("debate_reference", "RIS320863")
                .containsEntry("status", "DISCHARGE_PROPOSED");
        assertThat(jdbc.queryForList("select m.name from motion_sponsors s join members m on m.id = s.member_id "
                + "where s.motion_id = ?", String.class, motion)).containsExactly("Klokkenburg-Reedeker");
    }

    @Test
    void toegangBanenaanpakMotionHasAnOpinionClause() {
        assertThat(jdbc.queryForList("select kind from clauses where motion_id = ? order by position", String.class,
                motionId("den-haag", "RIS307039"))).containsExactly("NOTING", "CONSIDERING", "CONSIDERING",
                "OPINION", "REQUEST");
    }

    @Test
    void toegangBanenaanpakIsTrackedPerRequestAndItsRequestAnsweredByTheLetterOf16March2021() {
        Long motion = motionId("den-haag", "RIS307039");
        Map<String, Object> request = jdbc.queryForMap("""
                select r.id, r.position, r.status, r.text from motion_requests r where r.motion_id = ?""", motion);
        assertThat(request).containsEntry("position", 1).containsEntry("status", "DISCHARGE_PROPOSED");
        assertThat((String) request.get("text")).startsWith("sekswerkers die uit willen");
        assertThat(jdbc.queryForMap("""
                select s.effective_on, l.subject from status_changes s join letters l on l.id = s.letter_id
                where s.motion_request_id = ? and s.to_status = 'DISCHARGE_PROPOSED'""", request.get("id")))
                .containsEntry("effective_on", java.sql.Date.valueOf(LocalDate.of(2021, 3, 16)))
                .containsEntry("subject", "Afdoening motie: 'Toegang banenaanpak tijdens uitstappen'");
        assertThat(jdbc.queryForObject("select i.request_ids[1] from letter_items i where i.motion_id = ?",
                Long.class, motion)).isEqualTo(request.get("id"));
        assertThat(jdbc.queryForObject("select status from motions where id = ?", String.class, motion))
                .as("the motion follows its one request").isEqualTo("DISCHARGE_PROPOSED");
    }

    @Test
    void denHaagLettersCarryTheirHeaderFieldsAndClaimDischargeOfTheirMotion() {
        Map<String, Object> letter = jdbc.queryForMap("""
                select l.sent_on, l.subject, l.reference, l.registration_number, l.contact_name, l.department,
                       l.unit, l.phone, l.email, i.response, m.registration_number as motion
                from letters l join letter_items i on i.letter_id = l.id join motions m on m.id = i.motion_id
                where l.reference = 'OCW/11031882'""");
        assertThat(letter).containsEntry("sent_on", java.sql.Date.valueOf(LocalDate.of(2026, 3, 31)))
                .containsEntry("subject", "Afdoening motie: 'Onderzoek mogelijkheden overweeghuis'")
                .containsEntry("registration_number", "RIS323480").containsEntry("contact_name", "Renée Brouwer")
                .containsEntry("department", "Dienst Onderwijs, Cultuur en Welzijn")
                .containsEntry("unit", "OCW Stad en Bestuur").containsEntry("phone", "14070")
                .containsEntry("email", "renee.brouwer@denhaag.nl").containsEntry("response", "DISCHARGE_CLAIMED")
                .containsEntry("motion", "RIS323480");
        assertThat(jdbc.queryForList("""
                select s.name || ' (' || s.role || ')' from letter_signatories s join letters l on l.id = s.letter_id
                where l.reference = 'OCW/11031882' order by s.position""", String.class))
                .containsExactly("Ilma Merx (de secretaris)", "Mariëlle Vavier (de locoburgemeester)");
    }

    @Test
    void letterThatClaimsDischargeWhilePromisingMoreHasThatPromiseAsACommitment() {
        Map<String, Object> commitment = jdbc.queryForMap("""
                select c.due_date, c.due_date_text, c.status, l.reference
                from commitments c join letters l on l.id = c.made_in_letter_id
                where c.text like '%In het voorjaar van 2021 wordt de raad geïnformeerd%'""");
        assertThat(commitment).containsEntry("due_date", java.sql.Date.valueOf(LocalDate.of(2021, 6, 20)))
                .containsEntry("due_date_text", "voorjaar 2021").containsEntry("status", "OPEN")
                .containsEntry("reference", "OCW/10064581");
    }

    @Test
    void groningenLetterOnlyReportsProgressSoTheMotionIsInProgress() {
        Long motion = motionId("groningen", "2014-11");
        assertThat(jdbc.queryForObject("select status from motions where id = ?", String.class, motion))
                .isEqualTo("IN_PROGRESS");
        assertThat(jdbc.queryForList("""
                select l.sent_on || ' ' || i.response from letter_items i join letters l on l.id = i.letter_id
                where i.motion_id = ? order by l.sent_on""", String.class, motion))
                .containsExactly("2018-03-28 PROGRESS_ONLY", "2019-02-14 PROGRESS_ONLY");
        assertThat(jdbc.queryForObject("select contact_name || ', ' || phone from letters where sent_on = '2019-02-14'",
                String.class)).isEqualTo("G. Wobbes, (050) 367 77 44");
        assertThat(jdbc.queryForList("select coalesce(from_status, '-') || '>' || to_status from status_changes "
                + "where motion_id = ? order by position", String.class, motion)).containsExactly("->OPEN",
                "OPEN>IN_PROGRESS");
    }

    @Test
    void tweedeKamerLetterAnswersItsThreeCommitments() {
        List<String> answered = jdbc.queryForList("""
                select c.made_in || ' ' || i.response from commitments c
                join letter_items i on i.commitment_id = c.id join bodies b on b.id = c.body_id
                where b.slug = 'tweede-kamer' order by c.made_on desc, c.id""", String.class);
        assertThat(answered).containsExactly(
                "Algemeen Overleg Mensenhandel (Kamerstuk 28 638, nr. 178) DISCHARGE_CLAIMED",
                "Brief van 28 juni 2019 (Kamerstuk 34 193, nr. 9) DISCHARGE_CLAIMED",
                "Brief van 28 juni 2019 (Kamerstuk 34 193, nr. 9) DISCHARGE_CLAIMED");
        assertThat(jdbc.queryForObject("""
                select m.name || ' ' || p.abbreviation from commitments c join members m on m.id = c.requested_by_member_id
                join parties p on p.id = m.party_id where c.made_on = '2019-12-05'""", String.class))
                .isEqualTo("Kuik CDA");
    }

    @Test
    void statusHistoryTellsTheStoryFromAdoptionToProposedDischarge() {
        assertThat(jdbc.queryForList("""
                select coalesce(from_status, '-') || '>' || to_status || ' ' || effective_on
                from status_changes where motion_id = ? order by position""", String.class,
                motionId("den-haag", "RIS307041")))
                .containsExactly("->OPEN 2020-11-25", "OPEN>DISCHARGE_PROPOSED 2021-02-02");
    }

    @Test
    void everyDemoRecordIsInTheAuditTrailAsLoadedByTheDemoLoader() {
        assertThat(jdbc.queryForList("select distinct r.changed_by || ' / ' || r.note from revinfo r "
                + "join motions_aud a on a.rev = r.id", String.class))
                .containsExactly("Motiemonitor (demogegevens) / Demogegevens uit de zaadbrieven");
        assertThat(jdbc.queryForObject("select count(distinct id) from letters_aud", Integer.class)).isEqualTo(6);
        assertThat(jdbc.queryForObject("select count(*) from clauses_aud", Integer.class))
                .isEqualTo(jdbc.queryForObject("select count(*) from clauses", Integer.class));
    }

    private Long motionId(String body, String number) {
        return jdbc.queryForObject("select m.id from motions m join bodies b on b.id = m.body_id "
                + "where b.slug = ? and m.registration_number = ?", Long.class, body, number);
    }

    private Map<String, Object> counts() {
        return jdbc.queryForMap("""
                select (select count(*) from bodies) as bodies, (select count(*) from motions) as motions,
                       (select count(*) from clauses) as clauses, (select count(*) from letters) as letters,
                       (select count(*) from commitments) as commitments,
                       (select count(*) from status_changes) as status_changes,
                       (select count(*) from letter_items) as letter_items""");
    }
}
