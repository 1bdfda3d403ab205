package nl.motiemonitor.portal;

import java.util.ArrayList;
import java.util.List;

/**
 * A grouped bar chart drawn on the server as SVG (template fragment {@code fragments/charts :: bars}): the geometry
 * is computed here, the template only writes it out, and the same figures go into a table beside it. Colours come
 * from CSS classes of the app's stylesheet (the CSP allows no inline style).
 *
 * <p>The bars lie horizontally, one group (a status, a quarter) under the other, with its label in a column of its
 * own to the left and each bar's value just past its end. So no two labels can meet, whatever the labels say or how
 * many groups there are: each label has its own row, and the label column is as wide as the longest label. The
 * drawing is {@value #WIDTH} units wide whatever the data, and the page scales it to the screen (at most 30rem, see
 * the stylesheet), so text keeps its size relative to the bars: at 320 px its 13 units are about 10 px, at 768 px
 * and wider about 17 px. Text widths are estimated on the generous side ({@value #EM_PER_CHARACTER} em a character,
 * wider than the average of the fonts of both themes); a label too long for half the width is shortened with "…"
 * (the bar's title and the table keep the full text).
 */
record BarChart(String id, String title, String description, List<String> seriesNames,
        List<String> seriesClasses, List<Group> groups, List<Tick> ticks, int width, int height, int left,
        int top, int plotBottom) {

    static final int WIDTH = 360;
    static final int LABEL_SIZE = 13;
    static final int VALUE_SIZE = 12;
    static final double EM_PER_CHARACTER = 0.62;
    static final int TOP = 4;
    static final int BAR = 14;
    static final int BAR_GAP = 4;
    static final int GROUP_GAP = 12;
    static final int COLUMN_GAP = 10;

    /** One group of bars (a quarter), with its label (maybe shortened) where it is drawn, and the bars of each series. */
    public record Group(String label, int labelY, List<Bar> bars) {
    }

    /** A bar, and where its value is written: just past its end. */
    public record Bar(int x, int y, int width, int height, long value, String cssClass, String text, int valueX,
            int valueY) {
    }

    /** A gridline across the bars at {@code x}, with its value under the bars. */
    public record Tick(int x, long value) {
    }

    /** {@code values.get(g).get(s)}: the value of series s in group g. */
    static BarChart of(String id, String title, String description, List<String> seriesNames,
            List<String> seriesClasses, List<String> labels, List<List<Long>> values) {
        long max = Math.max(1, values.stream().flatMap(List::stream).mapToLong(Long::longValue).max().orElse(1));
        int labelColumn = Math.min(WIDTH / 2, textWidth(labels.stream().mapToInt(String::length).max().orElse(1),
                LABEL_SIZE));
        int left = labelColumn + COLUMN_GAP;
        int valueRoom = textWidth(Long.toString(max).length(), VALUE_SIZE) + 6;
        int plot = WIDTH - left - valueRoom;
        long step = step(max, plot);
        long axisTop = ((max + step - 1) / step) * step;
        int series = seriesNames.size();
        int groupHeight = series * BAR + (series - 1) * BAR_GAP;
        List<Group> groups = new ArrayList<>();
        for (int g = 0; g < labels.size(); g++) {
            int groupY = TOP + g * (groupHeight + GROUP_GAP);
            List<Bar> bars = new ArrayList<>();
            for (int s = 0; s < series; s++) {
                long value = values.get(g).get(s);
                int length = (int) Math.round((double) value * plot / axisTop);
                int y = groupY + s * (BAR + BAR_GAP);
                bars.add(new Bar(left, y, length, BAR, value, seriesClasses.get(s),
                        seriesNames.get(s) + " in " + labels.get(g) + ": " + value, left + length + 4,
                        baseline(y, BAR, VALUE_SIZE)));
            }
            groups.add(new Group(shortened(labels.get(g), labelColumn), baseline(groupY, groupHeight, LABEL_SIZE),
                    bars));
        }
        int plotBottom = TOP + labels.size() * (groupHeight + GROUP_GAP) - GROUP_GAP + 6;
        List<Tick> ticks = new ArrayList<>();
        for (long v = 0; v <= axisTop; v += step) {
            ticks.add(new Tick(left + (int) Math.round((double) v * plot / axisTop), v));
        }
        return new BarChart(id, title, description, seriesNames, seriesClasses, groups, ticks, WIDTH,
                plotBottom + VALUE_SIZE + 10, left, TOP, plotBottom);
    }

    /** Where the values under the bars are written. */
    public int tickLabelY() {
        return plotBottom + VALUE_SIZE + 2;
    }

    /** The baseline that centres a line of text of this size in a band. */
    private static int baseline(int bandTop, int bandHeight, int size) {
        return bandTop + bandHeight / 2 + (int) Math.round(size * 0.35);
    }

    /** The most room this many characters can take at this size. */
    static int textWidth(int characters, int size) {
        return (int) Math.ceil(characters * EM_PER_CHARACTER * size);
    }

    /** The label, shortened with "…" when it would be wider than its column. */
    static String shortened(String label, int column) {
        int fits = (int) Math.floor(column / (EM_PER_CHARACTER * LABEL_SIZE));
        return label.length() <= fits ? label : label.substring(0, Math.max(1, fits - 1)).strip() + "…";
    }

    /**
     * A round step between gridlines (1, 2 or 5 times a power of ten) that gives about four of them, but never so
     * many that the values under the bars could meet.
     */
    static long step(long max, int plot) {
        int room = textWidth(Long.toString(max).length() + 1, VALUE_SIZE) + 8;
        long step = niceAtLeast(Math.max(1, max / 4));
        while (plot / ((max + step - 1) / step) < room && step < max) {
            step = niceAtLeast(step + 1);
        }
        return step;
    }

    private static long niceAtLeast(long rough) {
        long magnitude = (long) Math.pow(10, Math.floor(Math.log10(rough)));
        for (long factor : new long[] {1, 2, 5, 10}) {
            if (factor * magnitude >= rough) {
                return factor * magnitude;
            }
        }
        return 10 * magnitude;
    }
}
