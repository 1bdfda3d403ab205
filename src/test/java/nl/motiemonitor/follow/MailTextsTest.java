package nl.motiemonitor.follow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import nl.motiemonitor.shared.Phrase;
import nl.motiemonitor.testsupport.Messages;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The words of mail and feed entries come from the messages: Dutch for mail (the default), English on request. */
class MailTextsTest {

    private final ResourceBundleMessageSource messages = Messages.source();

    @Test
    void mailIsSaidInDutchFromTheMessages() {
        assertThat(MailOutbox.LANGUAGE.getLanguage()).isEqualTo("nl");
        assertThat(dutch("mail.digest.daily", 1, "Gemeente Den Haag"))
                .isEqualTo("Dagoverzicht: 1 nieuwtje over Gemeente Den Haag");
        assertThat(dutch("mail.digest.weekly", 1200, "Gemeente Den Haag"))
                .isEqualTo("Weekoverzicht: 1200 nieuwtjes over Gemeente Den Haag");
        assertThat(dutch("mail.confirm.subject")).isEqualTo("Bevestig uw e-mailadres voor Motiemonitor");
        assertThat(dutch("mail.reminder.subject", "Gemeente Den Haag", 3, 1))
                .isEqualTo("Termijnen Gemeente Den Haag: 3 te laat, 1 binnenkort");
        assertThat(dutch("mail.reminder.item", Phrase.of("item.named.motion.start", "RIS1"), "Groen",
                Phrase.date(LocalDate.of(2026, 3, 31)))).isEqualTo("Motie RIS1: Groen — termijn 31 maart 2026");
        assertThat(messages.getMessage("mail.digest.daily", new Object[] {2, "Den Haag"}, Locale.ENGLISH))
                .isEqualTo("Daily overview: 2 updates on Den Haag");
    }

    @Test
    void anEventIsNamedInTheLanguageAsked() {
        ItemEvent extended = new ItemEvent(1, Instant.now(), "TERM_EXTENDED", "MOTION",
                Phrase.of("follow.event.motion", "Groene daken"), "/den-haag/moties/m-1", "Gemeente Den Haag", null,
                null, null, null, LocalDate.of(2026, 10, 1), "Raadsbesluit");
        ItemEvent moved = new ItemEvent(2, Instant.now(), "STATUS_CHANGED", "COMMITMENT",
                Phrase.of("follow.event.commitment", "Een onderzoek"), "/den-haag/toezeggingen/t-1",
                "Gemeente Den Haag", "OPEN", "DISCHARGE_PROPOSED", null, null, null, "De brief van 4 december 2026"
                + " beschouwt dit als afgedaan.");

        assertThat(extended.title(messages, MailOutbox.LANGUAGE))
                .isEqualTo("Motie ‘Groene daken’: termijn verlengd tot 1 oktober 2026");
        assertThat(extended.title(messages, Locale.ENGLISH))
                .isEqualTo("Motion ‘Groene daken’: term extended to 1 October 2026");
        assertThat(moved.title(messages, MailOutbox.LANGUAGE))
                .isEqualTo("Toezegging ‘Een onderzoek’: Open → Afdoening voorgesteld");
        assertThat(moved.summary(messages, Locale.ENGLISH)).as("the reason is recorded data, in Dutch")
                .isEqualTo("Reason: De brief van 4 december 2026 beschouwt dit als afgedaan.");
    }

    private String dutch(String code, Object... arguments) {
        return messages.getMessage(code, arguments, MailOutbox.LANGUAGE);
    }
}
