package nl.motiemonitor.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.motiemonitor.importing.ReadDocument.ClauseKind;
import nl.motiemonitor.importing.ReadDocument.Discharge;
import nl.motiemonitor.importing.ReadDocument.Kind;
import nl.motiemonitor.importing.ReadDocument.Outcome;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The five seed letters, field by field against their transcription in demo/demo-data.json (the ground truth of what
 * they state): every header field, every clause with its kind and exact text, discharge and promises.
 */
class SeedLettersTest {

    private static final JsonNode DEMO = JsonMapper.builder().build().readTree(Seeds.resource("/demo/demo-data.json"));

    static JsonNode letter(String key) {
        for (JsonNode body : DEMO.get("bodies")) {
            for (JsonNode letter : body.get("letters")) {
                if (letter.get("key").asString().equals(key)) {
                    return letter;
                }
            }
        }
        throw new IllegalArgumentException(key);
    }

    static JsonNode motion(String number) {
        for (JsonNode body : DEMO.get("bodies")) {
            for (JsonNode motion : body.get("motions")) {
                if (motion.get("registrationNumber").asString().equals(number)) {
                    return motion;
                }
            }
        }
        throw new IllegalArgumentException(number);
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    /** The header fields demo-data.json records for the letter, compared one by one. */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "000_065fbb4fe9100304.txt, den-haag-ris323480",
            "001_bba232735a31b917.txt, den-haag-ris307041",
            "002_a29f2e24d9fb2106.txt, groningen-2019-02-14",
            "003_524f7cde854920ef.txt, den-haag-ris307039",
            "004_3f57564431372e23.txt, tweede-kamer-handhaving-symposium-ombudsfunctie"})
    void headerFieldsMatchTheTranscription(String seed, String key) {
        ReadDocument d = Seeds.read(seed);
        JsonNode expected = letter(key);

        assertThat(d.kind()).isEqualTo(Kind.LETTER);
        assertThat(date(d)).isEqualTo(text(expected, "date"));
        assertThat(Sourced.valueOf(d.subject())).isEqualTo(text(expected, "subject"));
        assertThat(Sourced.valueOf(d.reference())).isEqualTo(text(expected, "reference"));
        assertThat(Sourced.valueOf(d.yourReference())).isEqualTo(text(expected, "yourReference"));
        assertThat(d.registrationNumbers()).extracting(Sourced::value)
                .containsExactlyElementsOf(text(expected, "registrationNumber") == null ? List.of()
                        : List.of(text(expected, "registrationNumber")));
        assertThat(Sourced.valueOf(d.addressee())).isEqualTo(text(expected, "addressee"));
        assertThat(Sourced.valueOf(d.contact().name())).isEqualTo(text(expected, "contact"));
        assertThat(Sourced.valueOf(d.contact().department())).isEqualTo(text(expected, "department"));
        assertThat(Sourced.valueOf(d.contact().unit())).isEqualTo(text(expected, "unit"));
        assertThat(Sourced.valueOf(d.contact().phone())).isEqualTo(text(expected, "phone"));
        assertThat(Sourced.valueOf(d.contact().email())).isEqualTo(text(expected, "email"));
        assertThat(Sourced.valueOf(d.attachments())).isEqualTo(text(expected, "attachments"));
        assertThat(Sourced.valueOf(d.sender())).isEqualTo(text(expected, "sender"));
        List<List<String>> signatories = new ArrayList<>();
        for (JsonNode s : expected.get("signatories")) {
            signatories.add(List.of(s.get("name").asString(), s.get("role").asString()));
        }
        assertThat(d.signatories()).extracting(s -> List.of(s.name().value(), s.role().value()))
                .containsExactlyElementsOf(signatories);
    }

    /** Every clause of every motion the letter answers, with kind and exact text, and the footnote markers. */
    @ParameterizedTest(name = "{0} quotes {1}")
    @CsvSource({
            "000_065fbb4fe9100304.txt, RIS323480",
            "001_bba232735a31b917.txt, RIS307041",
            "002_a29f2e24d9fb2106.txt, 2014-11",
            "003_524f7cde854920ef.txt, RIS307039"})
    void motionsMatchTheTranscription(String seed, String number) {
        ReadDocument d = Seeds.read(seed);
        JsonNode expected = motion(number);

        assertThat(d.motions()).hasSize(1);
        ReadDocument.Motion m = d.motions().get(0);
        assertThat(Sourced.valueOf(m.number())).isEqualTo(number);
        assertThat(Sourced.valueOf(m.title())).isEqualTo(text(expected, "title"));
        assertThat(m.adoptedOn().value()).isEqualTo(LocalDate.parse(text(expected, "adoptedOn")));
        assertThat(m.adoptedOnPrecision().name()).isEqualTo(text(expected, "adoptedOnPrecision"));
        assertThat(Sourced.valueOf(m.debate())).isEqualTo(text(expected, "debate"));
        assertThat(Sourced.valueOf(m.debateReference())).isEqualTo(text(expected, "debateReference"));
        List<String> sponsors = new ArrayList<>();
        expected.get("sponsors").forEach(s -> sponsors.add(s.asString()));
        assertThat(m.sponsors()).extracting(Sourced::value).containsExactlyElementsOf(sponsors);
        assertThat(m.outcome().value().name()).isEqualTo(text(expected, "voteOutcome"));

        List<List<String>> clauses = new ArrayList<>();
        expected.get("clauses").forEach(c -> clauses.add(List.of(c.get("kind").asString(), c.get("text").asString())));
        assertThat(m.clauses()).extracting(c -> List.of(c.kind().name(), c.text())).containsExactlyElementsOf(clauses);

        List<List<Object>> footnotes = new ArrayList<>();
        expected.get("footnotes").forEach(f -> footnotes.add(List.of(f.get("marker").asString(), f.get("anchor").asString(),
                f.get("clause").asInt())));
        assertThat(m.footnotes()).extracting(f -> List.<Object>of(f.marker(), f.anchor(), f.clause()))
                .containsExactlyElementsOf(footnotes);
    }

    @Nested
    class DenHaagRis323480 {

        ReadDocument d = Seeds.read(Seeds.DEN_HAAG_RIS323480);

        @Test
        void claimsDischargeAndPromisesNothing() {
            assertThat(d.dischargeValue()).isEqualTo(Discharge.CLAIMED);
            assertThat(d.discharge().source().of(d.text())).isEqualTo("Het college beschouwt de motie hiermee als afgedaan.");
            assertThat(d.promises()).isEmpty();
            assertThat(d.claimsDischargeAndPromisesMore()).isFalse();
            assertThat(d.dutchWarnings()).isEmpty();
        }

        @Test
        void theDebateProposalIsAReferenceNotTheLettersNumber() {
            assertThat(d.registrationNumbers()).extracting(Sourced::value).containsExactly("RIS323480");
            assertThat(d.otherReferences()).extracting(Sourced::value).contains("RIS320863");
            assertThat(d.motions().get(0).debateReference().value()).isEqualTo("RIS320863");
        }

        @Test
        void theReturnAddressIsFurniture() {
            assertThat(d.motions().get(0).clauses()).noneMatch(c -> c.text().contains("Postbus"));
            assertThat(Sourced.valueOf(d.addressee())).isEqualTo("Aan de gemeenteraad");
        }
    }

    @Nested
    class DenHaagRis307041 {

        ReadDocument d = Seeds.read(Seeds.DEN_HAAG_RIS307041);

        @Test
        void claimsDischargeAndPromisesTheSpringReport() {
            assertThat(d.dischargeValue()).isEqualTo(Discharge.CLAIMED);
            assertThat(d.promises()).singleElement().satisfies(p -> {
                assertThat(p.text()).isEqualTo(letterCommitment("den-haag-voorjaar-2021"));
                assertThat(p.dueDate()).isEqualTo(LocalDate.of(2021, 6, 20));
                assertThat(p.dueDateText()).isEqualTo("In het voorjaar van 2021");
            });
            assertThat(d.claimsDischargeAndPromisesMore()).isTrue();
            assertThat(d.dutchWarnings()).anyMatch(w -> w.contains("afdoening én belooft"));
        }

        @Test
        void theMotionNumberIsTakenFromTheLetterWithAWarning() {
            assertThat(d.motions().get(0).number().value()).isEqualTo("RIS307041");
            assertThat(d.dutchWarnings()).anyMatch(w -> w.contains("registratienummer van de brief"));
        }

        @Test
        void theHeaderAfterTheBodyAndItsRepeatOnPageTwoAreReadOnce() {
            assertThat(d.reference().value()).isEqualTo("OCW/10064581");
            assertThat(d.dutchWarnings()).noneMatch(w -> w.startsWith("Twee waarden"));
        }

        @Test
        void theSubjectBrokenOverTwoLinesIsJoined() {
            assertThat(d.subject().source().of(d.text()))
                    .isEqualTo("Afdoening motie 'Onderzoek instellen vertrouwenspersonen\nsekswerkers'");
        }
    }

    @Nested
    class Groningen {

        ReadDocument d = Seeds.read(Seeds.GRONINGEN_2019_02_14);

        @Test
        void onlyReportsProgressAndPromisesToReportOnTheDecision() {
            assertThat(d.dischargeValue()).isEqualTo(Discharge.PROGRESS);
            assertThat(d.promises()).singleElement().satisfies(p -> {
                assertThat(p.text()).isEqualTo(letterCommitment("groningen-besluit-voortzetting-huiskamer"));
                assertThat(p.dueDate()).isNull();
            });
            assertThat(d.claimsDischargeAndPromisesMore()).isFalse();
        }

        @Test
        void labelsAndValuesOnOneLine() {
            assertThat(d.contact().phone().value()).isEqualTo("(050) 367 77 44");
            assertThat(d.attachments().value()).isEqualTo("0");
            assertThat(d.date().value()).isEqualTo(LocalDate.of(2019, 2, 14));
            assertThat(d.date().source().of(d.text())).isEqualTo("14-02-2019");
            assertThat(d.reference()).isNull();
            assertThat(d.yourReference()).isNull();
        }

        @Test
        void theMotionIsKnownByNumberAndMonth() {
            ReadDocument.Motion m = d.motions().get(0);
            assertThat(m.title()).isNull();
            assertThat(m.adoptedOnPrecision()).isEqualTo(ReadDocument.Precision.MONTH);
            assertThat(m.adoptedOn().source().of(d.text())).isEqualTo("november 2014");
            assertThat(m.outcome().value()).isEqualTo(Outcome.ADOPTED);
        }
    }

    @Nested
    class DenHaagRis307039 {

        ReadDocument d = Seeds.read(Seeds.DEN_HAAG_RIS307039);

        @Test
        void claimsDischargeAndPromisesTheProgressLetter() {
            assertThat(d.dischargeValue()).isEqualTo(Discharge.CLAIMED);
            assertThat(d.promises()).singleElement().satisfies(p -> {
                assertThat(p.text()).isEqualTo(letterCommitment("den-haag-voortgangsbrief-werkoffensief-2021"));
                assertThat(p.dueDate()).isEqualTo(LocalDate.of(2021, 6, 30));
            });
            assertThat(d.claimsDischargeAndPromisesMore()).isTrue();
        }

        @Test
        void aDepartmentBrokenOverABlankLineIsJoined() {
            assertThat(d.contact().department().value()).isEqualTo("Sociale Zaken en Werkgelegenheidsprojecten");
        }

        @Test
        void theOpinionClause() {
            assertThat(d.motions().get(0).clauses()).extracting(ReadDocument.Clause::kind)
                    .containsExactly(ClauseKind.NOTING, ClauseKind.CONSIDERING, ClauseKind.CONSIDERING, ClauseKind.OPINION,
                            ClauseKind.REQUEST);
        }
    }

    @Nested
    class TweedeKamer {

        ReadDocument d = Seeds.read(Seeds.TWEEDE_KAMER);

        @Test
        void keepsItsCommitmentAndAnnouncesAnEvaluation() {
            assertThat(d.dischargeValue()).isEqualTo(Discharge.CLAIMED);
            assertThat(d.discharge().source().of(d.text())).contains("doe ik aan die toezegging gestand");
            assertThat(d.promises()).extracting(ReadDocument.Promise::text)
                    .anyMatch(t -> t.startsWith("Na die drie jaar volgt een evaluatie"));
            assertThat(d.promises()).allMatch(p -> p.dueDate() == null);
            assertThat(d.claimsDischargeAndPromisesMore()).isTrue();
        }

        @Test
        void kamerstukkenAreReferencesNotItsNumberAndNoMotionIsInvented() {
            assertThat(d.registrationNumbers()).isEmpty();
            assertThat(d.motions()).isEmpty();
            assertThat(d.otherReferences()).extracting(Sourced::value)
                    .contains("Kamerstuk 28 638, nr. 178", "Kamerstuk 34193, nr. 1");
        }

        @Test
        void footnoteMarkersGluedToWordsAreSeparatedAndTheirTextsKept() {
            List<JsonNode> expected = new ArrayList<>();
            letter("tweede-kamer-handhaving-symposium-ombudsfunctie").get("footnotes").forEach(expected::add);
            assertThat(d.footnotes()).extracting(ReadDocument.Footnote::marker, ReadDocument.Footnote::text)
                    .containsExactlyElementsOf(expected.stream()
                            .map(f -> tuple(f.get("marker").asString(), f.get("text").asString())).toList());
            assertThat(d.footnotes().get(0).anchor()).isEqualTo("2019,");
            assertThat(d.footnotes().get(0).source().of(d.text())).isEqualTo("1");
            // the footnote texts at the foot of the page are not read as promises or prose
            assertThat(d.promises()).noneMatch(p -> p.text().contains("Hummeling"));
        }

        @Test
        void noDateOrSubjectIsWarnedAbout() {
            assertThat(d.date()).isNull();
            assertThat(d.dutchWarnings()).contains("Geen datum van de brief gevonden.", "Geen onderwerp gevonden.");
        }
    }

    /** Every span points at text that contains what was read from it. */
    @Test
    void everyHeaderSpanShowsItsSource() {
        for (String seed : Seeds.ALL) {
            ReadDocument d = Seeds.read(seed);
            for (Sourced<String> s : java.util.Arrays.asList(d.subject(), d.reference(), d.contact().name(), d.contact().phone(),
                    d.contact().email(), d.contact().unit()).stream().filter(x -> x != null).toList()) {
                assertThat(squash(s.source().of(d.text()))).as(seed).contains(squash(s.value()));
            }
            for (ReadDocument.Motion m : d.motions()) {
                for (ReadDocument.Clause c : m.clauses()) {
                    String snippet = squash(c.source().of(d.text()).replaceAll("[¹²³*]", ""));
                    assertThat(snippet).as(seed).contains(squash(c.text()));
                }
            }
            for (ReadDocument.Promise p : d.promises()) {
                assertThat(squash(p.source().of(d.text()))).isEqualTo(squash(p.text()));
            }
        }
    }

    static String squash(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    static String date(ReadDocument d) {
        return d.date() == null ? null : d.date().value().toString();
    }

    static String letterCommitment(String key) {
        for (JsonNode body : DEMO.get("bodies")) {
            for (JsonNode c : body.get("commitments")) {
                if (c.get("key").asString().equals(key)) {
                    return c.get("text").asString();
                }
            }
        }
        throw new IllegalArgumentException(key);
    }
}
