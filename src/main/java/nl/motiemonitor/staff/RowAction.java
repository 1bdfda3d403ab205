package nl.motiemonitor.staff;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Editing an ordered list of form rows without JavaScript: the form's buttons submit {@code rij=clauses:toevoegen},
 * {@code rij=clauses:verwijderen:2}, {@code rij=clauses:omhoog:2} or {@code rij=clauses:omlaag:2}, and the page comes
 * back with the list changed and nothing saved.
 */
record RowAction(String list, String verb, int index) {

    private static final Pattern SYNTAX = Pattern.compile("^([a-z]+):(toevoegen|verwijderen|omhoog|omlaag)(?::(\\d{1,4}))?$");

    static Optional<RowAction> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher matcher = SYNTAX.matcher(value);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int index = matcher.group(3) == null ? -1 : Integer.parseInt(matcher.group(3));
        return Optional.of(new RowAction(matcher.group(1), matcher.group(2), index));
    }

    /** Applies the action to {@code rows} when it is about {@code name}; out-of-range indexes change nothing. */
    <T> void apply(String name, List<T> rows, Supplier<T> newRow) {
        if (!list.equals(name)) {
            return;
        }
        switch (verb) {
            case "toevoegen" -> rows.add(newRow.get());
            case "verwijderen" -> {
                if (index >= 0 && index < rows.size()) {
                    rows.remove(index);
                }
            }
            case "omhoog" -> {
                if (index > 0 && index < rows.size()) {
                    Collections.swap(rows, index, index - 1);
                }
            }
            case "omlaag" -> {
                if (index >= 0 && index < rows.size() - 1) {
                    Collections.swap(rows, index, index + 1);
                }
            }
            default -> throw new IllegalStateException(verb);
        }
    }
}
