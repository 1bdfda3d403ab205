package nl.motiemonitor.motion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import nl.motiemonitor.shared.DatePrecision;
import nl.motiemonitor.shared.DomainRuleViolation;
import nl.motiemonitor.shared.IllegalStatusTransitionException;
import nl.motiemonitor.shared.ItemStatus;
import nl.motiemonitor.shared.StatusChange;
import nl.motiemonitor.shared.StatusChangeDetails;
import org.junit.jupiter.api.Test;

class MotionLifecycleTest {

    private static final StatusChangeDetails ADOPTION = details("Aangenomen in de raad.");

    @Test
    void adoptedMotionStartsOpenWithItsAdoptionInTheHistory() {
        Motion motion = Motion.register(draft(VoteOutcome.ADOPTED), List.of(), ADOPTION);

        assertThat(motion.status()).isEqualTo(ItemStatus.OPEN);
        assertThat(motion.statusChanges()).singleElement().satisfies(change -> {
            assertThat(change.fromStatus()).isNull();
            assertThat(change.toStatus()).isEqualTo(ItemStatus.OPEN);
            assertThat(change.reason()).isEqualTo("Aangenomen in de raad.");
            assertThat(change.effectiveOn()).isEqualTo(LocalDate.of(2025, 10, 9));
        });
    }

    @Test
    void letterClaimingDischargeThenCouncilAcceptingItDischargesTheMotion() {
        Motion motion = Motion.register(draft(VoteOutcome.ADOPTED), List.of(), ADOPTION);

        motion.proposeDischarge(details("Brief beschouwt de motie als afgedaan.").byLetter(7L));
        motion.acceptDischarge(details("De raad stemt in met de afdoening."));

        assertThat(motion.status()).isEqualTo(ItemStatus.DISCHARGED);
        assertThat(motion.statusChanges()).extracting(StatusChange::toStatus)
                .containsExactly(ItemStatus.OPEN, ItemStatus.DISCHARGE_PROPOSED, ItemStatus.DISCHARGED);
        assertThat(motion.statusChanges().get(1).letterId()).isEqualTo(7L);
        assertThat(motion.statusChanges().get(2).fromStatus()).isEqualTo(ItemStatus.DISCHARGE_PROPOSED);
    }

    @Test
    void councilRejectingTheDischargeSendsTheMotionBackInProgress() {
        Motion motion = Motion.register(draft(VoteOutcome.ADOPTED), List.of(), ADOPTION);
        motion.proposeDischarge(details("Brief claimt afdoening."));

        motion.rejectDischarge(details("De raad vindt de motie niet uitgevoerd."));

        assertThat(motion.status()).isEqualTo(ItemStatus.IN_PROGRESS);
        motion.proposeDischarge(details("Tweede brief."));
        assertThat(motion.status()).isEqualTo(ItemStatus.DISCHARGE_PROPOSED);
    }

    @Test
    void progressLetterMovesAnOpenMotionInProgressAndLeavesItThereAfterwards() {
        Motion motion = Motion.register(draft(VoteOutcome.ADOPTED), List.of(), ADOPTION);

        motion.reportProgress(details("Voortgangsbrief."));
        motion.reportProgress(details("Nog een voortgangsbrief."));

        assertThat(motion.status()).isEqualTo(ItemStatus.IN_PROGRESS);
        assertThat(motion.statusChanges()).hasSize(2);
    }

    @Test
    void refusesDischargeOfRejectedMotion() {
        Motion motion = Motion.register(draft(VoteOutcome.REJECTED), List.of(), ADOPTION);

        assertThat(motion.status()).isNull();
        assertThat(motion.statusChanges()).isEmpty();
        assertThatThrownBy(() -> motion.proposeDischarge(details("Brief.")))
                .isInstanceOf(IllegalStatusTransitionException.class)
                .hasMessage("Motie RIS323480 is niet aangenomen en kent dus geen afdoening.");
    }

