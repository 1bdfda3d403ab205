package nl.motiemonitor.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

import nl.motiemonitor.importing.ReadDocument.Clause;
import nl.motiemonitor.importing.ReadDocument.ClauseKind;

class MotionClausesTest {

    private static ReadingContext ctx;

    private static MotionClauses read(String text) {
        ctx = StageTexts.marked(text);
        MotionClauses clauses = new MotionClauses(ctx, new ClauseHeadings(ctx));
        clauses.read();
        return clauses;
    }

    @Test
    void bulletsAndLinesBrokenMidSentenceUntilTheEndOfTheMotion() {
        MotionClauses clauses = read("""
                Motie

                Constaterende dat:
                - het gras
                  groen is;
                - de lucht blauw is;
                verzoekt het college om het zo te laten,

                en gaat over tot de orde van de dag.

                Jansen
                """);
        assertThat(clauses.endMarkerSeen).isTrue();
        assertThat(clauses.clauseBlocks).singleElement().satisfies(block -> assertThat(block)
                .extracting(Clause::kind, Clause::text)
                .containsExactly(tuple(ClauseKind.NOTING, "het gras groen is;"), tuple(ClauseKind.NOTING, "de lucht blauw is;"),
                        tuple(ClauseKind.REQUEST, "het zo te laten,")));
        assertThat(StageTexts.line(ctx, "Jansen").use).isNull();
        assertThat(StageTexts.line(ctx, "groen is;").use).isEqualTo(LineRole.CLAUSE);
    }

    @Test
    void aClausesSourceIsItsTextInTheDocument() {
        MotionClauses clauses = read("Overwegende dat de stad groen moet zijn;\n");
        Clause clause = clauses.clauseBlocks.get(0).get(0);
        assertThat(clause.text()).isEqualTo("de stad groen moet zijn;");
        assertThat(ctx.t.substring(clause.source().start(), clause.source().end())).isEqualTo("de stad groen moet zijn;");
        assertThat(clauses.blockSpans.get(0)[0]).isZero();
        assertThat(clauses.endMarkerSeen).isFalse();
    }

    @Test
    void lettersProseEndsTheBlock() {
        MotionClauses clauses = read("Verzoekt het college:\nhet plan uit te voeren;\nHet college heeft dit gedaan.\n");
        assertThat(clauses.clauseBlocks).singleElement().satisfies(block -> assertThat(block).extracting(Clause::text)
                .containsExactly("het plan uit te voeren;"));
        assertThat(StageTexts.line(ctx, "Het college heeft dit gedaan.").use).isNull();
    }

    private static java.util.List<Clause> all(MotionClauses clauses) {
        return clauses.clauseBlocks.stream().flatMap(java.util.List::stream).toList();
    }

    @Test
    void thePreambleEndsTheConsiderationsAndAnOpinionSpokenOutIsOneClause() {
        MotionClauses clauses = read("""
                Overwegende dat:
                • De raad niet is gehoord.
                • Het college haast heeft.

                Gehoord de beraadslagingen, gelet op artikel 12 van het Reglement van Orde;

                Spreekt haar afkeuring uit over de gang van zaken.

                En gaat over tot de orde van de dag.
                """);
        assertThat(all(clauses)).extracting(Clause::kind, Clause::text).containsExactly(
                tuple(ClauseKind.CONSIDERING, "De raad niet is gehoord."), tuple(ClauseKind.CONSIDERING, "Het college haast heeft."),
                tuple(ClauseKind.OPINION, "Spreekt haar afkeuring uit over de gang van zaken."));
        assertThat(clauses.endMarkerSeen).isTrue();
    }

    @Test
    void aParagraphWithoutBulletAfterABlankLineGoesOnWithTheBulletedItem() {
        MotionClauses clauses = read("""
                Constaterende dat:

                - de dijken van het waterschap

                sterk genoeg zijn;

                - het water stijgt;

                Verzoekt het bestuur van het waterschap:

                - een plan te maken voor

                Stichtse dorpen;

                - het plan te delen.

                En gaat over tot de orde van de dag.
                """);
        assertThat(all(clauses)).extracting(Clause::kind, Clause::text).containsExactly(
                tuple(ClauseKind.NOTING, "de dijken van het waterschap sterk genoeg zijn;"), tuple(ClauseKind.NOTING, "het water stijgt;"),
                tuple(ClauseKind.REQUEST, "een plan te maken voor Stichtse dorpen;"), tuple(ClauseKind.REQUEST, "het plan te delen."));
        for (Clause c : all(clauses)) {
            assertThat(c.source().of(ctx.t)).startsWith(c.text().substring(0, 6)).endsWith(c.text().substring(c.text().length() - 4));
        }
    }

