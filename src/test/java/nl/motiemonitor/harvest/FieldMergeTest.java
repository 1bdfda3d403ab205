package nl.motiemonitor.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Per field what a harvest does with an item it harvested before. */
class FieldMergeTest {

    private static final SourceValues HARVESTED = new SourceValues(
            Map.of("title", "Oude titel", "dueDate", "2026-07-01", "sponsors", "Kröger (GL-PvdA)"),
            Map.of("title", "Oude titel", "dueDate", "2026-07-01", "sponsors", "Kröger (GroenLinks-PvdA)"));

    @Test
    void aFieldNobodyEditedTakesTheSourcesNewValue() {
        FieldMerge.Plan plan = plan(Map.of("title", "Nieuwe titel"), Map.of("title", "Oude titel"));

        assertThat(plan.apply()).containsExactly(Map.entry("title", "Nieuwe titel"));
        assertThat(plan.conflicts()).isEmpty();
        assertThat(plan.kept()).isEmpty();
    }

    @Test
    void aFieldAClerkEditedKeepsTheClerksValueAndTheSourcesOtherValueIsAConflict() {
        FieldMerge.Plan plan = plan(Map.of("title", "Nieuwe titel", "dueDate", "2026-09-01"),
                Map.of("title", "Titel van de griffie", "dueDate", "2026-07-01"));

        assertThat(plan.apply()).containsExactly(Map.entry("dueDate", "2026-09-01"));
        assertThat(plan.conflicts()).containsExactly(Map.entry("title", "Nieuwe titel"));
        assertThat(plan.kept()).containsExactly("title");
    }

    @Test
    void aValueTheClerkChoseToKeepAgainstIsNotRaisedAgain() {
        FieldMerge.Plan plan = FieldMerge.plan(Map.of("title", "Nieuwe titel"), Map.of("title", "Titel van de griffie"),
                HARVESTED, (field, value) -> value.equals("Nieuwe titel"), (field, current, incoming) -> true);

        assertThat(plan.conflicts()).isEmpty();
        assertThat(plan.kept()).containsExactly("title");
    }

    @Test
    void theSourceSayingWhatItSaidBeforeChangesNothingEvenWhereTheItemWritesItOtherwise() {
        FieldMerge.Plan plan = plan(Map.of("sponsors", "Kröger (GroenLinks-PvdA)"),
                Map.of("sponsors", "Kröger (GL-PvdA)"));

        assertThat(plan.apply()).isEmpty();
        assertThat(plan.conflicts()).isEmpty();
    }

    @Test
    void aValueTheItemCannotTakeIsForTheClerkToDecide() {
        FieldMerge.Plan plan = FieldMerge.plan(Map.of("status", "OPEN"), Map.of("status", "DISCHARGED"),
                SourceValues.EMPTY.next(Map.of("status", "DISCHARGED"), Map.of("status", "DISCHARGED"), Set.of()),
                (field, value) -> false, (field, current, incoming) -> false);

        assertThat(plan.apply()).isEmpty();
        assertThat(plan.conflicts()).containsExactly(Map.entry("status", "OPEN"));
    }

    @Test
    void aFieldTheClerkFilledInBeforeAnyHarvestIsTheClerks() {
        FieldMerge.Plan plan = FieldMerge.plan(Map.of("title", "Titel uit de bron", "dueDate", "2026-07-01"),
                java.util.Collections.singletonMap("title", "Getypte titel"), SourceValues.EMPTY,
                (field, value) -> false, (field, current, incoming) -> true);

        assertThat(plan.conflicts()).containsOnlyKeys("title");
        assertThat(plan.apply()).containsOnlyKeys("dueDate");
    }

    @Test
    void whatAHarvestRemembersReadsBackAsItWasWrittenAndKeepsAKeptFieldEdited() {
        SourceValues next = HARVESTED.next(Map.of("title", "Nieuwe titel", "dueDate", "2026-09-01"),
                Map.of("title", "Titel van de griffie", "dueDate", "2026-09-01"), List.of("title"));

        assertThat(SourceValues.parse(next.json())).isEqualTo(next);
        assertThat(next.edited("title", Map.of("title", "Titel van de griffie"))).isTrue();
        assertThat(next.edited("dueDate", Map.of("dueDate", "2026-09-01"))).isFalse();
        assertThat(next.sourceSaysAgain("title", "Nieuwe titel")).isTrue();
    }

    private static FieldMerge.Plan plan(Map<String, String> incoming, Map<String, String> current) {
        return FieldMerge.plan(incoming, current, HARVESTED, (field, value) -> false, (field, now, value) -> true);
    }
}
