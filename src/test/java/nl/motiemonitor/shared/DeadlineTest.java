package nl.motiemonitor.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Terms are dates without time, in the Netherlands; whether they are late is computed in the database (TimelinessTest). */
class DeadlineTest {

    static final List<MonthDay> JULY_AND_DECEMBER = List.of(MonthDay.of(7, 1), MonthDay.of(12, 1));

    @Test
    void todayIsTheDateInTheNetherlands() {
        Clock lateEveningUtc = Clock.fixed(Instant.parse("2026-06-30T23:30:00Z"), ZoneOffset.UTC);
        assertThat(Deadline.today(lateEveningUtc)).as("01:30 in Amsterdam (summer time)")
                .isEqualTo(LocalDate.of(2026, 7, 1));
        Clock winterEvening = Clock.fixed(Instant.parse("2026-12-31T22:59:00Z"), ZoneOffset.UTC);
        assertThat(Deadline.today(winterEvening)).as("23:59 in Amsterdam (winter time)")
                .isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void aDefaultOfMonthsCountsFromAdoption() {
        assertThat(Deadline.defaultDue(6, List.of(), LocalDate.of(2025, 8, 31))).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(Deadline.defaultDue(6, List.of(), null)).isNull();
        assertThat(Deadline.defaultDue(null, List.of(), LocalDate.of(2025, 1, 1))).isNull();
    }

    @Test
    void aDefaultOfFixedDatesIsTheNextOneAfterAdoptionAcrossTheYearEnd() {
        assertThat(Deadline.defaultDue(null, JULY_AND_DECEMBER, LocalDate.of(2025, 3, 10)))
                .isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(Deadline.defaultDue(null, JULY_AND_DECEMBER, LocalDate.of(2025, 7, 1)))
                .as("adopted on the date itself: the next one").isEqualTo(LocalDate.of(2025, 12, 1));
        assertThat(Deadline.defaultDue(null, JULY_AND_DECEMBER, LocalDate.of(2025, 12, 15)))
                .isEqualTo(LocalDate.of(2026, 7, 1));
    }
}
