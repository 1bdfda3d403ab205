package nl.motiemonitor.importing;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The date of a letter (for {@link HeaderFields#date}): its Datum field, else "Den Haag, 31 maart 2026" in the text,
 * else a date on a line of its own, which is then marked as header.
 */
final class LetterDate {

    private static final Pattern DATE_LINE = Pattern.compile("(?iu)^(?:[\\p{L}' -]{2,40},\\s*)?(?:(?:ma|di|wo|do|vr|maandag"
            + "|dinsdag|woensdag|donderdag|vrijdag)\\s+)?\\d{1,2}[\\s./-].{2,12}[\\s./-]\\d{4}\\.?");

    private LetterDate() {
    }

    /** The letter's date, given the value of its Datum field (or null); null when there is none. */
    static Sourced<LocalDate> find(ReadingContext ctx, Sourced<String> written) {
        if (written != null) {
            Optional<DutchDateText.FoundDate> d = DutchDateText.firstDate(ctx.guard(written.value()));
            if (d.isPresent()) {
                return new Sourced<>(d.get().date(), written.source());
            }
        }
        Optional<Sourced<LocalDate>> stated = DocumentDate.find(ctx.t, ctx.deadline);
        if (stated.isPresent()) {
            return stated.get();
        }
        for (Line l : ctx.lines) {
            ctx.tick();
            if (l.use != null || l.blank()) {
                continue;
            }
            String s = l.trimmed().replace("*", "");
            if (s.length() > 60) {
                continue;
            }
            if (ctx.matches(DATE_LINE, s)) {
                Optional<DutchDateText.FoundDate> d = DutchDateText.firstDate(ctx.guard(s));
                if (d.isPresent()) {
                    l.use = LineRole.HEADER;
                    return new Sourced<>(d.get().date(), new Span(l.trimmedStart(), l.trimmedStart() + l.trimmed().length()));
                }
            }
        }
        return null;
    }
}