    @Test
    void aHeadingWhoseRestIsOnlyTheAddresseeHasNoClauseOfItsOwn() {
        MotionClauses clauses = read("""
                Verzoekt het college van dijkgraaf en hoogheemraden:
                • de sloten te schonen;
                • de stuwen te openen.
                """);
        assertThat(all(clauses)).extracting(Clause::text).containsExactly("de sloten te schonen;", "de stuwen te openen.");
    }

    @Test
    void theClosingFormulaGluedToTheLastItemEndsTheMotionAndTheSignatureIsNoClause() {
        MotionClauses clauses = read("""
                verzoeken Gedeputeerde Staten
                • de Staten te informeren,
                • de regeling aan te passen,
                en gaan over tot de orde van de dag.

                P. de Vries,
                Partij voor de Dieren
                """);
        assertThat(all(clauses)).extracting(Clause::text).containsExactly("de Staten te informeren,", "de regeling aan te passen");
        assertThat(clauses.endMarkerSeen).isTrue();
        assertThat(StageTexts.line(ctx, "P. de Vries,").use).isNull();
    }

    @Test
    void aBareVerbOpensItsBlockWithTheAddresseeOnTheNextLine() {
        MotionClauses clauses = read("""
                Spreekt uit:
                Dat het college de wet naleeft;
                Verzoekt:
                Gedeputeerde Staten de vragen alsnog te beantwoorden
                en gaat over tot de orde van de dag
                """);
        assertThat(all(clauses)).extracting(Clause::kind, Clause::text).containsExactly(
                tuple(ClauseKind.OPINION, "Dat het college de wet naleeft;"),
                tuple(ClauseKind.REQUEST, "Gedeputeerde Staten de vragen alsnog te beantwoorden"));
    }

    /** The introduction is in each item's text; each item's source is the item alone. */
    @Test
    void anIntroductionEndingOnAColonIsSharedByTheItemsAfterIt() {
        MotionClauses clauses = read("""
                verzoekt de regering de inspectie aan te moedigen om:
                – vaker onaangekondigd te controleren;
                – met slachtoffers te spreken,

                en gaat over tot de orde van de dag.
                """);
        assertThat(all(clauses)).extracting(Clause::text).containsExactly(
                "de inspectie aan te moedigen om: vaker onaangekondigd te controleren;",
                "de inspectie aan te moedigen om: met slachtoffers te spreken");
        assertThat(all(clauses)).extracting(c -> c.source().of(ctx.t))
                .containsExactly("vaker onaangekondigd te controleren;", "met slachtoffers te spreken");
    }

    @Test
    void numberedItemsSeveralRequestBlocksAndAnInstruction() {
        MotionClauses clauses = read("""
                De raad vindt dat
                1. het park groen blijft;
                2. de bomen blijven staan;
                verzoekt het college,
                a) een plan te maken;
                b) de buurt te horen;
                verzoekt het college voorts,
                het plan in juni te sturen;
                draagt het college op de kosten te dekken,
                en gaat over tot de orde van de dag.
                """);
        assertThat(all(clauses)).extracting(Clause::kind, Clause::text).containsExactly(
                tuple(ClauseKind.OPINION, "het park groen blijft;"), tuple(ClauseKind.OPINION, "de bomen blijven staan;"),
                tuple(ClauseKind.REQUEST, "een plan te maken;"), tuple(ClauseKind.REQUEST, "de buurt te horen;"),
                tuple(ClauseKind.REQUEST, "het plan in juni te sturen;"), tuple(ClauseKind.INSTRUCTION, "de kosten te dekken"));
    }

    @Test
    void aDictumFlattenedIntoOneRegisterFieldIsReadItemByItemAndEndsAtItsLine() {
        MotionClauses clauses = read("""
                - Toelichting
                - Verzoekt het college: - het plan uit te voeren; - de raad te informeren; - de kosten te melden
                - Einddatum
                - Stand van zaken
                """);
        assertThat(all(clauses)).extracting(Clause::kind, Clause::text).containsExactly(
                tuple(ClauseKind.REQUEST, "het plan uit te voeren;"), tuple(ClauseKind.REQUEST, "de raad te informeren;"),
                tuple(ClauseKind.REQUEST, "de kosten te melden"));
        assertThat(all(clauses)).extracting(c -> c.source().of(ctx.t))
                .containsExactly("het plan uit te voeren;", "de raad te informeren;", "de kosten te melden");
        assertThat(StageTexts.line(ctx, "- Einddatum").use).isNull();
    }
}
