package nl.motiemonitor.shared;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A phrase for inside a message ("motie RIS323480", "In behandeling", "31 maart 2026"), kept as a message key with
 * its arguments so that it is said in the reader's language: Spring's message source resolves such arguments
 * before it fills them in, and {@link DomainRuleViolation#getMessage()} does the same in Dutch.
 */
public final class Phrase {

    private Phrase() {
    }

    public static MessageSourceResolvable of(String code, Object... arguments) {
        return new DefaultMessageSourceResolvable(new String[] {code}, arguments);
    }

    /** Words said as written in every language: a name, or a document's text. */
    public static MessageSourceResolvable text(String words) {
        return new DefaultMessageSourceResolvable(null, null, words);
    }

    /** The status as pages name it (message {@code status.<NAME>}). */
    public static MessageSourceResolvable status(ItemStatus status) {
        return of("status." + status.name());
    }

    /** A day as pages write it: "31 maart 2026" / "31 March 2026" (message {@code phrase.date}). */
    public static MessageSourceResolvable date(LocalDate date) {
        return date(date, DatePrecision.DAY);
    }

    /** A day, a month ("maart 2026" / "March 2026") or a year: as much as the source states. */
    public static MessageSourceResolvable date(LocalDate date, DatePrecision precision) {
        String code = switch (precision == null ? DatePrecision.DAY : precision) {
            case DAY -> "phrase.date";
            case MONTH -> "phrase.date.month";
            case YEAR -> "phrase.date.year";
        };
        return of(code, Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant()));
    }
}
