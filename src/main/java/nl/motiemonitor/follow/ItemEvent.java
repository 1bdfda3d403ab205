package nl.motiemonitor.follow;

import java.time.Instant;
import java.time.LocalDate;

import nl.motiemonitor.shared.DutchDates;
import nl.motiemonitor.shared.ItemStatus;
import org.springframework.util.StringUtils;

/**
 * Something that happened to a published item, as followers see it. {@code itemTitle} is a motion's or commitment's
 * title, and for a letter how a sentence names it; {@code letter} names the letter that answered the item, the same
 * way ("brief ‘Voortgang’", "brief van de staatssecretaris …", see {@code LetterSummary.mention}).
 */
record ItemEvent(long id, Instant occurredAt, String kind, String itemType, String itemTitle, String itemPath,
        String bodyName, String fromStatus, String toStatus, String letter, String letterPath, LocalDate dueOn,
        String detail) {

    /** "Motie ‘Overweeghuis’: Open → In behandeling" and the like. */
    public String title() {
        String item = switch (itemType) {
            case "MOTION" -> "Motie ‘" + itemTitle + "’";
            case "COMMITMENT" -> "Toezegging ‘" + shorten(itemTitle) + "’";
            default -> StringUtils.capitalize(itemTitle);
        };
        return switch (kind) {
            case "PUBLISHED" -> item + " gepubliceerd";
            case "STATUS_CHANGED" -> item + ": " + (fromStatus == null ? "" : label(fromStatus) + " → ")
                    + label(toStatus);
            case "LETTER_ANSWERED" -> item + ": " + letter;
            default -> item + ": termijn verlengd tot " + DutchDates.format(dueOn);
        };
    }

    /** A sentence or two of what happened, for the feed entry and the mail. */
    public String summary() {
        return switch (kind) {
            case "PUBLISHED" -> bodyName + " heeft dit gepubliceerd.";
            case "STATUS_CHANGED" -> detail == null ? "" : "Reden: " + detail;
            case "LETTER_ANSWERED" -> switch (detail == null ? "" : detail) {
                case "DISCHARGE_CLAIMED" -> "De brief meldt dat het is afgedaan.";
                case "POSTPONED" -> "De brief vraagt uitstel.";
                case "NOT_DISCHARGED" -> "De brief meldt dat het niet is afgedaan.";
                default -> "De brief meldt de voortgang.";
            };
            default -> "Reden: " + detail;
        };
    }

    private static String label(String status) {
        return ItemStatus.valueOf(status).label();
    }

    private static String shorten(String text) {
        return text.length() <= 80 ? text : text.substring(0, 79) + "…";
    }
}
