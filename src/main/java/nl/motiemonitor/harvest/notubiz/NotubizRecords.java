package nl.motiemonitor.harvest.notubiz;

import static nl.motiemonitor.harvest.notubiz.NotubizField.CO_SPONSORS;
import static nl.motiemonitor.harvest.notubiz.NotubizField.DATE;
import static nl.motiemonitor.harvest.notubiz.NotubizField.DISCHARGE_DATE;
import static nl.motiemonitor.harvest.notubiz.NotubizField.DISCHARGE_DOCUMENT;
import static nl.motiemonitor.harvest.notubiz.NotubizField.DUE_DATE;
import static nl.motiemonitor.harvest.notubiz.NotubizField.NUMBER;
import static nl.motiemonitor.harvest.notubiz.NotubizField.OUTCOME;
import static nl.motiemonitor.harvest.notubiz.NotubizField.PORTFOLIO_HOLDER;
import static nl.motiemonitor.harvest.notubiz.NotubizField.SPONSORS;
import static nl.motiemonitor.harvest.notubiz.NotubizField.STATUS;
import static nl.motiemonitor.harvest.notubiz.NotubizField.TEXT;
import static nl.motiemonitor.harvest.notubiz.NotubizField.TITLE;
import static nl.motiemonitor.harvest.notubiz.NotubizField.TYPE;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import nl.motiemonitor.harvest.HarvestedCommitment;
import nl.motiemonitor.harvest.HarvestedDeletion;
import nl.motiemonitor.harvest.HarvestedLetter;
import nl.motiemonitor.harvest.HarvestedMotion;
import nl.motiemonitor.harvest.HarvestedRecord;
import nl.motiemonitor.harvest.notubiz.NotubizItem.Attribute;
import nl.motiemonitor.harvest.notubiz.NotubizItem.Value;
import nl.motiemonitor.harvest.reading.NameLists;
import nl.motiemonitor.harvest.reading.SourceDates;
import nl.motiemonitor.harvest.reading.SourceParameters;
import nl.motiemonitor.harvest.reading.SourceParameters.ListKind;
import nl.motiemonitor.harvest.reading.SourceText;
import nl.motiemonitor.harvest.reading.SourceWords;
import nl.motiemonitor.harvest.reading.VoteTally;
import nl.motiemonitor.motion.VoteOutcome;

/** What one Notubiz module item is for the harvest: a motion, a commitment (with the letter that kept it), or none. */
final class NotubizRecords {

    private NotubizRecords() {
    }

    /**
     * The records of an item: a deletion when Notubiz withdrew it from the public, nothing for an amendment, else
     * the motion or the commitment (after the letter that kept it, if the item names one).
     */
    static List<HarvestedRecord> of(NotubizItem item, ListKind kind) {
        if (item.withdrawnFromPublic()) {
            return List.of(new HarvestedDeletion(kind == ListKind.COMMITMENTS ? HarvestedRecord.Kind.COMMITMENT
                    : HarvestedRecord.Kind.MOTION, item.id()));
        }
        if (kind == ListKind.COMMITMENTS) {
            return commitment(item);
        }
        String title = title(item);
        return SourceWords.amendment(item.text(TYPE), title) ? List.of() : List.of(motion(item, title));
    }

    private static HarvestedMotion motion(NotubizItem item, String title) {
        String voteText = voteText(item);
        VoteTally tally = VoteTally.read(voteText);
        List<String> sponsors = new ArrayList<>();
        Stream.concat(item.texts(SPONSORS).stream(), item.texts(CO_SPONSORS).stream())
                .forEach(names -> sponsors.addAll(NameLists.split(names)));
        return new HarvestedMotion(item.id(), number(item, title), title, text(item, null),
                SourceDates.parse(item.text(DATE)), outcome(item, voteText), tally.votesFor(), tally.votesAgainst(),
                tally.partyVotes(), sponsors, portfolioHolder(item), SourceDates.parse(item.text(DUE_DATE)),
                sourceUrl(item));
    }

    private static List<HarvestedRecord> commitment(NotubizItem item) {
        HarvestedLetter letter = item.attribute(DISCHARGE_DOCUMENT).stream()
                .flatMap(attribute -> attribute.values().stream())
                .filter(value -> value.documentId() != null).findFirst()
                .map(document -> new HarvestedLetter("document/" + document.documentId(), null,
                        document.documentTitle(), SourceDates.parse(item.text(DISCHARGE_DATE)),
                        SourceParameters.uri(document.documentUrl())))
                .orElse(null);
        String title = title(item);
        HarvestedCommitment commitment = new HarvestedCommitment(item.id(), number(item, title), text(item, title),
                SourceDates.parse(item.text(DATE)), SourceDates.parse(item.text(DUE_DATE)),
                item.all(STATUS).stream().map(Attribute::text).map(SourceWords::commitmentStatus)
                        .filter(Objects::nonNull).findFirst().orElse(null),
                portfolioHolder(item), letter == null ? null : letter.sourceId(), sourceUrl(item));
        return letter == null ? List.of(commitment) : List.of(letter, commitment);
    }

    private static String title(NotubizItem item) {
        String title = item.text(TITLE);
        if (title == null) {
            title = item.mainDocument().map(Value::documentTitle).orElse(null);
        }
        return title == null ? "Notubiz-item " + item.id() : title;
    }

    private static String number(NotubizItem item, String title) {
        String number = item.text(NUMBER);
        return number != null ? number : SourceText.leadingNumber(title);
    }

    /** The item's own text: a text attribute, else its body; {@code fallback} when it has neither. */
    private static String text(NotubizItem item, String fallback) {
        String text = SourceText.plain(item.text(TEXT));
        if (text == null) {
            text = SourceText.plain(item.body());
        }
        return text == null ? fallback : text;
    }

    /**
     * The outcome: the first outcome or status attribute whose words name one (a few organisations keep it in
     * "Status", some write prose in "Uitslag"), else the written-out vote ("aangenomen met 20 stemmen voor").
     */
    private static VoteOutcome outcome(NotubizItem item, String voteText) {
        return Stream.concat(Stream.concat(item.all(OUTCOME).stream(), item.all(STATUS).stream())
                                .map(Attribute::text), Stream.of(voteText))
                .map(SourceWords::outcome).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** The written-out vote: the first attribute about votes ("Stemmingsuitslag", "Uitslag stemming") that states one. */
    private static String voteText(NotubizItem item) {
        return item.attributes().stream().filter(attribute -> attribute.labelContains("stem"))
                .map(attribute -> SourceText.plain(attribute.text()))
                .filter(text -> !VoteTally.read(text).equals(VoteTally.NONE)).findFirst().orElse(null);
    }

    private static String portfolioHolder(NotubizItem item) {
        List<String> holders = item.texts(PORTFOLIO_HOLDER);
        return holders.isEmpty() ? null : String.join(", ", holders);
    }

    /** "Bron: …": the item's own document (the motion as signed), which anyone can open. */
    private static URI sourceUrl(NotubizItem item) {
        return item.mainDocument().map(Value::documentUrl).map(SourceParameters::uri).orElse(null);
    }
}
