package nl.motiemonitor.harvest;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The harvest's own notation of a field's value, the same whether read from a source's record or from the item: text
 * stripped (blank is none), a date as ISO ({@code 2024-03-05}), a number in digits, a list one entry per line. Two
 * values are the same when their notation is.
 */
final class FieldValues {

    private FieldValues() {
    }

    /** A field's values in order of the fields, leaving out the ones that are none. */
    static final class Builder {

        private final Map<String, String> values = new TreeMap<>();

        Builder put(String field, Object value) {
            String written = value instanceof LocalDate date ? date.toString()
                    : value instanceof Enum<?> constant ? constant.name() : value == null ? null : value.toString();
            String text = text(written);
            if (text != null) {
                values.put(field, text);
            }
            return this;
        }

        Builder lines(String field, List<String> entries) {
            return put(field, entries == null ? null : String.join("\n", entries.stream().map(FieldValues::text)
                    .filter(java.util.Objects::nonNull).toList()));
        }

        Map<String, String> build() {
            return values;
        }
    }

    static Builder builder() {
        return new Builder();
    }

    /** Stripped; blank is none. */
    static String text(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** At most {@code max} characters (a column's length): a source's longer text is cut, not refused. */
    static String text(String value, int max) {
        String text = text(value);
        return text == null || text.length() <= max ? text : text.substring(0, max).strip();
    }

    static LocalDate date(String value) {
        return value == null ? null : LocalDate.parse(value);
    }

    static Integer number(String value) {
        return value == null ? null : Integer.valueOf(value);
    }

    static List<String> lines(String value) {
        return value == null ? List.of() : Arrays.stream(value.split("\n")).filter(line -> !line.isBlank()).toList();
    }
}
