package nl.motiemonitor.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.motiemonitor.importing.ClauseHeadings.HeadingHit;
import nl.motiemonitor.importing.ReadDocument.ClauseKind;

class ClauseHeadingsTest {

    private final ClauseHeadings headings = new ClauseHeadings(StageTexts.lines(""));

    private HeadingHit heading(String line, boolean inBlock) {
        HeadingHit h = headings.headingOf(line);
        return h != null ? h : headings.plainHeadingOf(line, inBlock);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Constaterende, dat:|NOTING",
            "De raad draagt het college op:|INSTRUCTION",
            "Provinciale Staten verzoeken Gedeputeerde Staten|REQUEST",
            "De raad spreekt uit dat|OPINION",
            "constaterende dat|NOTING",
            "Constateerende, dat:|NOTING",
            "voorts constaterende dat|NOTING",
            "Overwegende dat|CONSIDERING",
            "mede overwegende dat|CONSIDERING",
            "Van mening, dat|OPINION",
            "spreekt als haar mening uit dat|OPINION",
            "Verzoekt het college van burgemeester en wethouders:|REQUEST",
            "verzoekt de regering|REQUEST",
            "draagt het college op|INSTRUCTION",
            "De indieners hoorden dat|NOTING",
            "De indieners vinden dat|OPINION",
            "De indieners roepen het college op om|REQUEST",
            "constaterende, dat:|NOTING",
            "tevens constaterende dat|NOTING",
            "Overwegende:|CONSIDERING",
            "overwegende,|CONSIDERING",
            "voorts overwegende dat|CONSIDERING",
            "Spreekt uit:|OPINION",
            "spreekt uit dat|OPINION",
            "Spreekt haar afkeuring uit over het beleid van het college.|OPINION",
            "spreekt zijn steun uit voor de boeren|OPINION",
            "Verzoekt:|REQUEST",
            "verzoekt voorts,|REQUEST",
            "verzoeken Gedeputeerde Staten|REQUEST",
            "verzoekt de regering tevens,|REQUEST",
            "roept het college op|REQUEST",
            "Roept op:|REQUEST",
            "Draagt het college daarom op:|INSTRUCTION",
            "Draagt op:|INSTRUCTION",
            "De raad vindt dat|OPINION"})
    void everyHeadingVariant(String line, ClauseKind kind) {
        assertThat(heading(line, false)).extracting(HeadingHit::kind).isEqualTo(kind);
    }

    @Test
    void theClauseOnTheHeadingLineStartsAfterDatAndTheColon() {
        String line = "**Overwegende**, dat: het gras groen is;";
        HeadingHit h = headings.headingOf(line);
        assertThat(line.substring(h.restAt())).isEqualTo("het gras groen is;");
    }

    @Test
    void aRunningTextVerbWithoutDatIsNoHeading() {
        assertThat(headings.headingOf("Constaterende de feiten gaan wij verder")).isNull();
        assertThat(headings.headingOf("Het college verzoekt u")).isNull();
    }

    @Test
    void partiesSpeakInPlainLanguageOnlyInsideABlock() {
        assertThat(heading("GroenLinks en PvdA vinden dat", false)).isNull();
        assertThat(heading("GroenLinks en PvdA vinden dat", true)).extracting(HeadingHit::kind).isEqualTo(ClauseKind.OPINION);
    }

    @Test
    void anOpinionSpokenOutKeepsItsWordsFromTheVerb() {
        String line = "Spreekt haar afkeuring uit over de handelwijze van het college.";
        assertThat(line.substring(headings.headingOf(line).restAt())).isEqualTo(line);
        assertThat(headings.headingOf("Het college spreekt haar afkeuring uit")).isNull();
    }

    @Test
    void wordsAfterTheAddresseeBelongToTheHeading() {
        String line = "verzoekt de regering tevens, regelmatig te rapporteren;";
        assertThat(line.substring(headings.headingOf(line).restAt())).isEqualTo("regelmatig te rapporteren;");
        String onBasis = "verzoekt de regering op basis van de richtlijnen een code te maken;";
        assertThat(onBasis.substring(headings.headingOf(onBasis).restAt())).startsWith("op basis van");
    }

    @Test
    void aBareVerbIsAHeadingOnlyAloneOnItsLine() {
        assertThat(headings.headingOf("Verzoekt:").restAt()).isEqualTo("Verzoekt:".length());
        assertThat(headings.headingOf("Verzoekt u mij dit te doen")).isNull();
    }

    @Test
    void theAssemblySpeaksInPlainLanguageOutsideABlockOnlyAsAHeadingAlone() {
        assertThat(heading("De raad vindt dat", false)).extracting(HeadingHit::kind).isEqualTo(ClauseKind.OPINION);
        assertThat(heading("De raad vindt dat het college te laat is met de nota.", false)).isNull();
        assertThat(heading("De raad vindt dat het college te laat is met de nota.", true)).isNotNull();
    }
}
