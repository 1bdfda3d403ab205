package nl.motiemonitor.harvest.tweedekamer;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import nl.motiemonitor.harvest.HarvestedDeletion;
import nl.motiemonitor.harvest.HarvestedMotion;
import nl.motiemonitor.harvest.HarvestedRecord;
import nl.motiemonitor.motion.VoteOutcome;
import nl.motiemonitor.motion.VotePosition;
import tools.jackson.databind.JsonNode;

/**
 * A {@code Zaak} of the Kamer as a motion: number ({@code Nummer}, "2024Z01234"), title ({@code Onderwerp}), the
 * sponsors ({@code ZaakActor} Indiener, then Medeindiener: "S.C. Kröger (PRO)"), who it is aimed at ("Gericht aan":
 * the portfolio holder), and from its decisive {@code Besluit} the outcome ({@code BesluitSoort}: "Stemmen -
 * aangenomen", "Ingetrokken", "Aangehouden (tijdens debat)") and day (its agenda item's activity), and the vote per
 * party group ({@code Stemming}: Soort Voor/Tegen, FractieGrootte, ActorFractie; a roll call is counted per member).
 * A zaak marked {@code Verwijderd} is a deletion; one of another kind (an amendment) is no motion and is left out.
 */
final class ZaakReader {

    static final String MOTIE = "Motie";

    private ZaakReader() {
    }

    static Optional<HarvestedRecord> read(JsonNode zaak) {
        String id = ODataValues.text(zaak, "Id");
        if (id == null) {
            return Optional.empty();
        }
        if (ODataValues.yes(zaak, "Verwijderd")) {
            return Optional.of(new HarvestedDeletion(HarvestedRecord.Kind.MOTION, id));
        }
        if (!MOTIE.equals(ODataValues.text(zaak, "Soort"))) {
            return Optional.empty();
        }
        String number = ODataValues.text(zaak, "Nummer");
        Optional<JsonNode> decision = decision(zaak);
        List<JsonNode> votes = decision.map(besluit -> ODataValues.related(besluit, "Stemming")).orElse(List.of());
        Tally tally = tally(votes);
        return Optional.of(new HarvestedMotion(id, number,
                ODataValues.text(zaak, "Onderwerp") != null ? ODataValues.text(zaak, "Onderwerp")
                        : ODataValues.text(zaak, "Titel"),
                null, decision.map(ZaakReader::decidedOn).orElse(null),
                decision.map(ZaakReader::outcome).orElse(null), tally.votesFor(), tally.votesAgainst(),
                tally.parties(), sponsors(zaak), addressee(zaak), ODataValues.date(zaak, "Termijn"),
                number == null ? null : URI.create("https://www.tweedekamer.nl/kamerstukken/moties/detail?id="
                        + URLEncoder.encode(number, StandardCharsets.UTF_8))));
    }

    /** The decision that settles the motion: of those with an outcome we read, the latest changed. */
    private static Optional<JsonNode> decision(JsonNode zaak) {
        return ODataValues.related(zaak, "Besluit").stream().filter(besluit -> outcome(besluit) != null)
                .max(Comparator.comparing(besluit -> Optional.ofNullable(ODataValues.moment(besluit, "GewijzigdOp"))
                        .orElse(OffsetDateTime.MIN)));
    }

    /** The outcome a decision's kind or text says; null for one that settles nothing ("Stemmen - uitstellen"). */
    static VoteOutcome outcome(JsonNode besluit) {
        String words = (String.valueOf(ODataValues.text(besluit, "BesluitSoort")) + " "
                + String.valueOf(ODataValues.text(besluit, "BesluitTekst"))).toLowerCase(Locale.ROOT);
        if (words.contains("zonder stemming")) {
            return VoteOutcome.ADOPTED_WITHOUT_VOTE;
        }
        if (words.contains("aangenomen")) {
            return VoteOutcome.ADOPTED;
        }
        if (words.contains("verworpen")) {
            return VoteOutcome.REJECTED;
        }
        if (words.contains("ingetrokken")) {
            return VoteOutcome.WITHDRAWN;
        }
        if (words.contains("aangehouden")) {
            return VoteOutcome.HELD;
        }
        return words.contains("overgenomen") ? VoteOutcome.TAKEN_OVER : null;
    }

