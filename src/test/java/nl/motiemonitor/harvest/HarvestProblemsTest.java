package nl.motiemonitor.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import nl.motiemonitor.body.Bodies;
import nl.motiemonitor.body.MemberView;
import nl.motiemonitor.motion.MotionCatalog;
import nl.motiemonitor.testsupport.Fixtures;
import nl.motiemonitor.testsupport.MotiemonitorTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A record that breaks a rule of the council's business does not hold up its source: the harvest skips it, stores
 * the rest of its page and goes on, and lists the record with why until a harvest reads it again and can store it.
 * The Notubiz fixtures in {@code harvest/notubiz/problems/}: motion 5108 names "J. Jansen" without a party, while the
 * council has a J. Jansen of the VVD (5002) and one of the CDA (5107); in {@code problems/fixed/} it names the VVD's.
 */
@MotiemonitorTest
class HarvestProblemsTest {

    private static final String AMBIGUOUS = "5108";

    @Autowired
    Fixtures fixtures;

    @Autowired
    HarvestSources sources;

    @Autowired
    Harvester harvester;

    @Autowired
    HarvestProblems problems;

    @Autowired
    MotionCatalog catalog;

    @Autowired
    Bodies bodies;

    HarvestedBody notubiz;

    @AfterEach
    void removeTheSourceAndItsBody() {
        notubiz.close();
    }

    @Test
    void skipsARecordThatBreaksARuleStoresTheRestAndListsTheRecordUntilAHarvestCanStoreIt() {
        notubiz = new HarvestedBody(SourceCase.NOTUBIZ, fixtures, sources);
        notubiz.server.moveTo("harvest/notubiz/problems");

        HarvestRun first = harvester.harvest(notubiz.source, HarvestOptions.NEXT);
        List<HarvestProblems.Problem> listed = problems.of(notubiz.body);
        HarvestRun again = harvester.harvest(notubiz.source, new HarvestOptions(true, 0));
        List<HarvestProblems.Problem> stillListed = problems.of(notubiz.body);
        notubiz.server.moveTo("harvest/notubiz/problems/fixed");
        HarvestRun fixed = harvester.harvest(notubiz.source, HarvestOptions.NEXT);

        assertThat(first.error()).isNull();
        assertThat(first.complete()).isTrue();
        assertThat(first.counts().created()).as("the other nine motions and 5107").isEqualTo(10);
        assertThat(first.counts().skipped()).as("the deletion of 5008 never harvested, the undecided 5104")
                .isEqualTo(2);
        assertThat(first.counts().refused()).as("5108, listed as a problem").isEqualTo(1);
        assertThat(sources.find(notubiz.body, notubiz.source).orElseThrow().cursor()).as("the run went on").isNull();
        assertThat(listed).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(SourceKind.NOTUBIZ);
            assertThat(problem.recordKind()).isEqualTo(HarvestedRecord.Kind.MOTION);
            assertThat(problem.recordId()).isEqualTo(AMBIGUOUS);
            assertThat(problem.message()).isEqualTo("Motie M2026-022 Langere openingstijden van de bibliotheek: Er"
                    + " zijn 2 raadsleden met de naam J. Jansen. Kies de indiener in de lijst, of vermeld de fractie"
                    + " tussen haakjes.");
        });
        assertThat(again.counts().created()).isZero();
        assertThat(stillListed).as("read again with the same problem: listed once").singleElement()
                .satisfies(problem -> assertThat(problem.seenAt()).isAfterOrEqualTo(listed.get(0).seenAt()));
        assertThat(fixed.counts().created()).isEqualTo(1);
        assertThat(problems.of(notubiz.body)).isEmpty();
        long stored = catalog.findBySource(notubiz.body, "NOTUBIZ", AMBIGUOUS).orElseThrow();
        assertThat(bodies.members(catalog.editable(notubiz.body, stored).orElseThrow().draft().sponsorIds()))
                .extracting(MemberView::display).containsExactly("J. Jansen (VVD)");
    }
}
