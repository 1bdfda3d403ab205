package nl.motiemonitor.shared;

import java.util.List;

/**
 * Replacing the rows of an entity's element collection. Touching a collection makes Hibernate write it and Envers
 * record a revision, so an edit that leaves the rows as they were must leave the collection alone.
 */
public final class ElementCollections {

    private ElementCollections() {
    }

    /** Makes {@code rows} hold {@code values}, in order, writing only when they differ; elements need equals. */
    public static <T> void replace(List<T> rows, List<T> values) {
        if (!rows.equals(values)) {
            rows.clear();
            rows.addAll(values);
        }
    }
}
