package nl.motiemonitor.search;

import nl.motiemonitor.shared.ItemStatus;

/**
 * A search as the portal asks it: the reader's words (see {@link SearchText}) and the facets chosen. {@code null}
 * filters mean "all". {@code page} is 1-based.
 */
public record SearchQuery(String text, Long bodyId, ItemType type, ItemStatus status, Integer year, boolean newestFirst,
        int page) {
}
