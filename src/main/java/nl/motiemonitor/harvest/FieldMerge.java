package nl.motiemonitor.harvest;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Per field what a harvest does with an item it harvested before: a field nobody edited since takes the source's
 * value; a field a clerk edited keeps the clerk's, and where the source says something else that is a conflict
 * (unless the clerk already chose to keep their value against this very value of the source). A field the item
 * cannot take (a step back in the lifecycle, an adopted motion "rejected") is a conflict too, for the clerk to decide.
 */
final class FieldMerge {

    private FieldMerge() {
    }

    /**
     * @param apply     the fields to write, with the source's value
     * @param conflicts the fields whose source value differs from a clerk's, with the source's value
     * @param kept      the fields a clerk edited, conflicting or not: what the harvest stored of them stays
     */
    record Plan(Map<String, String> apply, Map<String, String> conflicts, Set<String> kept) {
    }

    /** Whether the item can take this value of the field from its current one. */
    interface Applicable {
        boolean test(String field, String current, String incoming);
    }

    static Plan plan(Map<String, String> incoming, Map<String, String> current, SourceValues values,
            BiPredicate<String, String> keptOwn, Applicable applicable) {
        Map<String, String> apply = new LinkedHashMap<>();
        Map<String, String> conflicts = new LinkedHashMap<>();
        Set<String> kept = new LinkedHashSet<>();
        incoming.forEach((field, value) -> {
            String now = current.get(field);
            if (Objects.equals(value, now)) {
                return;
            }
            if (values.edited(field, current)) {
                kept.add(field);
                if (!keptOwn.test(field, value)) {
                    conflicts.put(field, value);
                }
            } else if (!values.sourceSaysAgain(field, value)) {
                if (applicable.test(field, now, value)) {
                    apply.put(field, value);
                } else {
                    kept.add(field);
                    conflicts.put(field, value);
                }
            }
        });
        return new Plan(apply, conflicts, kept);
    }
}
