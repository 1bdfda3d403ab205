package nl.motiemonitor.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * The chart's geometry keeps its texts apart by construction, for any labels and values (the browser test checks
 * the drawn result): labels one per row, values past their bars and inside the drawing, gridline values spaced by
 * their width.
 */
class BarChartTest {

    @Test
    void everyLabelHasARowOfItsOwnAndTheDrawingKeepsItsWidthHoweverManyGroups() {
        List<String> labels = IntStream.rangeClosed(1, 40).mapToObj(i -> "Kwartaal " + i).toList();
        BarChart chart = chart(labels, 7);

        assertThat(chart.width()).isEqualTo(BarChart.WIDTH);
        List<Integer> rows = chart.groups().stream().map(BarChart.Group::labelY).toList();
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i) - rows.get(i - 1)).as("rows apart").isGreaterThanOrEqualTo(2 * BarChart.LABEL_SIZE);
        }
        assertThat(chart.groups()).allSatisfy(group -> assertThat(group.bars()).allSatisfy(bar -> assertThat(bar.x())
                .as("bars start right of the label column").isGreaterThanOrEqualTo(BarChart.textWidth(
                        group.label().length(), BarChart.LABEL_SIZE) + BarChart.COLUMN_GAP)));
    }

    @Test
    void valuesStayInsideTheDrawingAndGridlineValuesNeverMeetWhateverTheMaximum() {
        for (long max : new long[] {0, 1, 3, 9, 10, 17, 99, 100, 999, 1_234, 98_765, 1_000_000, 123_456_789}) {
            BarChart chart = chart(List.of("Open", "Afdoening voorgesteld"), max);
            int valueWidth = BarChart.textWidth(Long.toString(Math.max(max, 1)).length(), BarChart.VALUE_SIZE);
            assertThat(chart.groups()).allSatisfy(group -> assertThat(group.bars()).allSatisfy(bar ->
                    assertThat(bar.valueX() + valueWidth).as("value %d inside", max).isLessThanOrEqualTo(chart.width())));
            List<BarChart.Tick> ticks = chart.ticks();
            assertThat(ticks.size()).as("gridlines for %d", max).isBetween(2, 12);
            int widest = BarChart.textWidth(Long.toString(ticks.get(ticks.size() - 1).value()).length(),
                    BarChart.VALUE_SIZE);
            for (int i = 1; i < ticks.size(); i++) {
                assertThat(ticks.get(i).x() - ticks.get(i - 1).x()).as("gridline values for %d apart", max)
                        .isGreaterThan(widest);
            }
            assertThat(ticks.get(ticks.size() - 1).x() + widest / 2).isLessThanOrEqualTo(chart.width());
        }
    }

    @Test
    void aLabelTooLongForHalfTheWidthIsShortenedAndTheBarsTitleKeepsItWhole() {
        String long_ = "Een status met een uitzonderlijk lange naam die nergens past";
        BarChart chart = chart(List.of(long_, "Open"), 5);

        String shown = chart.groups().get(0).label();
        assertThat(shown).endsWith("…").hasSizeLessThan(long_.length());
        assertThat(BarChart.textWidth(shown.length(), BarChart.LABEL_SIZE))
                .isLessThanOrEqualTo(BarChart.WIDTH / 2 + BarChart.textWidth(1, BarChart.LABEL_SIZE));
        assertThat(chart.groups().get(0).bars().get(0).text()).contains(long_);
        assertThat(chart.groups().get(1).label()).isEqualTo("Open");
    }

    private static BarChart chart(List<String> labels, long max) {
        List<List<Long>> values = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            values.add(List.of(i == 0 ? max : max / 2, 0L));
        }
        return BarChart.of("test", "Test", "Test", List.of("Moties", "Toezeggingen"),
                List.of("mm-chart__bar--adopted", "mm-chart__bar--commitments"), labels, values);
    }
}
