package nl.motiemonitor.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import nl.motiemonitor.testsupport.Messages;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;

/** A history's field names and values are messages: the same Dutch as before, English on an English page. */
class HistoryFieldsInEnglishTest {

    private final MessageSource messages = Messages.source();

    @Test
    void namesAndValuesAreSaidInThePagesLanguageAndRecordedTextAsItIs() {
        AuditTrail.Fields fields = new AuditTrail.Fields().put("history.status", Phrase.status(ItemStatus.IN_PROGRESS))
                .put("history.term", Phrase.date(LocalDate.of(2026, 3, 31))).put("history.published", true)
                .put("history.motion.title", "Groene daken").put("history.motion.summary", " ");

        assertThat(say(fields, Locale.forLanguageTag("nl"))).containsExactly(Map.entry("Status", "In behandeling"),
                Map.entry("Termijn", "31 maart 2026"), Map.entry("Gepubliceerd", "ja"),
                Map.entry("Titel", "Groene daken"));
        assertThat(say(fields, Locale.ENGLISH)).containsExactly(Map.entry("Status", "In progress"),
                Map.entry("Term", "31 March 2026"), Map.entry("Published", "yes"), Map.entry("Title", "Groene daken"));
    }

    @Test
    void aDateSaysAsMuchAsItsSourceStatedInEitherLanguage() {
        LocalDate november = LocalDate.of(2014, 11, 15);
        AuditTrail.Fields fields = new AuditTrail.Fields()
                .put("history.motion.adoptedOn", Phrase.date(november, DatePrecision.MONTH))
                .put("history.term", Phrase.date(november, DatePrecision.YEAR));

        assertThat(say(fields, Locale.forLanguageTag("nl"))).containsExactly(
                Map.entry("Datum van de stemming", "november 2014"), Map.entry("Termijn", "2014"));
        assertThat(say(fields, Locale.ENGLISH)).containsExactly(
                Map.entry("Date of the vote", "November 2014"), Map.entry("Term", "2014"));
    }

    private Map<String, String> say(AuditTrail.Fields fields, Locale locale) {
        Map<String, String> said = new LinkedHashMap<>();
        fields.build().forEach((name, value) -> said.put(messages.getMessage(name, locale),
                messages.getMessage(value, locale)));
        return said;
    }
}
