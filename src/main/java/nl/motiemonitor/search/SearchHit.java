package nl.motiemonitor.search;

import java.time.LocalDate;

import nl.motiemonitor.shared.ItemStatus;

/**
 * One result. {@code snippetHtml} is safe HTML: the document's text HTML-escaped, with only {@code <mark>} elements
 * around the words that matched. {@code path} is the item's public URL.
 */
public record SearchHit(ItemType type, long id, String bodySlug, String bodyName, String title, ItemStatus status,
        LocalDate date, String snippetHtml, String path) {
}
