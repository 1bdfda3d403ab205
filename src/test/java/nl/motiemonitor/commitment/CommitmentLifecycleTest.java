package nl.motiemonitor.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import nl.motiemonitor.shared.DomainRuleViolation;
import nl.motiemonitor.shared.IllegalStatusTransitionException;
import nl.motiemonitor.shared.ItemStatus;
import nl.motiemonitor.shared.StatusChangeDetails;
import org.junit.jupiter.api.Test;

class CommitmentLifecycleTest {

    private static final CommitmentDraft DRAFT = new CommitmentDraft(1L,
            "In het voorjaar van 2021 wordt de raad geïnformeerd.", LocalDate.of(2021, 2, 2), "Brief",
            null, null, LocalDate.of(2021, 6, 20), "voorjaar 2021", true);

    @Test
    void newCommitmentIsOpenAndFollowsTheSameLifecycleAsAMotion() {
        Commitment commitment = Commitment.register("2021-1", DRAFT, details("Toegezegd."));
        assertThat(commitment.status()).isEqualTo(ItemStatus.OPEN);

        commitment.proposeDischarge(details("Brief claimt afdoening."));
        commitment.acceptDischarge(details("Raad stemt in."));

        assertThat(commitment.status()).isEqualTo(ItemStatus.DISCHARGED);
        assertThat(commitment.statusChanges()).hasSize(3);
    }

    @Test
    void refusesToRejectADischargeThatWasNeverProposed() {
        Commitment commitment = Commitment.register("2021-1", DRAFT, details("Toegezegd."));

        assertThatThrownBy(() -> commitment.rejectDischarge(details("Niet akkoord.")))
                .isInstanceOf(IllegalStatusTransitionException.class)
                .hasMessageContaining("toezegging 2021-1");
    }

    @Test
    void aCommitmentLapsesWithItsReasonFromAProposedDischargeButNeverOnceDischarged() {
        Commitment proposed = Commitment.register("2021-1", DRAFT, details("Toegezegd."));
        proposed.proposeDischarge(details("Brief claimt afdoening."));
        Commitment discharged = Commitment.register("2021-2", DRAFT, details("Toegezegd."));
        discharged.proposeDischarge(details("Brief claimt afdoening."));
        discharged.acceptDischarge(details("Raad stemt in."));

        proposed.lapse(details("De pilot is gestopt; de raad besloot tot een nieuwe aanpak."));

        assertThat(proposed.status()).isEqualTo(ItemStatus.LAPSED);
        assertThat(proposed.statusChanges()).last().satisfies(change -> {
            assertThat(change.fromStatus()).isEqualTo(ItemStatus.DISCHARGE_PROPOSED);
            assertThat(change.reason()).isEqualTo("De pilot is gestopt; de raad besloot tot een nieuwe aanpak.");
        });
        assertThatThrownBy(() -> discharged.lapse(details("Toch vervallen.")))
                .isInstanceOf(IllegalStatusTransitionException.class)
                .hasMessage("Toezegging 2021-2 kan niet van 'Afgedaan' naar 'Vervallen'.");
        assertThatThrownBy(() -> Commitment.register("2021-3", DRAFT, details("Toegezegd.")).lapse(null))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageStartingWith("Vermeld waarom toezegging 2021-3 vervalt");
    }

    @Test
    void refusesATermBeforeTheCommitmentWasMade() {
        CommitmentDraft backwards = new CommitmentDraft(1L, "Iets.", LocalDate.of(2021, 2, 2), null, null, null,
                LocalDate.of(2021, 1, 1), null, true);

        assertThatThrownBy(() -> Commitment.register("2021-1", backwards, details("Toegezegd.")))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessage("De termijn ligt vóór de datum van de toezegging.")
                .extracting("code").isEqualTo("rule.commitment.dueBeforeMade");
    }

    private static StatusChangeDetails details(String reason) {
        return StatusChangeDetails.of(LocalDate.of(2021, 2, 2), "griffie", reason);
    }
}
