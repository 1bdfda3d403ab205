package nl.motiemonitor.harvest.tweedekamer;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.motiemonitor.harvest.HarvestedCommitment;
import nl.motiemonitor.harvest.HarvestedDeletion;
import nl.motiemonitor.harvest.HarvestedLetter;
import nl.motiemonitor.harvest.HarvestedRecord;
import nl.motiemonitor.harvest.reading.SourceWords;
import tools.jackson.databind.JsonNode;

/**
 * A {@code Toezegging} of the Kamer as a commitment: Nummer ("TZ202603-130"), Tekst, Aanmaakdatum, DatumNakoming
 * (the term; the Kamer's 0001-01-01 is none), Ministerie (who must keep it), Status (Openstaand, Deels afgedaan,
 * Afgedaan, Vervallen; the Eerste Kamer's voldaan and deels voldaan read the same), and whom it was promised to
 * ({@code ToegezegdAan}: a member and their group). The letter that kept it ({@code KamerbriefNakoming}, a Document)
 * comes first, as a letter of its own that the commitment names.
 */
final class ToezeggingReader {

    private ToezeggingReader() {
    }

    static List<HarvestedRecord> read(JsonNode toezegging) {
        String id = ODataValues.text(toezegging, "Id");
        if (id == null) {
            return List.of();
        }
        if (ODataValues.yes(toezegging, "Verwijderd")) {
            return List.of(new HarvestedDeletion(HarvestedRecord.Kind.COMMITMENT, id));
        }
        List<HarvestedRecord> records = new ArrayList<>();
        Optional<HarvestedLetter> letter = ODataValues.related(toezegging, "KamerbriefNakoming").stream()
                .map(ToezeggingReader::letter).flatMap(Optional::stream).findFirst();
        letter.ifPresent(records::add);
        String number = ODataValues.text(toezegging, "Nummer");
        records.add(new HarvestedCommitment(id, number, ODataValues.text(toezegging, "Tekst"),
                ODataValues.date(toezegging, "Aanmaakdatum"), ODataValues.date(toezegging, "DatumNakoming"),
                SourceWords.commitmentStatus(ODataValues.text(toezegging, "Status")),
                ODataValues.text(toezegging, "Ministerie") != null ? ODataValues.text(toezegging, "Ministerie")
                        : ODataValues.text(toezegging, "Functie"),
                letter.map(HarvestedLetter::sourceId).orElse(null),
                number == null ? null : URI.create("https://www.tweedekamer.nl/kamerstukken/toezeggingen/detail?id="
                        + URLEncoder.encode(number, StandardCharsets.UTF_8)),
                promisedTo(toezegging)));
        return records;
    }

    /** A Kamerbrief: its document number as reference, its subject, its date, and its text at the Kamer. */
    private static Optional<HarvestedLetter> letter(JsonNode document) {
        String id = ODataValues.text(document, "Id");
        if (id == null) {
            return Optional.empty();
        }
        String subject = ODataValues.text(document, "Onderwerp");
        return Optional.of(new HarvestedLetter(id, ODataValues.text(document, "DocumentNummer"),
                subject != null ? subject : ODataValues.text(document, "Titel"), ODataValues.date(document, "Datum"),
                URI.create(TweedeKamerClient.DEFAULT_BASE_URL + "Document(" + URLEncoder.encode(id,
                        StandardCharsets.UTF_8) + ")/resource")));
    }

    /** The member it was promised to: "T. Hummeling (GL)"; null when it names no member. */
    private static String promisedTo(JsonNode toezegging) {
        for (JsonNode to : ODataValues.related(toezegging, "ToegezegdAan")) {
            List<JsonNode> persons = ODataValues.related(to, "Persoon");
            if (persons.isEmpty()) {
                continue;
            }
            JsonNode person = persons.get(0);
            String name = String.join(" ", java.util.stream.Stream.of(ODataValues.text(person, "Initialen"),
                    ODataValues.text(person, "Tussenvoegsel"), ODataValues.text(person, "Achternaam"))
                    .filter(java.util.Objects::nonNull).toList());
            if (name.isBlank()) {
                continue;
            }
            String party = ODataValues.related(to, "Fractie").stream()
                    .map(fractie -> ODataValues.text(fractie, "Afkorting")).filter(java.util.Objects::nonNull)
                    .findFirst().orElse(null);
            return party == null ? name : name + " (" + party + ")";
        }
        return null;
    }
}