    @Test
    void refusesToAcceptADischargeThatWasNeverProposed() {
        Motion motion = Motion.register(draft(VoteOutcome.ADOPTED), List.of(), ADOPTION);

        assertThatThrownBy(() -> motion.acceptDischarge(details("Raad stemt in.")))
                .isInstanceOf(IllegalStatusTransitionException.class)
                .hasMessageContaining("alleen aanvaarden als die is voorgesteld")
                .hasMessageContaining("'Open'");
        assertThat(motion.status()).isEqualTo(ItemStatus.OPEN);
    }

    @Test
    void refusesAnyMoveOnceDischarged() {
        Motion motion = Motion.register(draft(VoteOutcome.ADOPTED), List.of(), ADOPTION);
        motion.proposeDischarge(details("Brief."));
        motion.acceptDischarge(details("Raad stemt in."));

        assertThatThrownBy(() -> motion.proposeDischarge(details("Nog een brief.")))
                .isInstanceOf(IllegalStatusTransitionException.class)
                .hasMessage("Motie RIS323480 kan niet van 'Afgedaan' naar 'Afdoening voorgesteld'.");
        assertThatThrownBy(() -> motion.reportProgress(details("Voortgang.")))
                .isInstanceOf(IllegalStatusTransitionException.class);
        assertThatThrownBy(() -> motion.rejectDischarge(details("Toch niet.")))
                .isInstanceOf(IllegalStatusTransitionException.class);
        assertThat(motion.statusChanges()).hasSize(3);
    }

    @Test
    void lapsesFromOpenInProgressOrAProposedDischargeWithTheReasonInTheHistory() {
        Motion open = Motion.register(draft(VoteOutcome.ADOPTED), List.of(), ADOPTION);
        Motion inProgress = Motion.register(draft(VoteOutcome.ADOPTED), List.of(), ADOPTION);
        inProgress.reportProgress(details("Voortgangsbrief."));
        Motion proposed = Motion.register(draft(VoteOutcome.ADOPTED), List.of(), ADOPTION);
        proposed.proposeDischarge(details("Brief claimt afdoening."));

        for (Motion motion : List.of(open, inProgress, proposed)) {
            ItemStatus before = motion.status();
            motion.lapse(details("Achterhaald door de Omgevingswet."));

            assertThat(motion.status()).isEqualTo(ItemStatus.LAPSED);
            assertThat(motion.statusChanges()).last().satisfies(change -> {
                assertThat(change.fromStatus()).isEqualTo(before);
                assertThat(change.toStatus()).isEqualTo(ItemStatus.LAPSED);
                assertThat(change.reason()).isEqualTo("Achterhaald door de Omgevingswet.");
            });
        }
    }

    @Test
    void refusesToLapseADischargedOrLapsedMotionAndALapsedOneMovesNoMore() {
        Motion discharged = Motion.register(draft(VoteOutcome.ADOPTED), List.of(), ADOPTION);
        discharged.proposeDischarge(details("Brief."));
        discharged.acceptDischarge(details("Raad stemt in."));
        Motion lapsed = Motion.register(draft(VoteOutcome.ADOPTED), List.of(), ADOPTION);
        lapsed.lapse(details("Een latere motie vervangt haar."));

        assertThatThrownBy(() -> discharged.lapse(details("Toch vervallen.")))
                .isInstanceOf(IllegalStatusTransitionException.class)
                .hasMessage("Motie RIS323480 kan niet van 'Afgedaan' naar 'Vervallen'.");
        assertThatThrownBy(() -> lapsed.lapse(details("Nog eens vervallen.")))
                .isInstanceOf(IllegalStatusTransitionException.class)
                .hasMessage("Motie RIS323480 kan niet van 'Vervallen' naar 'Vervallen'.");
        assertThatThrownBy(() -> lapsed.proposeDischarge(details("Brief.")))
                .isInstanceOf(IllegalStatusTransitionException.class);
        assertThatThrownBy(() -> lapsed.reportProgress(details("Voortgang.")))
                .isInstanceOf(IllegalStatusTransitionException.class);
        assertThatThrownBy(() -> lapsed.acceptDischarge(details("Raad stemt in.")))
                .isInstanceOf(IllegalStatusTransitionException.class);
        assertThat(discharged.status()).isEqualTo(ItemStatus.DISCHARGED);
        assertThat(discharged.statusChanges()).hasSize(3);
        assertThat(lapsed.statusChanges()).hasSize(2);
    }

