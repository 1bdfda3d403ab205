package nl.motiemonitor.harvest;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import nl.motiemonitor.motion.VotePosition;
import nl.motiemonitor.shared.ItemStatus;
import nl.motiemonitor.shared.Phrase;
import org.springframework.context.MessageSourceResolvable;

/**
 * A field's value in the harvest's notation ({@link FieldValues}) as a page says it, in the page's language where
 * the words are ours: dates, outcomes, statuses, a deletion; names and texts as written.
 */
final class FieldFormat {

    private static final Set<String> DATES = Set.of(MotionRecords.DECIDED_ON, MotionRecords.DUE_DATE,
            CommitmentRecords.PROMISED_ON, LetterRecords.SENT_ON);

    private FieldFormat() {
    }

    /** The field's name (messages {@code harvest.field.<field>}). */
    static MessageSourceResolvable field(String field) {
        return Phrase.of("harvest.field." + field);
    }

    static MessageSourceResolvable value(String field, String value) {
        if (RecordStore.DELETED.equals(field)) {
            return Phrase.of(Boolean.parseBoolean(value) ? "harvest.value.deleted" : "harvest.value.notDeleted");
        }
        if (value == null) {
            return Phrase.of("harvest.value.none");
        }
        if (DATES.contains(field)) {
            return Phrase.date(LocalDate.parse(value));
        }
        return switch (field) {
            case MotionRecords.OUTCOME -> Phrase.of("vote.outcome." + value);
            case CommitmentRecords.STATUS -> Phrase.status(ItemStatus.valueOf(value));
            case MotionRecords.PARTY_VOTES -> Phrase.text(partyVotes(FieldValues.lines(value)));
            case MotionRecords.SPONSORS -> Phrase.text(String.join(", ", FieldValues.lines(value)));
            default -> Phrase.text(value);
        };
    }

    /** "VVD (24) voor, PVV (37) tegen". */
    private static String partyVotes(List<String> lines) {
        return lines.stream().map(line -> line.split("\\|", -1))
                .map(parts -> parts[0] + (parts[2].isEmpty() ? "" : " (" + parts[2] + ")") + " "
                        + VotePosition.valueOf(parts[1]).label().toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.joining(", "));
    }
}
