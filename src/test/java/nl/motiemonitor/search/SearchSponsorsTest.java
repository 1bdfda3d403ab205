package nl.motiemonitor.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import nl.motiemonitor.testsupport.Fixtures;
import nl.motiemonitor.testsupport.MotiemonitorTest;
import nl.motiemonitor.testsupport.PortalClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A sponsor's name, or their party's name or abbreviation, finds the motions they sponsored (and the commitments made
 * at their request), and the index follows renames, a change of party and a changed list of sponsors. These tests
 * commit (the page is read over HTTP) and remove what they wrote afterwards.
 */
@MotiemonitorTest
class SearchSponsorsTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SearchService search;

    @Autowired
    Fixtures fixtures;

    Long body;
    Long party;
    Long otherParty;
    Long member;
    Long motion;

    @BeforeEach
    void createMotion() {
        body = fixtures.body("indienerproef");
        party = fixtures.party(body, "Christen-Democratisch Appèl", "CDA");
        otherParty = fixtures.party(body, "Stadspartij Proefstad", null);
        member = fixtures.member(body, "Wobbenhorst", "Christen-Democratisch Appèl");
        motion = fixtures.motion(body, "IP-1").titled("Bankjes in het park")
                .requesting("verzoekt het college meer bankjes te plaatsen").sponsoredBy(member).register().value();
    }

    @AfterEach
    void removeThem() {
        fixtures.remove(body);
    }

    @Test
    void aSponsorsNameOrPartyFindsTheMotion() {
        for (String query : List.of("Wobbenhorst", "wobbenhorst", "CDA", "Christen-Democratisch Appèl",
                "bankjes Wobbenhorst", "bankjes CDA")) {
            assertThat(found(query)).as(query).containsExactly("/indienerproef/moties/ip-1");
        }
        assertThat(found("bankjes Stadspartij")).isEmpty();

        String page = new PortalClient(port).get("/indienerproef/zoeken?q=Wobbenhorst").body();
        assertThat(page).contains("href=\"/indienerproef/moties/ip-1\"", "Bankjes in het park",
                "Indiener: <mark>Wobbenhorst</mark>");
    }

    @Test
    void theIndexFollowsRenamesPartiesAndSponsors() {
        jdbc.update("update members set name = 'Wobbenhorst-Kramer' where id = ?", member);
        assertThat(found("Kramer")).containsExactly("/indienerproef/moties/ip-1");

        jdbc.update("update parties set abbreviation = 'CDA-Proef' where id = ?", party);
        assertThat(found("CDA-Proef")).containsExactly("/indienerproef/moties/ip-1");

        jdbc.update("update members set party_id = ? where id = ?", otherParty, member);
        assertThat(found("Stadspartij")).containsExactly("/indienerproef/moties/ip-1");
        assertThat(found("CDA-Proef")).isEmpty();

        Long newcomer = fixtures.member(body, "Zuidervaart", "Christen-Democratisch Appèl");
        // the index's triggers on motion_sponsors are what this checks, so the sponsors change in the table itself
        jdbc.update("delete from motion_sponsors where motion_id = ?", motion);
        jdbc.update("insert into motion_sponsors (motion_id, position, member_id) values (?, 0, ?)", motion, newcomer);
        assertThat(found("Wobbenhorst")).isEmpty();
        assertThat(found("Zuidervaart")).containsExactly("/indienerproef/moties/ip-1");
    }

    @Test
    void aCommitmentIsFoundByWhoAskedForItAndADraftNever() {
        fixtures.commitment(body, "Wij sturen een plan voor het park.").madeOn(LocalDate.of(2026, 1, 1))
                .requestedBy(member).register();
        assertThat(found("Wobbenhorst")).containsExactlyInAnyOrder("/indienerproef/moties/ip-1",
                "/indienerproef/toezeggingen/2026-1");

        jdbc.update("update motions set published = false where id = ?", motion);
        jdbc.update("update commitments set published = false where body_id = ?", body);
        assertThat(found("Wobbenhorst")).isEmpty();
        assertThat(found("CDA")).doesNotContain("/indienerproef/moties/ip-1");
    }

    private List<String> found(String q) {
        return search.search(new SearchQuery(q, body, null, null, null, false, 1)).hits().stream()
                .map(SearchHit::path).toList();
    }
}
