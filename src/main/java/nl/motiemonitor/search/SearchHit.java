package nl.motiemonitor.search;

import java.time.LocalDate;

import nl.motiemonitor.shared.ItemStatus;
import org.springframework.context.MessageSourceResolvable;

/**
 * One result. {@code snippetHtml} is safe HTML: the document's text HTML-escaped, with only {@code <mark>} elements
 * around the words that matched. {@code path} is the item's public URL. {@code title} is as search found it (Dutch
 * for an item without a title of its own); {@code label} is how the page names the item, in its language.
 */
public record SearchHit(ItemType type, long id, String bodySlug, String bodyName, String title,
        MessageSourceResolvable label, ItemStatus status, LocalDate date, String snippetHtml, String path) {
}
