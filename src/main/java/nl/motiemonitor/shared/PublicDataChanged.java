package nl.motiemonitor.shared;

import java.util.Set;

/**
 * What the public may see changed, as the database announced it after a commit: the bodies concerned, or every body
 * ({@code all}). Modules that keep answers for the public (search results, dashboards) drop them on it, so nothing
 * unpublished, withdrawn or changed outlives the change there.
 */
public record PublicDataChanged(Set<String> bodySlugs, boolean all) {
}
