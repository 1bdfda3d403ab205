package nl.motiemonitor.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ItemStatusTest {

    @Test
    void followsTheLifecycleOfTheGlossary() {
        assertThat(ItemStatus.OPEN.successors()).containsExactlyInAnyOrder(ItemStatus.IN_PROGRESS,
                ItemStatus.DISCHARGE_PROPOSED, ItemStatus.LAPSED);
        assertThat(ItemStatus.IN_PROGRESS.successors()).containsExactlyInAnyOrder(ItemStatus.DISCHARGE_PROPOSED,
                ItemStatus.LAPSED);
        assertThat(ItemStatus.DISCHARGE_PROPOSED.successors()).containsExactlyInAnyOrder(ItemStatus.DISCHARGED,
                ItemStatus.IN_PROGRESS, ItemStatus.LAPSED);
        assertThat(ItemStatus.DISCHARGED.successors()).isEmpty();
        assertThat(ItemStatus.LAPSED.successors()).isEmpty();
        assertThat(ItemStatus.OPEN.canMoveTo(ItemStatus.DISCHARGED)).isFalse();
        assertThat(ItemStatus.DISCHARGED.canMoveTo(ItemStatus.LAPSED)).isFalse();
    }

    @Test
    void onlyADischargeOrALapseEndsTheLifecycle() {
        assertThat(ItemStatus.values()).filteredOn(ItemStatus::closed)
                .containsExactlyInAnyOrder(ItemStatus.DISCHARGED, ItemStatus.LAPSED);
        assertThat(ItemStatus.LAPSED.label()).isEqualTo("Vervallen");
        assertThat(ItemStatus.fromSlug("vervallen")).contains(ItemStatus.LAPSED);
    }

    @ParameterizedTest
    @EnumSource(ItemStatus.class)
    void everyStatusHasADutchSlugThatLeadsBackToIt(ItemStatus status) {
        assertThat(status.slug()).matches("[a-z-]+");
        assertThat(ItemStatus.fromSlug(status.slug())).contains(status);
    }

    @Test
    void unknownSlugIsNoStatus() {
        assertThat(ItemStatus.fromSlug("'; drop table motions; --")).isEmpty();
    }

    @Test
    void formatsDatesTheDutchWay() {
        assertThat(DutchDates.format(LocalDate.of(2026, 3, 31))).isEqualTo("31 maart 2026");
        assertThat(DutchDates.format(LocalDate.of(2014, 11, 1), DatePrecision.MONTH)).isEqualTo("november 2014");
        assertThat(DutchDates.format(null)).isNull();
    }
}
