package nl.motiemonitor.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class HeaderFieldsTest {

    private static HeaderFields read(String text) {
        ReadingContext ctx = StageTexts.marked(text);
        HeaderFields header = new HeaderFields(ctx, new ClauseHeadings(ctx));
        header.read();
        return header;
    }

    @Test
    void aLabelOnItsOwnLineTakesTheLinesOfItsSubjectBelow() {
        String text = "Onderwerp:\nAfdoening motie ‘Groen in de\nwijk’\n\nGeachte raad,\n";
        HeaderFields header = read(text);
        Sourced<String> subject = header.get(HeaderField.SUBJECT);
        assertThat(subject.value()).isEqualTo("Afdoening motie ‘Groen in de wijk’");
        assertThat(text.substring(subject.source().start(), subject.source().end()))
                .isEqualTo("Afdoening motie ‘Groen in de\nwijk’");
    }

    @Test
    void severalLabelsOnOneLineAndARegistrationNumber() {
        HeaderFields header = read("Datum 3 maart 2026 Kenmerk Z-12\nRIS 123456\nAan de gemeenteraad\n\nGeachte raad,\n");
        assertThat(header.get(HeaderField.DATE).value()).isEqualTo("3 maart 2026");
        assertThat(header.get(HeaderField.REFERENCE).value()).isEqualTo("Z-12");
        assertThat(header.registrationNumbers).extracting(Sourced::value).containsExactly("RIS123456");
        assertThat(header.addressee.value()).isEqualTo("Aan de gemeenteraad");
        assertThat(header.date().value()).isEqualTo(LocalDate.of(2026, 3, 3));
    }

    @Test
    void aSecondDifferentValueIsWarnedAboutAndNoValueIsNoValue() {
        ReadingContext ctx = StageTexts.marked("");
        HeaderFields header = new HeaderFields(ctx, new ClauseHeadings(ctx));
        header.setField(HeaderField.SUBJECT, "Fietspaden", new Span(0, 1));
        header.setField(HeaderField.SUBJECT, "Wegen", new Span(2, 3));
        header.setField(HeaderField.CONTACT, "n.v.t.", new Span(4, 5));
        assertThat(header.get(HeaderField.SUBJECT).value()).isEqualTo("Fietspaden");
        assertThat(header.has(HeaderField.CONTACT)).isFalse();
        assertThat(ctx.warnings).extracting(ReaderMessage::code).containsExactly("reader.warning.twoValues");
    }
}
