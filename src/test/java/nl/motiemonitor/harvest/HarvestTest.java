package nl.motiemonitor.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;

import java.time.LocalDate;

import nl.motiemonitor.body.Bodies;
import nl.motiemonitor.body.MemberView;
import nl.motiemonitor.commitment.CommitmentCatalog;
import nl.motiemonitor.commitment.CommitmentView;
import nl.motiemonitor.letter.LetterCatalog;
import nl.motiemonitor.letter.LetterResponse;
import nl.motiemonitor.motion.MotionView;
import nl.motiemonitor.motion.VotePosition;
import nl.motiemonitor.shared.ItemStatus;
import nl.motiemonitor.shared.SourceLink;
import nl.motiemonitor.shared.StatusChange;
import nl.motiemonitor.body.BodyId;
import nl.motiemonitor.body.BodyKind;
import nl.motiemonitor.motion.MotionCatalog;
import nl.motiemonitor.motion.MotionCatalog.EditableMotion;
import nl.motiemonitor.motion.MotionDraft;
import nl.motiemonitor.motion.Motions;
import nl.motiemonitor.shared.StatusChangeDetails;
import nl.motiemonitor.testsupport.Fixtures;
import nl.motiemonitor.testsupport.MotiemonitorTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 16's done-when, per source: the source's recorded-shape answers come from a server on this machine, and the
 * harvest loads them twice with the same result (no duplicates), resumes after an interruption from the page that
 * failed, unpublishes what the source deleted, and keeps a clerk's edit (showing the source's value as a conflict).
 * A source is a row of {@link #sources()}: its fixtures, how its server answers, and what the fixtures hold.
 */
@MotiemonitorTest
class HarvestTest {

    /**
     * One kind of source as this test harvests it.
     *
     * @param folder         its fixtures (under {@code src/test/resources}); {@code laterFolder}: a later state of it,
     *                       which deletes the motion {@code deletedMotion} and gives the motion {@code editedMotion}
     *                       the title {@code laterTitle}
     * @param apiPath        where its API starts on the server
     * @param secondPage     the request of its second page of motions (the one a broken source fails on)
     * @param motions        the items the fixtures hold, once harvested: motions, commitments and letters
     */
    record SourceCase(SourceKind kind, String folder, String laterFolder, String apiPath,
            Map<String, String> parameters, FixtureServer.Responder responder,
            Predicate<FixtureServer.Request> secondPage, int motions, int commitments, int letters,
            String deletedMotion, String editedMotion, String laterTitle) {

        @Override
        public String toString() {
            return kind.label();
        }
    }

    static Stream<SourceCase> sources() {
        return Stream.of(
                new SourceCase(SourceKind.TWEEDE_KAMER, "harvest/tweedekamer", "harvest/tweedekamer/later",
                        TweedeKamerFixtures.PATH, Map.of(), new TweedeKamerFixtures(), TweedeKamerFixtures::secondPage,
                        5, 4, 1, "a3c51f0e-6f2d-4f8a-9b1e-2d7c4e9a0001", "a3c51f0e-6f2d-4f8a-9b1e-2d7c4e9a0002",
                        "Motie van het lid Bikker over voorlichting over sekswerk op scholen"));
        // Notubiz and iBabs: a row each, with their fixtures and their Responder
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
    Bodies bodies;

    @Autowired
    CommitmentCatalog commitmentCatalog;

    @Autowired
    LetterCatalog letterCatalog;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MessageSource messages;

    FixtureServer server;
    Long body;
    String slug;

    @AfterEach
    void removeTheSourceAndItsBody() {
        if (server != null) {
            server.close();
        }
        if (body != null) {
            fixtures.remove(body);
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
        HarvestSource afterBreak = sources.find(new BodyId(body), id).orElseThrow();
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
        assertThat(sources.find(new BodyId(body), id).orElseThrow().lastError()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void unpublishesWhatTheSourceDeletedAndRecordsTheDeletion(SourceCase source) {
        long id = start(source);
        harvester.harvest(id, HarvestOptions.NEXT);
        EditableMotion before = motion(source, source.deletedMotion());

        server.moveTo(source.laterFolder());
        HarvestRun later = harvester.harvest(id, HarvestOptions.NEXT);
        EditableMotion deleted = motion(source, source.deletedMotion());

        assertThat(before.draft().published()).isTrue();
        assertThat(later.counts().deleted()).isEqualTo(1);
        assertThat(deleted.draft().published()).isFalse();
        assertThat(deleted.source().deletedAt()).isNotNull();
        assertThat(catalog.findPublished(new BodyId(body), before.draft().registrationNumber().toLowerCase()))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void keepsAClerksEditBetweenTwoHarvestsAndShowsTheSourcesValueAsAConflict(SourceCase source) {
        long id = start(source);
        harvester.harvest(id, HarvestOptions.NEXT);
        EditableMotion harvested = motion(source, source.editedMotion());
        motions.revise(new BodyId(body), harvested.id(), harvested.version(),
                withTitle(harvested.draft(), "Voorlichting op scholen (titel van de griffie)"), List.of(),
                StatusChangeDetails.of(null, Fixtures.CLERK, "Titel verbeterd."));

        server.moveTo(source.laterFolder());
        HarvestRun later = harvester.harvest(id, HarvestOptions.NEXT);
        List<HarvestConflicts.ConflictView> open = conflicts.open(new BodyId(body));
        HarvestRun again = harvester.harvest(id, new HarvestOptions(false, 0));

        assertThat(later.counts().conflicts()).isEqualTo(1);
        assertThat(motion(source, source.editedMotion()).draft().title())
                .isEqualTo("Voorlichting op scholen (titel van de griffie)");
        assertThat(open).singleElement().satisfies(conflict -> {
            assertThat(text(conflict.field())).isEqualTo("Titel");
            assertThat(text(conflict.harvested())).isEqualTo(source.laterTitle());
            assertThat(text(conflict.current())).isEqualTo("Voorlichting op scholen (titel van de griffie)");
        });
        assertThat(again.counts().conflicts()).as("the same conflict is not raised twice").isZero();
        assertThat(conflicts.open(new BodyId(body))).hasSize(1);

        assertThat(conflicts.takeSource(new BodyId(body), open.get(0).id(), Fixtures.CLERK)).isTrue();

        assertThat(motion(source, source.editedMotion()).draft().title()).isEqualTo(source.laterTitle());
        assertThat(conflicts.open(new BodyId(body))).isEmpty();
    }

    @Test
    void storesTheKamersMotionsCommitmentsAndLettersWithWhatTheySay() {
        SourceCase source = sources().findFirst().orElseThrow();
        harvester.harvest(start(source), HarvestOptions.NEXT);
        BodyId kamer = new BodyId(body);

        MotionView adopted = catalog.find(kamer, motion(source, "a3c51f0e-6f2d-4f8a-9b1e-2d7c4e9a0001").id())
                .orElseThrow();
        assertThat(adopted.summary().status()).isEqualTo(ItemStatus.OPEN);
        assertThat(adopted.summary().adoptedOn()).isEqualTo(LocalDate.of(2026, 2, 17));
        assertThat(adopted.partiesVoting(VotePosition.AGAINST)).extracting(MotionView.PartyVoteView::party)
                .containsExactly("PVV", "VVD");
        assertThat(bodies.members(adopted.sponsorIds())).extracting(MemberView::display)
                .containsExactly("S.C. Kröger (GroenLinks-PvdA)", "I. Dobbe (SP)");
        assertThat(adopted.source()).isEqualTo(new SourceLink("TWEEDE_KAMER",
                "https://www.tweedekamer.nl/kamerstukken/moties/detail?id=2026Z02817"));
        assertThat(adopted.history()).singleElement().satisfies(change -> {
            assertThat(change.recordedBy()).isEqualTo("Motiemonitor (oogst)");
            assertThat(change.reason()).isEqualTo("Geoogst uit Tweede Kamer (open data).");
        });

        CommitmentView kept = commitment(source, "b7e2d9c4-5a1f-4e3b-8c6d-000000000003");
        Long letter = letterCatalog.findBySource(kamer, "TWEEDE_KAMER", "d1f3b5a7-9c2e-4d6f-8a0b-000000000001")
                .orElseThrow();
        assertThat(kept.summary().status()).isEqualTo(ItemStatus.DISCHARGED);
        assertThat(kept.history()).extracting(StatusChange::toStatus)
                .containsExactly(ItemStatus.OPEN, ItemStatus.DISCHARGE_PROPOSED, ItemStatus.DISCHARGED);
        assertThat(kept.history().get(1).letterId()).isEqualTo(letter);
        assertThat(kept.history().get(1).effectiveOn()).isEqualTo(LocalDate.of(2026, 2, 25));
        assertThat(kept.history().get(2).dateUnknown()).isTrue();
        assertThat(letterCatalog.answeringCommitments(List.of(kept.summary().id())).get(kept.summary().id()))
                .singleElement().satisfies(answer -> {
                    assertThat(answer.letter().reference()).isEqualTo("2026D09876");
                    assertThat(answer.response()).isEqualTo(LetterResponse.DISCHARGE_CLAIMED);
                });
        CommitmentView open = commitment(source, "b7e2d9c4-5a1f-4e3b-8c6d-000000000001");
        assertThat(open.summary().number()).isEqualTo("TZ202602-101");
        assertThat(open.summary().dueDate()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(bodies.members(List.of(open.requestedByMemberId()))).extracting(MemberView::display)
                .containsExactly("S.C. Kröger (GroenLinks-PvdA)");
        assertThat(commitment(source, "b7e2d9c4-5a1f-4e3b-8c6d-000000000002").summary().status())
                .isEqualTo(ItemStatus.IN_PROGRESS);
        assertThat(commitment(source, "b7e2d9c4-5a1f-4e3b-8c6d-000000000004").summary().status())
                .isEqualTo(ItemStatus.LAPSED);
        assertThat(catalog.findByNumber(kamer, "2026Z02820")).as("an amendment is no motion").isEmpty();
    }

    @Test
    void theCommandPrintsPerSourceWhatItStored() {
        SourceCase source = sources().findFirst().orElseThrow();
        start(source);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int first = HarvestCommand.harvest(HarvestCommand.parse(new String[] {"--orgaan", slug}), sources, harvester,
                bodies, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        int again = HarvestCommand.harvest(HarvestCommand.parse(new String[] {"--orgaan=" + slug, "--bron",
                "tweede-kamer", "--opnieuw"}), sources, harvester, bodies,
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

        assertThat(first).isZero();
        assertThat(again).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
                slug + ", Tweede Kamer (open data) (" + server.baseUrl() + "): 10 nieuw, 0 bijgewerkt, 0 ongewijzigd,"
                        + " 0 conflicten, 0 verwijderd, 2 overgeslagen (5 pagina's).",
                slug + ", Tweede Kamer (open data) (" + server.baseUrl() + "): 0 nieuw, 0 bijgewerkt, 10 ongewijzigd,"
                        + " 0 conflicten, 0 verwijderd, 2 overgeslagen (5 pagina's).");
    }

    /** A body of its own and the source on a server of its own; the source's id. */
    private long start(SourceCase source) {
        server = new FixtureServer(source.folder(), source.apiPath(), source.responder());
        slug = "oogst-" + UUID.randomUUID().toString().substring(0, 8);
        body = fixtures.body(slug, "Oogst " + slug, BodyKind.PARLIAMENT);
        return sources.add(new BodyId(body), new SourceSetup(source.kind(), URI.create(server.baseUrl()),
                source.parameters(), true, false));
    }

    private CommitmentView commitment(SourceCase source, String sourceId) {
        long id = commitmentCatalog.findBySource(new BodyId(body), source.kind().name(), sourceId).orElseThrow();
        return commitmentCatalog.find(new BodyId(body), id).orElseThrow();
    }

    private EditableMotion motion(SourceCase source, String sourceId) {
        long id = catalog.findBySource(new BodyId(body), source.kind().name(), sourceId).orElseThrow();
        return catalog.editable(new BodyId(body), id).orElseThrow();
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
                order by item, source_id""", body, body, body);
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
        return Map.entry(name, jdbc.queryForObject(sql, Long.class, body));
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
