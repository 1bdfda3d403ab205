package nl.motiemonitor.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DictumItemsTest {

    private final ReadingContext ctx = StageTexts.lines("");

    @Test
    void preambleFormulasAreNoClauses() {
        assertThat(DictumItems.isPreamble(ctx, "Gehoord de beraadslagingen, gelet op artikel 32 van het Reglement van Orde;")).isTrue();
        assertThat(DictumItems.isPreamble(ctx, "gehoord de beraadslaging,")).isTrue();
        assertThat(DictumItems.isPreamble(ctx, "Gelet op artikel 80 van het Reglement van Orde;")).isTrue();
        assertThat(DictumItems.isPreamble(ctx, "gelet op het feit dat de stad groeit;")).isFalse();
        assertThat(DictumItems.isPreamble(ctx, "het college gelet op de kosten afziet van het plan;")).isFalse();
    }

    @Test
    void aRestOfOnlyTheAddresseeHasNoVerb() {
        assertThat(DictumItems.isAddresseeOnly("van dijkgraaf en hoogheemraden:")).isTrue();
        assertThat(DictumItems.isAddresseeOnly("van Burgemeester en Wethouders,")).isTrue();
        assertThat(DictumItems.isAddresseeOnly("de Nederlandse Arbeidsinspectie aan te moedigen om:")).isFalse();
        assertThat(DictumItems.isAddresseeOnly("Gedeputeerde Staten de vragen te beantwoorden")).isFalse();
        assertThat(DictumItems.isAddresseeOnly(":")).isFalse();
    }

    @Test
    void aParagraphGoesOnWithTheItemWhenItStartsInLowerCaseOrTheItemStoppedMidSentence() {
        assertThat(DictumItems.continuesItem("de dijken van het", "waterschap sterk zijn;")).isTrue();
        assertThat(DictumItems.continuesItem("een plan te maken voor", "Stichtse dorpen;")).isTrue();
        assertThat(DictumItems.continuesItem("de dijken sterk zijn;", "Status")).isFalse();
        assertThat(DictumItems.continuesItem("de regeling aan te passen,", "P. de Vries,")).isFalse();
        assertThat(DictumItems.continuesItem("de dijken sterk zijn;", "en het water stijgt;")).isTrue();
    }
}
