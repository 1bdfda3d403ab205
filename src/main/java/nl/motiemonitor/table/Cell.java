package nl.motiemonitor.table;

import java.time.LocalDate;

import nl.motiemonitor.shared.DutchDates;

/**
 * One cell of a {@link Table}, with its kind: a spreadsheet gets a date as a date and a number as a number, a CSV file
 * a date as ISO-8601 ({@code 2026-07-01}, which Excel in any language reads as a date). {@link #text()} is the cell as
 * a person reads it in Dutch ("1 juli 2026"), as a printed list shows it. Make cells with the factories
 * ({@link #text}, {@link #number}, {@link #date}, {@link #link}), which turn a missing value into {@link #EMPTY}.
 */
public sealed interface Cell {

    /** An empty cell. */
    Cell EMPTY = new Text("");

    /** The cell as a person reads it, in Dutch. */
    String text();

    /** The cell in a CSV file: its text, defused ({@link #defused}) unless it is a number or a date. */
    default String csv() {
        return defused(text());
    }

    static Cell text(String value) {
        return value == null || value.isEmpty() ? EMPTY : new Text(value);
    }

    /** A whole number; null is an empty cell. */
    static Cell number(java.lang.Number value) {
        return value == null ? EMPTY : new Number(value.longValue());
    }

    /** A day; null is an empty cell. */
    static Cell date(LocalDate value) {
        return value == null ? EMPTY : new Date(value);
    }

    /** An absolute URL; null is an empty cell. */
    static Cell link(String url) {
        return url == null || url.isEmpty() ? EMPTY : new Link(url);
    }

    /** Text as written. */
    record Text(String value) implements Cell {

        @Override
        public String text() {
            return value;
        }
    }

    record Number(long value) implements Cell {

        @Override
        public String text() {
            return Long.toString(value);
        }

        @Override
        public String csv() {
            return text();
        }
    }

    record Date(LocalDate value) implements Cell {

        @Override
        public String text() {
            return DutchDates.format(value);
        }

        @Override
        public String csv() {
            return value.toString();
        }
    }

    record Link(String url) implements Cell {

        @Override
        public String text() {
            return url;
        }
    }

    /**
     * A text that Excel would run as a formula ("=…", "+…", "-…", "@…") gets a leading apostrophe: the defence against
     * CSV injection that the staff register export uses too (whose import removes it again).
     */
    static String defused(String text) {
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
