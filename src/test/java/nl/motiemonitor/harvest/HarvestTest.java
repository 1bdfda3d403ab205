package nl.motiemonitor.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import nl.motiemonitor.body.BodyId;
import nl.motiemonitor.motion.MotionCatalog;
import nl.motiemonitor.motion.MotionCatalog.EditableMotion;
import nl.motiemonitor.motion.MotionDraft;
import nl.motiemonitor.motion.Motions;
import nl.motiemonitor.shared.StatusChangeDetails;
import nl.motiemonitor.testsupport.Fixtures;
import nl.motiemonitor.testsupport.MotiemonitorTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import nl.motiemonitor.testsupport.FixtureServer;

/**
 * Issue 16's done-when, per source: the source's recorded-shape answers come from a server on this machine, and the
 * harvest loads them twice with the same result (no duplicates), resumes after an interruption from the page that
 * failed, unpublishes what the source deleted (and publishes it again when it comes back), and keeps a clerk's edit
 * (showing the source's value as a conflict). A source is a row of {@link #sources()}: its fixtures, how its server
 * answers, and what the fixtures hold. iBabs marks no deletion ({@link SourceCase.Later#deletionUnseen()}): its row
 * skips the deletion tests and shows instead that a motion it no longer lists is left as it was.
 */
@MotiemonitorTest
class HarvestTest {

    static Stream<SourceCase> sources() {
        return Stream.of(SourceCase.TWEEDE_KAMER, SourceCase.NOTUBIZ, SourceCase.IBABS);
    }

    @Autowired
    Fixtures fixtures;

    @Autowired
    HarvestSources sources;

    @Autowired
    Harvester harvester;

    @Autowired
    HarvestConflicts conflicts;

    @Autowired
    Motions motions;

    @Autowired
    MotionCatalog catalog;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MessageSource messages;

    HarvestedBody harvested;
    FixtureServer server;
    BodyId body;

