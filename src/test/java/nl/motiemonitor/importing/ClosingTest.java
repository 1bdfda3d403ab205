package nl.motiemonitor.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.motiemonitor.importing.ReadDocument.Signatory;

class ClosingTest {

    private static ReadingContext ctx;

    private static Closing read(String text) {
        ctx = StageTexts.marked(text);
        Closing closing = new Closing(ctx, new Names(ctx));
        closing.read();
        return closing;
    }

    @Test
    void senderRolesAndNamesFromTheEndUp() {
        Closing closing = read("""
                Geachte raad,

                Wij doen het.

                Met vriendelijke groet,
                Burgemeester en wethouders van Ergens,
                de secretaris, de burgemeester,
                P. Jansen
                K. de Vries
                """);
        assertThat(closing.sender.value()).isEqualTo("Burgemeester en wethouders van Ergens");
        assertThat(closing.signatories).extracting(s -> s.name().value(), s -> s.role().value())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("P. Jansen", "de secretaris"),
                        org.assertj.core.groups.Tuple.tuple("K. de Vries", "de burgemeester"));
        assertThat(StageTexts.line(ctx, "P. Jansen").use).isEqualTo(LineRole.CLOSING);
        assertThat(StageTexts.line(ctx, "Wij doen het.").use).isNull();
    }

    @Test
    void aMinisterIsSenderAndRole() {
        Closing closing = read("Geachte Kamer,\n\nTekst.\n\nDe minister van Financiën,\n\nA. Bakker\n");
        assertThat(closing.sender.value()).isEqualTo("De minister van Financiën");
        assertThat(closing.signatories).singleElement().satisfies((Signatory s) -> {
            assertThat(s.name().value()).isEqualTo("A. Bakker");
            assertThat(s.role().value()).isEqualTo("minister van Financiën");
        });
    }

    @Test
    void namesWithoutAGreetingOrRoleAreNoClosing() {
        Closing closing = read("Tekst van een brief.\n\nJan Jansen\n");
        assertThat(closing.sender).isNull();
        assertThat(closing.signatories).isEmpty();
        assertThat(ctx.lines).allMatch(l -> l.use == null);
    }

    @Test
    void aSignatureInColumnsGivesOneNameUnderEachRole() {
        Closing closing = read("""
                Geachte leden van de raad,

                Wij beschouwen de motie hiermee als afgedaan.

                Met vriendelijke groet,

                Burgemeester en wethouders van Ergens,

                de secretaris,          de burgemeester,
                A. de Vries             B. Bakker
                """);

        assertThat(closing.signatories).extracting(s -> s.name().value(), s -> s.role().value())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A. de Vries", "de secretaris"),
                        org.assertj.core.groups.Tuple.tuple("B. Bakker", "de burgemeester"));
        assertThat(closing.signatories.get(1).name().source().of(ctx.t)).isEqualTo("B. Bakker");
    }

    @Test
    void eachSignatoryWithItsRoleOnOneLine() {
        Closing closing = read("""
                Geachte Statenleden,

                Wij informeren u over de voortgang.

                Gedeputeerde Staten van Utrecht,

                H.M.M. Oosters, voorzitter
                D. Schaap, secretaris
                """);

        assertThat(closing.sender.value()).isEqualTo("Gedeputeerde Staten van Utrecht");
        assertThat(closing.signatories).extracting(s -> s.name().value(), s -> s.role().value())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("H.M.M. Oosters", "voorzitter"),
                        org.assertj.core.groups.Tuple.tuple("D. Schaap", "secretaris"));
        assertThat(closing.signatories.get(1).role().source().of(ctx.t)).isEqualTo("secretaris");
    }
}
