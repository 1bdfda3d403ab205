package nl.motiemonitor.motion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import nl.motiemonitor.body.Bodies;
import nl.motiemonitor.body.BodyId;
import nl.motiemonitor.body.BodyKind;
import nl.motiemonitor.shared.DatePrecision;
import nl.motiemonitor.shared.ItemStatus;
import nl.motiemonitor.shared.StatusChangeDetails;
import nl.motiemonitor.testsupport.MotiemonitorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.annotation.Transactional;

@MotiemonitorTest
@Transactional
class MotionCatalogTest {

    @Autowired
    Bodies bodies;

    @Autowired
    Motions motions;

    @Autowired
    MotionCatalog catalog;

    @Test
    void listsOnlyPublishedMotionsAPageAtATimeNewestFirstFilteredByStatusAndYear() {
        Long body = bodies.register("proefgemeente", "Gemeente Proef", BodyKind.MUNICIPALITY, null, null).id();
        for (int i = 1; i <= 25; i++) {
            register(body, "M" + i, LocalDate.of(2020 + i % 2, 1, i), true);
        }
        register(body, "CONCEPT", LocalDate.of(2021, 6, 1), false);
        Sort newestFirst = Sort.by(Sort.Order.desc("adoptedOn"), Sort.Order.desc("id"));

        Page<MotionSummary> first = catalog.listPublished(new BodyId(body), null, null,
                PageRequest.of(0, 20, newestFirst));
        Page<MotionSummary> second = catalog.listPublished(new BodyId(body), null, null,
                PageRequest.of(1, 20, newestFirst));
        assertThat(first.getTotalElements()).isEqualTo(25);
        assertThat(first.getContent()).hasSize(20).first().extracting(MotionSummary::registrationNumber)
                .isEqualTo("M25");
        assertThat(second.getContent()).hasSize(5);
        assertThat(first.getContent()).extracting(MotionSummary::registrationNumber).doesNotContain("CONCEPT");

        assertThat(catalog.listPublished(new BodyId(body), null, 2021, PageRequest.of(0, 50)).getContent())
                .allSatisfy(motion -> assertThat(motion.adoptedOn().getYear()).isEqualTo(2021)).hasSize(13);
        assertThat(catalog.listPublished(new BodyId(body), ItemStatus.DISCHARGED, null, PageRequest.of(0, 50)))
                .isEmpty();
        assertThat(catalog.listPublished(new BodyId(body), ItemStatus.OPEN, null, PageRequest.of(0, 50))).hasSize(25);
        assertThat(catalog.publishedAdoptionYears(new BodyId(body))).containsExactly(2021, 2020);
    }

    @Test
    void findsAPublishedMotionByItsUrlKeyButNeverADraft() {
        Long body = bodies.register("proefgemeente", "Gemeente Proef", BodyKind.MUNICIPALITY, null, null).id();
        register(body, "RIS 2024/17", LocalDate.of(2024, 3, 1), true);
        register(body, "CONCEPT-1", LocalDate.of(2024, 3, 1), false);

        assertThat(catalog.findPublished(new BodyId(body), "ris-2024-17")).hasValueSatisfying(
                motion -> assertThat(motion.summary().registrationNumber()).isEqualTo("RIS 2024/17"));
        assertThat(catalog.findPublished(new BodyId(body), "concept-1")).isEmpty();
    }

    private void register(Long body, String number, LocalDate adoptedOn, boolean published) {
        motions.register(new MotionDraft(body, number, "Motie " + number, null, adoptedOn, DatePrecision.DAY, null,
                null, VoteOutcome.ADOPTED, 20, 10, List.of(), null, List.of(),
                List.of(new MotionDraft.ClauseDraft(ClauseKind.REQUEST, "iets te doen.")), List.of(), published),
                StatusChangeDetails.of(adoptedOn, "test", "Aangenomen."));
    }
}
