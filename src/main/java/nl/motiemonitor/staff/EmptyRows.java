package nl.motiemonitor.staff;

import java.util.List;
import java.util.function.Predicate;

import org.springframework.validation.Errors;

/** Rows of a form that the clerk added and left empty are ignored when saving, not refused. */
final class EmptyRows {

    private EmptyRows() {
    }

    /** Removes the empty rows of {@code rows} (field {@code list}) that did not fail to bind. */
    static <T> void remove(List<T> rows, String list, Predicate<T> empty, Errors errors) {
        for (int i = rows.size() - 1; i >= 0; i--) {
            if (empty.test(rows.get(i)) && !errors.hasFieldErrors(list + "[" + i + "].*")) {
                rows.remove(i);
            }
        }
    }
}
