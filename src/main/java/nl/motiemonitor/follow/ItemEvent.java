package nl.motiemonitor.follow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import nl.motiemonitor.shared.ItemStatus;
import nl.motiemonitor.shared.Phrase;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;

/**
 * Something that happened to a published item, as followers see it, said in a language by the messages
 * {@code follow.event.*}. {@code item} names the item as a title starts ("Motie ‘Overweeghuis’", "Brief ‘Voortgang’");
 * {@code letter} names the letter that answered the item as a sentence does ("brief ‘Voortgang’", "brief van de
 * staatssecretaris …", see {@code LetterSummary.mention}).
 */
record ItemEvent(long id, Instant occurredAt, String kind, String itemType, MessageSourceResolvable item,
        String itemPath, String bodyName, String fromStatus, String toStatus, MessageSourceResolvable letter,
        String letterPath, LocalDate dueOn, String detail) {

    /** "Motie ‘Overweeghuis’: Open → In behandeling" and the like. */
    public String title(MessageSource messages, Locale locale) {
        MessageSourceResolvable title = switch (kind) {
            case "PUBLISHED" -> Phrase.of("follow.event.published", item);
            case "STATUS_CHANGED" -> fromStatus == null ? Phrase.of("follow.event.status", item, status(toStatus))
                    : Phrase.of("follow.event.statusChanged", item, status(fromStatus), status(toStatus));
            case "LETTER_ANSWERED" -> Phrase.of("follow.event.letterAnswered", item, letter);
            default -> Phrase.of("follow.event.termExtended", item, Phrase.date(dueOn));
        };
        return messages.getMessage(title, locale);
    }

    /** A sentence or two of what happened, for the feed entry and the mail; a reason is the recorded (Dutch) text. */
    public String summary(MessageSource messages, Locale locale) {
        MessageSourceResolvable summary = switch (kind) {
            case "PUBLISHED" -> Phrase.of("follow.event.summary.published", bodyName);
            case "STATUS_CHANGED" -> detail == null ? null : Phrase.of("follow.event.summary.reason", detail);
            case "LETTER_ANSWERED" -> Phrase.of("follow.event.summary.letter." + switch (detail == null ? "" : detail) {
                case "DISCHARGE_CLAIMED", "POSTPONED", "NOT_DISCHARGED" -> detail;
                default -> "PROGRESS_ONLY";
            });
            default -> Phrase.of("follow.event.summary.reason", String.valueOf(detail));
        };
        return summary == null ? "" : messages.getMessage(summary, locale);
    }

    private static MessageSourceResolvable status(String status) {
        return Phrase.status(ItemStatus.valueOf(status));
    }
}
