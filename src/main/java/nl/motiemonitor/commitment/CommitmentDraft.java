package nl.motiemonitor.commitment;

import java.time.LocalDate;

/**
 * Everything known of a commitment when it is registered.
 *
 * @param madeIn              where it was made, in words: "Algemeen Overleg Mensenhandel (Kamerstuk 28 638, nr. 178)"
 * @param madeInLetterId      the letter it was made in, if registered
 * @param requestedByMemberId the member who asked for it, if known
 * @param dueDateText         the source's own words for the term: "voorjaar 2021"
 */
public record CommitmentDraft(Long bodyId, String text, LocalDate madeOn, String madeIn, Long madeInLetterId,
        Long requestedByMemberId, LocalDate dueDate, String dueDateText, boolean published) {
}
