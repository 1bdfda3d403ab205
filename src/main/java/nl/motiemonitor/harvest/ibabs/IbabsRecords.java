package nl.motiemonitor.harvest.ibabs;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import nl.motiemonitor.harvest.HarvestedCommitment;
import nl.motiemonitor.harvest.HarvestedMotion;
import nl.motiemonitor.harvest.HarvestedMotion.PartyVote;
import nl.motiemonitor.harvest.HarvestedRecord;
import nl.motiemonitor.harvest.ibabs.IbabsSoap.Detail;
import nl.motiemonitor.harvest.ibabs.IbabsSoap.Entry;
import nl.motiemonitor.harvest.ibabs.IbabsSoap.MemberVote;
import nl.motiemonitor.harvest.reading.NameLists;
import nl.motiemonitor.harvest.reading.SourceDates;
import nl.motiemonitor.harvest.reading.SourceText;
import nl.motiemonitor.harvest.reading.SourceWords;
import nl.motiemonitor.harvest.reading.VoteTally;
import nl.motiemonitor.motion.VotePosition;
import nl.motiemonitor.shared.ItemStatus;

/**
 * What an iBabs list entry is for the harvest. A list's fields are the site's own ("Onderwerp", "Status",
 * "Indiener(s)", "Mede-indieners", "Portefeuillehouder", "Deadline", …); each is looked up by the names sites use,
 * ignoring case.
 */
final class IbabsRecords {

    private static final List<String> TITLE = List.of("onderwerp", "titel", "toezegging");
    private static final List<String> NUMBER = List.of("kenmerk", "nummer", "motienummer", "volgnummer");
    private static final List<String> TEXT = List.of("tekst", "motietekst", "dictum");
    private static final List<String> PROMISE = List.of("toezegging", "omschrijving", "tekst", "onderwerp", "titel");
    private static final List<String> DATE = List.of("datum", "datum vergadering", "datum besluit", "datum motie",
            "datum toezegging", "datum indiening");
    private static final List<String> TYPE = List.of("type", "soort");
    private static final List<String> OUTCOME = List.of("status", "uitslag", "besluit", "resultaat");
    private static final List<String> STATUS = List.of("status", "stand van zaken");
    private static final List<String> SPONSORS = List.of("indiener(s)", "indieners", "indiener",
            "mede-indieners", "mede-indiener(s)", "medeindieners", "medeondertekenaars");
    private static final List<String> PORTFOLIO_HOLDER = List.of("portefeuillehouder", "portefeuillehouder(s)",
            "portefeuillehouders", "wethouder");
    private static final List<String> DUE_DATE = List.of("deadline", "termijn afdoening", "termijn",
            "afdoeningstermijn", "streefdatum", "uiterste datum");

    private final Entry entry;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final URI sourceUrl;

    IbabsRecords(Entry entry, Detail detail, URI sourceUrl) {
        this.entry = entry;
        detail.values().forEach((key, value) -> values.putIfAbsent(key.strip().toLowerCase(Locale.ROOT), value));
        this.sourceUrl = sourceUrl;
    }

    /** Whether the entry is an amendment: by its type, its list ("Amendementen") or its title. */
    boolean amendment() {
        String type = first(TYPE);
        String list = entry.listName();
        boolean amendmentList = type == null && list != null && !list.toLowerCase(Locale.ROOT).contains("motie")
                && SourceWords.amendment(list, null);
        return amendmentList || SourceWords.amendment(type, title());
    }

    HarvestedMotion motion(List<MemberVote> memberVotes) {
        VoteTally tally = memberVotes.isEmpty() ? VoteTally.read(voteText()) : tally(memberVotes);
        List<String> sponsors = new ArrayList<>();
        SPONSORS.forEach(field -> sponsors.addAll(NameLists.split(values.get(field))));
        String title = title();
        return new HarvestedMotion(entry.id(), number(title), title, SourceText.plain(first(TEXT)),
                SourceDates.parse(first(DATE)),
                Stream.concat(all(OUTCOME), Stream.of(voteText())).map(SourceWords::outcome)
                        .filter(Objects::nonNull).findFirst().orElse(null),
                tally.votesFor(), tally.votesAgainst(), tally.partyVotes(), sponsors, first(PORTFOLIO_HOLDER),
                SourceDates.parse(first(DUE_DATE)), sourceUrl);
    }

    /**
     * The entry as a commitment. Its status is the status field's words, else iBabs's "Afgedaan" flag (1 is
     * discharged, 0 open).
     */
    HarvestedRecord commitment() {
        ItemStatus status = all(STATUS).map(SourceWords::commitmentStatus).filter(Objects::nonNull).findFirst()
                .orElseGet(() -> switch (Objects.requireNonNullElse(values.get("afgedaan"), "").strip()) {
                    case "1" -> ItemStatus.DISCHARGED;
                    case "0" -> ItemStatus.OPEN;
                    default -> null;
                });
        String title = title();
        String promise = first(PROMISE);
        return new HarvestedCommitment(entry.id(), number(title), SourceText.plain(promise != null ? promise : title),
                SourceDates.parse(first(DATE)), SourceDates.parse(first(DUE_DATE)), status, first(PORTFOLIO_HOLDER),
                null, sourceUrl);
    }

    private String title() {
        String title = first(TITLE);
        if (title == null) {
            title = entry.title();
        }
        return title == null ? "iBabs-item " + entry.id() : title;
    }

    private String number(String title) {
        String number = first(NUMBER);
        return number != null ? number : SourceText.leadingNumber(title);
    }

    /** A vote written out in a field about votes ("Stemmingsuitslag", "Stemverhouding"), for sites without votes. */
    private String voteText() {
        return values.entrySet().stream().filter(field -> field.getKey().contains("stem"))
                .map(field -> SourceText.plain(field.getValue()))
                .filter(text -> !VoteTally.read(text).equals(VoteTally.NONE)).findFirst().orElse(null);
    }

    /**
     * The members' votes counted, and each party group's vote with the members it counted; a group whose members
     * voted both ways has no vote of its own (as the Kamer's roll calls are read), its members count in the totals.
     */
    private static VoteTally tally(List<MemberVote> votes) {
        Map<String, int[]> groups = new LinkedHashMap<>();
        for (MemberVote vote : votes) {
            if (vote.group() != null) {
                groups.computeIfAbsent(vote.group(), group -> new int[2])[vote.inFavour() ? 0 : 1]++;
            }
        }
        List<PartyVote> parties = new ArrayList<>();
        groups.forEach((group, counts) -> {
            if (counts[1] == 0) {
                parties.add(new PartyVote(group, VotePosition.FOR, counts[0]));
            } else if (counts[0] == 0) {
                parties.add(new PartyVote(group, VotePosition.AGAINST, counts[1]));
            }
        });
        int inFavour = (int) votes.stream().filter(MemberVote::inFavour).count();
        return new VoteTally(inFavour, votes.size() - inFavour, parties);
    }

    private String first(List<String> fields) {
        return all(fields).findFirst().orElse(null);
    }

    private Stream<String> all(List<String> fields) {
        return fields.stream().map(values::get).filter(value -> value != null && !value.isBlank()).map(String::strip);
    }
}
