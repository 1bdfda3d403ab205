package nl.motiemonitor.staff;

import java.util.ArrayList;
import java.util.List;

import nl.motiemonitor.importing.ReadDocument.ItemKind;

/**
 * What a register's row saves, value by value, for the preview: every value of a new item, the old and the new value
 * of each field an update changes. A column shifted by a stray separator shows here as a name under
 * "Portefeuillehouder".
 */
final class RegisterPlanValues {

    /** The longest text shown in full; longer ones are cut with "…". */
    static final int SHORT = 80;

    /** A value a row saves in {@code field}: {@code from} the item's value before (null for a new item). */
    record Value(RegisterField field, String from, String to) {
    }

    private RegisterPlanValues() {
    }

    /** The fields whose values the preview shows beside the number and title (which have columns of their own). */
    private static final List<RegisterField> SHOWN = List.of(RegisterField.DATE, RegisterField.STATUS,
            RegisterField.DUE_DATE, RegisterField.DISCHARGE_DATE, RegisterField.SPONSORS,
            RegisterField.PORTFOLIO_HOLDER, RegisterField.TEXT, RegisterField.PROGRESS);

    /**
     * The values the row saves: for a new item each value it gives, for an existing one each change (and the
     * discharge date when the row's moves are dated with it).
     */
    static List<Value> of(RegisterRow row, RegisterEntries.Entry existing, List<RegisterField> changes,
            boolean datesDischarge) {
        List<Value> values = new ArrayList<>();
        if (existing == null) {
            for (RegisterField field : SHOWN) {
                if (row.says(field) && saved(row.kind(), field)) {
                    values.add(new Value(field, null, word(row, field)));
                }
            }
            return List.copyOf(values);
        }
        if (changes.contains(RegisterField.TITLE)) {
            values.add(new Value(RegisterField.TITLE, shortened(existing.title()), shortened(row.title())));
        }
        for (RegisterField field : SHOWN) {
            if (changes.contains(field)) {
                values.add(new Value(field, word(existing, field), word(row, field)));
            } else if (field == RegisterField.DISCHARGE_DATE && datesDischarge && row.dischargeDate() != null) {
                values.add(new Value(field, "", RegisterValues.format(row.dischargeDate())));
            }
        }
        return List.copyOf(values);
    }

    /**
     * Whether an item of this kind keeps the field (a commitment has no sponsors or text of its own here; both kinds
     * keep a progress note).
     */
    private static boolean saved(ItemKind kind, RegisterField field) {
        return kind != ItemKind.COMMITMENT || field != RegisterField.SPONSORS && field != RegisterField.TEXT;
    }

    private static String word(RegisterRow row, RegisterField field) {
        return switch (field) {
            case DATE -> RegisterValues.format(row.date());
            case STATUS -> row.status() == null ? ""
                    : RegisterValues.statusWord(row.status().outcome(), row.status().status());
            case DUE_DATE -> row.dueDate() != null ? RegisterValues.format(row.dueDate()) : text(row.dueDateText());
            case DISCHARGE_DATE -> RegisterValues.format(row.dischargeDate());
            case SPONSORS -> RegisterValues.sponsorsWord(row.sponsors());
            case PORTFOLIO_HOLDER -> text(row.portfolioHolder());
            case TEXT -> shortened(row.text());
            case PROGRESS -> shortened(row.progress());
            default -> "";
        };
    }

    private static String word(RegisterEntries.Entry existing, RegisterField field) {
        return switch (field) {
            case DATE -> RegisterValues.format(existing.date());
            case STATUS -> RegisterValues.statusWord(existing.outcome() != null && existing.outcome().adopted()
                    && existing.status() != null ? null : existing.outcome(), existing.status());
            case DUE_DATE -> existing.dueDate() != null ? RegisterValues.format(existing.dueDate())
                    : text(existing.dueDateText());
            case DISCHARGE_DATE -> RegisterValues.format(existing.dischargeDate());
            case SPONSORS -> RegisterValues.sponsorsWord(existing.sponsors());
            case PORTFOLIO_HOLDER -> text(existing.portfolioHolder());
            case TEXT -> shortened(existing.text());
            case PROGRESS -> shortened(existing.progress());
            default -> "";
        };
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** A text on one line, cut after {@link #SHORT} characters. */
    static String shortened(String value) {
        String line = text(value).replaceAll("\\s+", " ").strip();
        return line.length() > SHORT ? line.substring(0, SHORT - 1).stripTrailing() + "…" : line;
    }
}
