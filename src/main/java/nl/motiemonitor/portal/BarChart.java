package nl.motiemonitor.portal;

import java.util.ArrayList;
import java.util.List;

/**
 * A grouped bar chart drawn on the server as SVG (template fragment {@code fragments/charts :: bars}): the geometry
 * is computed here, the template only writes it out, and the same figures go into a table beside it. Colours come
 * from CSS classes of the app's stylesheet (the CSP allows no inline style).
 */
public record BarChart(String id, String title, String description, List<String> seriesNames,
        List<String> seriesClasses, List<Group> groups, List<Tick> ticks, int width, int height) {

    static final int HEIGHT = 220;
    static final int TOP = 10;
    static final int BOTTOM = 40;
    static final int LEFT = 44;
    static final int GROUP_WIDTH = 56;
    static final int BAR_GAP = 4;

    /** One group of bars (a quarter), with its label and the bars of each series. */
    public record Group(String label, int labelX, List<Bar> bars) {
    }

    public record Bar(int x, int y, int width, int height, long value, String cssClass, String text) {
    }

    public record Tick(int y, long value) {
    }

    /** {@code values.get(g).get(s)}: the value of series s in group g. */
    static BarChart of(String id, String title, String description, List<String> seriesNames,
            List<String> seriesClasses, List<String> labels, List<List<Long>> values) {
        long max = Math.max(1, values.stream().flatMap(List::stream).mapToLong(Long::longValue).max().orElse(1));
        long step = niceStep(max);
        long top = ((max + step - 1) / step) * step;
        int plot = HEIGHT - TOP - BOTTOM;
        int series = seriesNames.size();
        int barWidth = (GROUP_WIDTH - BAR_GAP * (series + 1)) / series;
        List<Group> groups = new ArrayList<>();
        for (int g = 0; g < labels.size(); g++) {
            int groupX = LEFT + g * GROUP_WIDTH;
            List<Bar> bars = new ArrayList<>();
            for (int s = 0; s < series; s++) {
                long value = values.get(g).get(s);
                int h = (int) Math.round((double) value * plot / top);
                bars.add(new Bar(groupX + BAR_GAP + s * (barWidth + BAR_GAP), TOP + plot - h, barWidth, h, value,
                        seriesClasses.get(s), seriesNames.get(s) + " in " + labels.get(g) + ": " + value));
            }
            groups.add(new Group(labels.get(g), groupX + GROUP_WIDTH / 2, bars));
        }
        List<Tick> ticks = new ArrayList<>();
        for (long v = 0; v <= top; v += step) {
            ticks.add(new Tick(TOP + plot - (int) Math.round((double) v * plot / top), v));
        }
        return new BarChart(id, title, description, seriesNames, seriesClasses, groups, ticks,
                LEFT + labels.size() * GROUP_WIDTH + 8, HEIGHT);
    }

    /** The baseline's y. */
    public int baseline() {
        return HEIGHT - BOTTOM;
    }

    public int left() {
        return LEFT;
    }

    private static long niceStep(long max) {
        long rough = Math.max(1, max / 4);
        long magnitude = (long) Math.pow(10, Math.floor(Math.log10(rough)));
        for (long factor : new long[] {1, 2, 5, 10}) {
            if (factor * magnitude >= rough) {
                return factor * magnitude;
            }
        }
        return 10 * magnitude;
    }
}