    @Test
    void refusesToLapseARejectedMotionOrOneWithoutAReason() {
        Motion rejected = Motion.register(draft(VoteOutcome.REJECTED), List.of(), ADOPTION);
        Motion open = Motion.register(draft(VoteOutcome.ADOPTED), List.of(), ADOPTION);

        assertThatThrownBy(() -> rejected.lapse(details("Vervallen.")))
                .isInstanceOf(IllegalStatusTransitionException.class)
                .hasMessage("Motie RIS323480 is niet aangenomen en kent dus geen afdoening.");
        assertThatThrownBy(() -> open.lapse(null))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessage("Vermeld waarom motie RIS323480 vervalt, bijvoorbeeld een nieuwe wet of een latere motie.")
                .extracting("code").isEqualTo("rule.status.lapseWithoutReason");
        assertThat(open.status()).isEqualTo(ItemStatus.OPEN);
        assertThat(open.statusChanges()).hasSize(1);
    }

    @Test
    void refusesAStatusChangeWithoutAReason() {
        assertThatThrownBy(() -> StatusChangeDetails.of(null, "griffie", "  "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Een statuswijziging vraagt een reden.");
    }

    @Test
    void refusesAFootnoteWhoseAnchorIsNotInItsClause() {
        MotionDraft draft = new MotionDraft(1L, "RIS1", "Titel", null, null, DatePrecision.DAY, null, null,
                VoteOutcome.ADOPTED, null, null, List.of(), null, List.of(),
                List.of(new MotionDraft.ClauseDraft(ClauseKind.CONSIDERING, "in Utrecht is een overweeghuis;")),
                List.of(new MotionDraft.FootnoteDraft("1", 0, "Groningen", null)), true);

        assertThatThrownBy(() -> Motion.register(draft, List.of(), ADOPTION))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessage("Voetnoot 1: de tekst 'Groningen' staat niet in de overweging.");
    }

    @Test
    void groupsConsecutiveClausesUnderOneHeadingAndPutsFootnoteMarkersAfterTheirAnchor() {
        MotionView view = MotionView.of(Motion.register(draft(VoteOutcome.ADOPTED), List.of(), ADOPTION), java.util.Map.of());

        assertThat(view.clauseGroups()).extracting(MotionView.ClauseGroup::kind)
                .containsExactly(ClauseKind.NOTING, ClauseKind.CONSIDERING, ClauseKind.REQUEST);
        assertThat(view.clauseGroups().get(1).clauses()).hasSize(2);
        assertThat(view.clauseGroups().get(1).clauses().get(0))
                .extracting(segment -> segment.text() + "|" + segment.marker())
                .containsExactly("waaronder Utrecht|1", ", Groningen|2", " een overweeghuis is;|null");
    }

    private static MotionDraft draft(VoteOutcome outcome) {
        return new MotionDraft(1L, "RIS323480", "Onderzoek mogelijkheden overweeghuis", null,
                LocalDate.of(2025, 10, 9), DatePrecision.DAY, "Nota sekswerk Den Haag", "RIS320863", outcome,
                null, null, List.of(), null, List.of(),
                List.of(new MotionDraft.ClauseDraft(ClauseKind.NOTING, "er geen plek is;"),
                        new MotionDraft.ClauseDraft(ClauseKind.CONSIDERING,
                                "waaronder Utrecht, Groningen een overweeghuis is;"),
                        new MotionDraft.ClauseDraft(ClauseKind.CONSIDERING, "in Den Haag niet;"),
                        new MotionDraft.ClauseDraft(ClauseKind.REQUEST, "te onderzoeken.")),
                List.of(new MotionDraft.FootnoteDraft("1", 1, "Utrecht", null),
                        new MotionDraft.FootnoteDraft("2", 1, "Groningen", null)),
                true);
    }

    private static StatusChangeDetails details(String reason) {
        return StatusChangeDetails.of(LocalDate.of(2025, 10, 9), "griffie", reason);
    }
}
