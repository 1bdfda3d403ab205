package nl.motiemonitor.importing;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date of the document itself where its structure states it outside a letter's header: the meeting a motion was
 * moved in ("De raad, in vergadering bijeen op 2 november 2017", "Provinciale Staten … in vergadering bijeen op:
 * 16-01-2013", a heading "Raadsvergadering van …"), the day a Kamerstuk was proposed ("Voorgesteld 7 juli 2016"), or a date label
 * whose value follows on the next line ("- Datum" / "- 04-12-2025" in an iBabs rendering). A date the text only cites
 * in a sentence ("de motie van 3 maart 2020") is none of these and never taken.
 */
final class DocumentDate {

    /** Lines longer than this are prose, not a heading or label line. */
    private static final int MAX_LINE = 240;
    /** How far after its cue the date must start. */
    private static final int NEAR = 3;

    /** A cue the date follows on the same line, or alone on the next line when the cue ends its line. */
    private static final Pattern CUE = Pattern.compile("(?iu)(?:\\bin\\s++(?:de\\s++|haar\\s++|zijn\\s++|openbare\\s++)?+"
            + "(?:vergadering|zitting)\\s++bijeen(?:\\s++(?:op|d\\.d\\.))?+"
            + "|\\bbijeen\\s++(?:op|d\\.d\\.)"
            + "|^\\W{0,3}+(?:raads|staten|commissie)?+vergadering\\s*+(?:van|op|d\\.d\\.|:)"
            + "|^\\W{0,3}+voorgesteld(?:\\s++op)?+"
            + "|(?:^|\\s-\\s|^-\\s*+)datum(?:\\s++(?:raad|raadsvergadering|vergadering|ps|ab|staten|indiening))?+)"
            + "\\s*+:?+\\s*+(?:(?:maan|dins|woens|donder|vrij|zater|zon)dag\\s++)?+");
    /** A line that holds nothing but a date (an iBabs value "- 04-12-2025"). */
    private static final Pattern ONLY_DATE = Pattern.compile("^[-•*–\\s]{0,4}+(.{6,30}?)[.\\s]{0,3}+$");

    private DocumentDate() {
    }

    /** The first date the document states for itself by one of the cues, with the span of the date. */
    static Optional<Sourced<LocalDate>> find(String text, ReadingDeadline deadline) {
        int start = 0;
        int n = text.length();
        while (start <= n) {
            deadline.check();
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            if (end - start <= MAX_LINE) {
                Optional<Sourced<LocalDate>> found = onLine(text, start, end, deadline);
                if (found.isPresent()) {
                    return found;
                }
            }
            start = end + 1;
        }
        return Optional.empty();
    }

    private static Optional<Sourced<LocalDate>> onLine(String text, int start, int end, ReadingDeadline deadline) {
        String line = text.substring(start, end);
        Matcher cue = CUE.matcher(deadline.guard(line));
        while (cue.find()) {
            String rest = line.substring(cue.end());
            if (rest.isBlank()) {
                return onNextLine(text, end, deadline);
            }
            Optional<DutchDateText.FoundDate> date = DutchDateText.firstDate(deadline.guard(rest));
            if (date.isPresent() && date.get().start() <= NEAR) {
                int at = start + cue.end();
                return Optional.of(new Sourced<>(date.get().date(),
                        new Span(at + date.get().start(), at + date.get().end())));
            }
        }
        return Optional.empty();
    }

    /** The date alone on the first non-blank line after {@code end}. */
    private static Optional<Sourced<LocalDate>> onNextLine(String text, int end, ReadingDeadline deadline) {
        int start = end + 1;
        while (start < text.length() && text.charAt(start) == '\n') {
            start++;
        }
        if (start >= text.length()) {
            return Optional.empty();
        }
        int next = text.indexOf('\n', start);
        String line = text.substring(start, next < 0 ? text.length() : next);
        Matcher only = ONLY_DATE.matcher(deadline.guard(line));
        if (line.length() > MAX_LINE || !only.matches()) {
            return Optional.empty();
        }
        Optional<DutchDateText.FoundDate> date = DutchDateText.firstDate(deadline.guard(only.group(1)));
        if (date.isEmpty() || date.get().start() != 0 || date.get().end() < only.group(1).strip().length()) {
            return Optional.empty();
        }
        int at = start + only.start(1);
        return Optional.of(new Sourced<>(date.get().date(), new Span(at + date.get().start(), at + date.get().end())));
    }
}