    @AfterEach
    void removeTheSourceAndItsBody() {
        if (harvested != null) {
            harvested.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void loadsTheSourceTwiceWithTheSameResult(SourceCase source) {
        long id = start(source);

        HarvestRun first = harvester.harvest(id, HarvestOptions.NEXT);
        List<Map<String, Object>> items = items();
        Map<String, Long> rows = rows();
        HarvestRun again = harvester.harvest(id, new HarvestOptions(true, 0));
        HarvestRun resumed = harvester.harvest(id, HarvestOptions.NEXT);

        assertThat(first.error()).isNull();
        assertThat(first.complete()).isTrue();
        assertThat(first.counts().created()).isEqualTo(source.motions() + source.commitments() + source.letters());
        assertThat(rows).containsEntry("motions", (long) source.motions())
                .containsEntry("commitments", (long) source.commitments())
                .containsEntry("letters", (long) source.letters());
        assertThat(again.error()).isNull();
        assertThat(again.counts().created()).isZero();
        assertThat(again.counts().updated()).isZero();
        assertThat(again.counts().conflicts()).isZero();
        assertThat(again.counts().unchanged()).isEqualTo(first.counts().created());
        assertThat(resumed.error()).isNull();
        assertThat(resumed.counts().created() + resumed.counts().updated()).isZero();
        assertThat(items()).isEqualTo(items);
        assertThat(rows()).isEqualTo(rows);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void resumesAfterAnInterruptionFromThePageThatFailed(SourceCase source) {
        long id = start(source);
        server.failOnce(source.secondPage());

        HarvestRun broken = harvester.harvest(id, HarvestOptions.NEXT);
        HarvestSource afterBreak = sources.find(body, id).orElseThrow();
        long storedBeforeBreak = rows().get("motions");
        List<FixtureServer.Request> brokenRequests = server.requests();
        server.forgetRequests();
        HarvestRun resumed = harvester.harvest(id, HarvestOptions.NEXT);

        assertThat(broken.failed()).isTrue();
        assertThat(afterBreak.lastError()).contains("503");
        assertThat(afterBreak.cursor()).isNotNull();
        assertThat(storedBeforeBreak).isPositive().isLessThan(source.motions());
        assertThat(resumed.error()).isNull();
        assertThat(resumed.complete()).isTrue();
        assertThat(server.requests().get(0)).matches(source.secondPage(), "the second page of motions");
        assertThat(server.requests()).as("the first page is not asked for again")
                .doesNotContain(brokenRequests.get(0));
        assertThat(rows()).containsEntry("motions", (long) source.motions())
                .containsEntry("commitments", (long) source.commitments())
                .containsEntry("letters", (long) source.letters());
        assertThat(sources.find(body, id).orElseThrow().lastError()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void unpublishesWhatTheSourceDeletedAndRecordsTheDeletion(SourceCase source) {
        assumeTrue(source.later().deletionUnseen() == null, source.later().deletionUnseen());
        long id = start(source);
        harvester.harvest(id, HarvestOptions.NEXT);
        EditableMotion before = motion(source, source.later().deletedMotion());

        server.moveTo(source.later().folder());
        HarvestRun later = harvester.harvest(id, HarvestOptions.NEXT);
        EditableMotion deleted = motion(source, source.later().deletedMotion());

        assertThat(before.draft().published()).isTrue();
        assertThat(later.counts().deleted()).isEqualTo(1);
        assertThat(deleted.draft().published()).isFalse();
        assertThat(deleted.source().deletedAt()).isNotNull();
        assertThat(catalog.findPublished(body, before.draft().registrationNumber().toLowerCase()))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void leavesAMotionTheSourceNoLongerListsAsItWasWhereTheSourceMarksNoDeletion(SourceCase source) {
        assumeTrue(source.later().deletionUnseen() != null, "the source marks its deletions");
        long id = start(source);
        harvester.harvest(id, HarvestOptions.NEXT);

        server.moveTo(source.later().folder());
        HarvestRun fromStart = harvester.harvest(id, new HarvestOptions(true, 0));
        EditableMotion unlisted = motion(source, source.later().deletedMotion());

        assertThat(fromStart.error()).isNull();
        assertThat(fromStart.counts().deleted()).isZero();
        assertThat(unlisted.draft().published()).as(source.later().deletionUnseen()).isTrue();
        assertThat(unlisted.source().deletedAt()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void publishesAgainWhatTheSourceDeletedAndHasAgain(SourceCase source) {
        long id = harvestedBeforeAndAfterItsDeletion(source);
        EditableMotion deleted = motion(source, source.later().deletedMotion());

        server.moveTo(source.later().againFolder());
        HarvestRun again = harvester.harvest(id, HarvestOptions.NEXT);
        EditableMotion back = motion(source, source.later().deletedMotion());

        assertThat(deleted.draft().published()).isFalse();
        assertThat(again.error()).isNull();
        assertThat(again.counts().conflicts()).isZero();
        assertThat(back.draft().published()).isTrue();
        assertThat(back.source().deletedAt()).isNull();
        assertThat(catalog.findPublished(body, back.draft().registrationNumber().toLowerCase())).isPresent();
        assertThat(conflicts.open(body)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void aClerksEditOfWhatTheSourceDeletedMakesItsReturnAConflict(SourceCase source) {
        long id = harvestedBeforeAndAfterItsDeletion(source);
        EditableMotion deleted = motion(source, source.later().deletedMotion());
        motions.revise(body, deleted.id(), deleted.version(), withTitle(deleted.draft(), "Titel van de griffie"),
                List.of(), StatusChangeDetails.of(null, Fixtures.CLERK, "Titel verbeterd."));

        server.moveTo(source.later().againFolder());
        HarvestRun again = harvester.harvest(id, HarvestOptions.NEXT);
        List<HarvestConflicts.ConflictView> open = conflicts.open(body);

        assertThat(again.counts().conflicts()).isEqualTo(1);
        assertThat(motion(source, source.later().deletedMotion()).draft().published()).isFalse();
        assertThat(open).extracting(conflict -> text(conflict.field()), conflict -> text(conflict.harvested()),
                conflict -> text(conflict.current())).as("its return, and the title the clerk changed")
                .containsExactlyInAnyOrder(tuple("Bij de bron", "Gepubliceerd", "Verwijderd"),
                        tuple("Titel", deleted.draft().title(), "Titel van de griffie"));
        HarvestConflicts.ConflictView returned = open.stream()
                .filter(conflict -> text(conflict.field()).equals("Bij de bron")).findFirst().orElseThrow();

        assertThat(conflicts.takeSource(body, returned.id(), Fixtures.CLERK)).isTrue();

        EditableMotion taken = motion(source, source.later().deletedMotion());
        assertThat(taken.draft().published()).isTrue();
        assertThat(taken.draft().title()).isEqualTo("Titel van de griffie");
        assertThat(conflicts.open(body)).extracting(conflict -> text(conflict.field())).containsExactly("Titel");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void keepsAClerksEditBetweenTwoHarvestsAndShowsTheSourcesValueAsAConflict(SourceCase source) {
        long id = start(source);
        harvester.harvest(id, HarvestOptions.NEXT);
        EditableMotion harvested = motion(source, source.later().editedMotion());
        motions.revise(body, harvested.id(), harvested.version(),
                withTitle(harvested.draft(), "Voorlichting op scholen (titel van de griffie)"), List.of(),
                StatusChangeDetails.of(null, Fixtures.CLERK, "Titel verbeterd."));

        server.moveTo(source.later().folder());
        HarvestRun later = harvester.harvest(id, HarvestOptions.NEXT);
        List<HarvestConflicts.ConflictView> open = conflicts.open(body);
        HarvestRun again = harvester.harvest(id, new HarvestOptions(false, 0));

        assertThat(later.counts().conflicts()).isEqualTo(1);
        assertThat(motion(source, source.later().editedMotion()).draft().title())
                .isEqualTo("Voorlichting op scholen (titel van de griffie)");
        assertThat(open).singleElement().satisfies(conflict -> {
            assertThat(text(conflict.field())).isEqualTo("Titel");
            assertThat(text(conflict.harvested())).isEqualTo(source.later().title());
            assertThat(text(conflict.current())).isEqualTo("Voorlichting op scholen (titel van de griffie)");
        });
        assertThat(again.counts().conflicts()).as("the same conflict is not raised twice").isZero();
        assertThat(conflicts.open(body)).hasSize(1);

        assertThat(conflicts.takeSource(body, open.get(0).id(), Fixtures.CLERK)).isTrue();

        assertThat(motion(source, source.later().editedMotion()).draft().title()).isEqualTo(source.later().title());
        assertThat(conflicts.open(body)).isEmpty();
    }

    /**
     * The source harvested, then harvested again in its later state, which deletes the motion
     * {@code source.later().deletedMotion()}; the source's id. Only for a source that marks its deletions.
     */
    private long harvestedBeforeAndAfterItsDeletion(SourceCase source) {
        assumeTrue(source.later().deletionUnseen() == null, source.later().deletionUnseen());
        long id = start(source);
        harvester.harvest(id, HarvestOptions.NEXT);
        server.moveTo(source.later().folder());
        harvester.harvest(id, HarvestOptions.NEXT);
        return id;
    }

    /** A body of its own and the source on a server of its own; the source's id. */
    private long start(SourceCase source) {
        harvested = new HarvestedBody(source, fixtures, sources);
        server = harvested.server;
        body = harvested.body;
        return harvested.source;
    }

    private EditableMotion motion(SourceCase source, String sourceId) {
        long id = catalog.findBySource(body, source.kind().name(), sourceId).orElseThrow();
        return catalog.editable(body, id).orElseThrow();
    }

    /** Every item of the body as the harvest left it: what a second load must leave as it is. */
    private List<Map<String, Object>> items() {
        return jdbc.queryForList("""
                select 'motion' as item, source_kind, source_id, registration_number as number, title, summary as text,
                       adopted_on as day, vote_outcome as outcome, status, published, due_date, votes_for, votes_against
                from motions where body_id = ?
                union all
                select 'commitment', source_kind, source_id, number, null, text, made_on, null, status, published,
                       due_date, null, null
                from commitments where body_id = ?
                union all
                select 'letter', source_kind, source_id, reference, subject, null, sent_on, null, null, published,
                       null, null, null
                from letters where body_id = ?
                order by item, source_id""", body.value(), body.value(), body.value());
    }

    /** How many rows the body has in each table a harvest writes: no record is stored twice. */
    private Map<String, Long> rows() {
        return Map.ofEntries(
                count("motions", "select count(*) from motions where body_id = ?"),
                count("commitments", "select count(*) from commitments where body_id = ?"),
                count("letters", "select count(*) from letters where body_id = ?"),
                count("members", "select count(*) from members where body_id = ?"),
                count("parties", "select count(*) from parties where body_id = ?"),
                count("sponsors", "select count(*) from motion_sponsors s join motions m on m.id = s.motion_id"
                        + " where m.body_id = ?"),
                count("partyVotes", "select count(*) from motion_party_votes v join motions m on m.id = v.motion_id"
                        + " where m.body_id = ?"),
                count("statusChanges", "select count(*) from status_changes s left join motions m"
                        + " on m.id = s.motion_id left join commitments c on c.id = s.commitment_id"
                        + " where coalesce(m.body_id, c.body_id) = ?"),
                count("letterItems", "select count(*) from letter_items i join letters l on l.id = i.letter_id"
                        + " where l.body_id = ?"),
                count("responsibilities", "select count(*) from responsibilities r left join motions m"
                        + " on m.id = r.motion_id left join commitments c on c.id = r.commitment_id"
                        + " where coalesce(m.body_id, c.body_id) = ?"));
    }

    private Map.Entry<String, Long> count(String name, String sql) {
        return Map.entry(name, jdbc.queryForObject(sql, Long.class, body.value()));
    }

    private String text(org.springframework.context.MessageSourceResolvable message) {
        return messages.getMessage(message, java.util.Locale.forLanguageTag("nl"));
    }

    private static MotionDraft withTitle(MotionDraft draft, String title) {
        return new MotionDraft(draft.bodyId(), draft.registrationNumber(), title, draft.summary(), draft.adoptedOn(),
                draft.adoptedOnPrecision(), draft.debate(), draft.debateReference(), draft.voteOutcome(),
                draft.votesFor(), draft.votesAgainst(), draft.partyVotes(), draft.dueDate(), draft.sponsorIds(),
                draft.clauses(), draft.footnotes(), draft.published());
    }
}
