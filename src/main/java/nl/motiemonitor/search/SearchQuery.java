package nl.motiemonitor.search;

import nl.motiemonitor.body.BodyKind;
import nl.motiemonitor.shared.ItemStatus;

/**
 * A search as the portal asks it: the reader's words (see {@link SearchText}) and the facets chosen. {@code null}
 * filters mean "all". {@code party} is a sponsor's party group as the facet names it (its abbreviation, or its name
 * when it has none); it only matches motions. {@code page} is 1-based.
 */
public record SearchQuery(String text, Long bodyId, ItemType type, ItemStatus status, Integer year, boolean newestFirst,
        int page, BodyKind bodyKind, String party) {

    /** A search without the kind-of-body and party facets. */
    public SearchQuery(String text, Long bodyId, ItemType type, ItemStatus status, Integer year, boolean newestFirst,
            int page) {
        this(text, bodyId, type, status, year, newestFirst, page, null, null);
    }
}
