package nl.motiemonitor.motion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;
import nl.motiemonitor.body.Bodies;
import nl.motiemonitor.body.BodyId;
import nl.motiemonitor.body.BodyKind;
import nl.motiemonitor.body.MemberName;
import nl.motiemonitor.shared.DatePrecision;
import nl.motiemonitor.shared.ItemSource;
import nl.motiemonitor.shared.MotionId;
import nl.motiemonitor.shared.StatusChange;
import nl.motiemonitor.shared.StatusChangeDetails;
import nl.motiemonitor.testsupport.MotiemonitorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public motion page reads a motion in one statement ({@link MotionPageReads}) instead of through its entity: it
 * must show exactly what the entity shows, part for part.
 */
@MotiemonitorTest
@Transactional
class MotionPageReadsTest {

    @Autowired
    Bodies bodies;

    @Autowired
    Motions motions;

    @Autowired
    MotionCatalog catalog;

    @Autowired
    EntityManager entities;

    @Test
    void readsEveryPartOfAPublishedMotionAsTheEntityDoes() {
        Long body = bodies.register("proefgemeente", "Gemeente Proef", BodyKind.MUNICIPALITY, null, null).id();
        Long id = motions.register(new MotionDraft(body, "M 2024/7", "Bankjes in het park", "Een beschrijving.",
                LocalDate.of(2024, 3, 1), DatePrecision.MONTH, "Begroting 2024", "RIS-1", VoteOutcome.ADOPTED, 25, 14,
                List.of(new MotionDraft.PartyVoteDraft("GroenLinks", VotePosition.FOR, 8),
                        new MotionDraft.PartyVoteDraft("VVD", VotePosition.AGAINST, null)),
                LocalDate.of(2024, 9, 1), List.of(),
                List.of(new MotionDraft.ClauseDraft(ClauseKind.NOTING, "het park geen bankjes heeft;"),
                        new MotionDraft.ClauseDraft(ClauseKind.NOTING, "ouderen willen zitten;"),
                        new MotionDraft.ClauseDraft(ClauseKind.CONSIDERING, "zitten gezond is;"),
                        new MotionDraft.ClauseDraft(ClauseKind.REQUEST, "bankjes te plaatsen.")),
                List.of(new MotionDraft.FootnoteDraft("1", 1, "ouderen", "Onderzoek 2023."),
                        new MotionDraft.FootnoteDraft("2", 3, "bankjes", null)),
                true), List.of(new MemberName("J. de Vries", "GroenLinks"), new MemberName("A. Bakker", null)),
                StatusChangeDetails.of(LocalDate.of(2024, 3, 1), "griffie", "Aangenomen."));
        motions.proposeDischarge(new MotionId(id), new StatusChangeDetails(null, Instant.now(), "griffie",
                "Het college stelt afdoening voor.", null, true));
        motions.recordSource(new BodyId(body), id, new ItemSource("NOTUBIZ", "m-7", "https://example.org/m-7", null,
                Instant.parse("2024-10-01T08:00:00Z")));
        entities.flush();
        entities.clear();

        MotionView read = catalog.findPublished(new BodyId(body), "m-2024-7").orElseThrow();
        MotionView entity = catalog.find(new BodyId(body), id).orElseThrow();

        assertThat(read.clauseGroups()).hasSize(3);
        assertThat(read.partyVotes()).extracting(MotionView.PartyVoteView::party).containsExactly("GroenLinks", "VVD");
        assertThat(read.sponsorIds()).hasSize(2);
        assertThat(read.history()).hasSize(2);
        assertThat(read.source()).isNotNull();
        assertThat(read).usingRecursiveComparison().ignoringFields("history").isEqualTo(entity);
        assertThat(read.history()).extracting(MotionPageReadsTest::move)
                .containsExactlyElementsOf(entity.history().stream().map(MotionPageReadsTest::move).toList());
    }

    @Test
    void readsAMotionWithoutPartsAndNeverADraft() {
        Long body = bodies.register("proefgemeente", "Gemeente Proef", BodyKind.MUNICIPALITY, null, null).id();
        Long id = motions.register(new MotionDraft(body, "M1", null, null, null, DatePrecision.DAY, null, null,
                VoteOutcome.REJECTED, null, null, List.of(), null, List.of(), List.of(), List.of(), true),
                StatusChangeDetails.of(null, "griffie", "Verworpen."));
        motions.register(new MotionDraft(body, "CONCEPT", null, null, null, DatePrecision.DAY, null, null,
                VoteOutcome.ADOPTED, null, null, List.of(), null, List.of(), List.of(), List.of(), false),
                StatusChangeDetails.of(null, "griffie", "Aangenomen."));
        entities.flush();
        entities.clear();

        MotionView read = catalog.findPublished(new BodyId(body), "m1").orElseThrow();
        assertThat(read).usingRecursiveComparison().isEqualTo(catalog.find(new BodyId(body), id).orElseThrow());
        assertThat(read.clauseGroups()).isEmpty();
        assertThat(read.history()).isEmpty();
        assertThat(catalog.findPublished(new BodyId(body), "concept")).isEmpty();
    }

    @Test
    void namesTheMotionsOfAReplacementBothWaysAndADraftOnlyToStaff() {
        Long body = bodies.register("proefgemeente", "Gemeente Proef", BodyKind.MUNICIPALITY, null, null).id();
        Long earlier = register(body, "M1", true, null);
        Long later = register(body, "M1A", false, "M1");
        entities.flush();
        entities.clear();

        assertThat(catalog.replacements(later, false).replaces().id()).isEqualTo(earlier);
        assertThat(catalog.replacements(later, false).replacedBy()).isNull();
        assertThat(catalog.replacements(earlier, false).replacedBy().id()).isEqualTo(later);
        assertThat(catalog.replacements(earlier, true).replacedBy()).as("a draft is not named in public").isNull();
        assertThat(catalog.replacements(earlier, true).replaces()).isNull();
    }

    private Long register(Long body, String number, boolean published, String replaces) {
        return motions.register(new MotionDraft(body, number, "Motie " + number, null, LocalDate.of(2024, 1, 1),
                DatePrecision.DAY, null, null, VoteOutcome.ADOPTED, 20, 10, List.of(), null, List.of(),
                List.of(new MotionDraft.ClauseDraft(ClauseKind.REQUEST, "iets te doen.")), List.of(), published),
                List.of(), replaces, StatusChangeDetails.of(LocalDate.of(2024, 1, 1), "griffie", "Aangenomen."));
    }

    private static List<Object> move(StatusChange change) {
        return java.util.Arrays.asList(change.fromStatus(), change.toStatus(), change.effectiveOn(),
                change.dateUnknown(), change.recordedAt(), change.recordedBy(), change.reason(), change.letterId());
    }
}