    /** The day of the activity (the votes, the debate) whose agenda item took the decision. */
    private static LocalDate decidedOn(JsonNode besluit) {
        return ODataValues.related(besluit, "Agendapunt").stream()
                .flatMap(agendapunt -> ODataValues.related(agendapunt, "Activiteit").stream())
                .map(activiteit -> ODataValues.date(activiteit, "Datum")).filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
    }

    private record Tally(Integer votesFor, Integer votesAgainst, List<HarvestedMotion.PartyVote> parties) {
    }

    /**
     * The seats for and against, and each party group's vote. A group's vote (one row per group) counts its size; a
     * roll call (one row per member) counts members, and a group whose members voted both ways has no vote of its own.
     */
    private static Tally tally(List<JsonNode> votes) {
        int votesFor = 0;
        int votesAgainst = 0;
        Map<String, HarvestedMotion.PartyVote> parties = new LinkedHashMap<>();
        List<String> split = new ArrayList<>();
        boolean counted = false;
        for (JsonNode vote : votes) {
            VotePosition position = position(ODataValues.text(vote, "Soort"));
            String party = ODataValues.text(vote, "ActorFractie");
            if (position == null) {
                continue;
            }
            counted = true;
            boolean member = ODataValues.text(vote, "Persoon_Id") != null;
            int seats = member ? 1 : Optional.ofNullable(ODataValues.number(vote, "FractieGrootte")).orElse(0);
            if (position == VotePosition.FOR) {
                votesFor += seats;
            } else {
                votesAgainst += seats;
            }
            if (party == null) {
                continue;
            }
            HarvestedMotion.PartyVote earlier = parties.get(party);
            if (earlier != null && earlier.position() != position) {
                split.add(party);
            }
            int partySeats = earlier != null && member ? earlier.seats() + 1 : seats;
            parties.put(party, new HarvestedMotion.PartyVote(party, position, partySeats));
        }
        split.forEach(parties::remove);
        return counted ? new Tally(votesFor, votesAgainst, List.copyOf(parties.values()))
                : new Tally(null, null, List.of());
    }

    private static VotePosition position(String soort) {
        if ("Voor".equalsIgnoreCase(soort)) {
            return VotePosition.FOR;
        }
        return "Tegen".equalsIgnoreCase(soort) ? VotePosition.AGAINST : null;
    }

    /** The first sponsor first ("Indiener"), then the others ("Medeindiener"), as "Naam (Fractie)". */
    private static List<String> sponsors(JsonNode zaak) {
        List<JsonNode> actors = ODataValues.related(zaak, "ZaakActor");
        List<String> sponsors = new ArrayList<>();
        for (String relation : List.of("Indiener", "Medeindiener")) {
            for (JsonNode actor : actors) {
                String name = ODataValues.text(actor, "ActorNaam");
                if (relation.equalsIgnoreCase(ODataValues.text(actor, "Relatie")) && name != null) {
                    String party = ODataValues.text(actor, "ActorFractie");
                    sponsors.add(party == null ? name : name + " (" + party + ")");
                }
            }
        }
        return sponsors;
    }

    /** Who the motion asks to act ("Gericht aan"): "minister van Justitie en Veiligheid". */
    private static String addressee(JsonNode zaak) {
        return ODataValues.related(zaak, "ZaakActor").stream()
                .filter(actor -> "Gericht aan".equalsIgnoreCase(ODataValues.text(actor, "Relatie")))
                .map(actor -> ODataValues.text(actor, "Functie") != null ? ODataValues.text(actor, "Functie")
                        : ODataValues.text(actor, "ActorNaam"))
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }
}
