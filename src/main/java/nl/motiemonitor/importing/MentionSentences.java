package nl.motiemonitor.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.motiemonitor.importing.ReadDocument.Outcome;
import nl.motiemonitor.importing.ReadDocument.Precision;

/**
 * The sentences of one paragraph, for the motions it names. A paragraph may name a hundred thousand motions in one
 * long sentence: where sentences end is found once, and what a sentence says is read once, not once per motion it
 * names.
 */
final class MentionSentences {

    private static final Pattern ADOPTION = Pattern.compile(
            "\\b(aangenomen|ingestemd|aanvaard|verworpen|ingetrokken|aangehouden|unaniem\\s+aangenomen)\\b", ReadingContext.CI);
    private static final Pattern DEBATE = Pattern.compile(
            "\\b(?:bespreking|behandeling|debat|beraadslaging|bespreken)\\s+(?:van|over)\\s+(?:het\\s+(?:raads)?voorstel(?:\\s+van\\s+het\\s+college)?\\s+(?:inzake|over|betreffende)\\s+|de\\s+|het\\s+)?"
                    + MotionMentions.QUOTE_OPEN + "(.{3,200}?)" + MotionMentions.QUOTE_CLOSE
                    + "(?=[\\s).,;:]|$)(?:\\s*\\((RIS\\s?\\d{5,8}|[^()]{1,30})\\))?", ReadingContext.CI);
    private static final Pattern SPONSORS = Pattern.compile(
            "\\b(?:door|van)\\s++(?:het\\s++(?:raadslid|lid)|de\\s++(?:raadsleden|leden|fracties?|indieners?)|raadsl(?:id|eden))"
                    + "\\s++(.{2,200})",
            ReadingContext.CI);

    /** What one sentence says about the motion(s) it names: outcome, debate, date, sponsors. */
    record SentenceFacts(Sourced<Outcome> outcome, Sourced<String> debate, Sourced<String> debateReference,
            Sourced<LocalDate> adoptedOn, Precision precision, List<Sourced<String>> sponsors) {
    }

    private final ReadingContext ctx;
    private final Names names;
    private final String s;
    /** Each p where a sentence ends: ".", "!" or "?", a space, a capital. */
    private final int[] stops;
    private final Map<Long, SentenceFacts> facts = new HashMap<>();
    private final Map<Long, Boolean> answers = new HashMap<>();

    MentionSentences(ReadingContext ctx, Names names, String s) {
        this.ctx = ctx;
        this.names = names;
        this.s = s;
        int[] found = new int[16];
        int count = 0;
        for (int p = 0; p + 2 < s.length(); p++) {
            char c = s.charAt(p);
            if ((c == '.' || c == '!' || c == '?') && s.charAt(p + 1) == ' ' && Character.isUpperCase(s.charAt(p + 2))) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = p;
            }
        }
        this.stops = Arrays.copyOf(found, count);
    }

    /** Where the sentence around {@code from} starts: after the last stop at least two before it, else 0. */
    int start(int from) {
        int i = Arrays.binarySearch(stops, from - 2);
        int at = i >= 0 ? i : -i - 2;
        return at >= 0 ? stops[at] + 2 : 0;
    }

    /** Where the sentence around {@code to} ends: after the first stop at or after it, else the end. */
    int end(int to) {
        int i = Arrays.binarySearch(stops, Math.max(to, 0));
        int at = i >= 0 ? i : -i - 1;
        return at < stops.length ? stops[at] + 1 : s.length();
    }

    /** Whether the sentence around [from, to) says what the letter does with it: discharge, progress, delay. */
    boolean answered(int from, int to) {
        int ss = start(from);
        int se = end(to);
        return answers.computeIfAbsent(((long) ss << 32) | se, key -> {
            String sentence = s.substring(ss, se);
            return ctx.finds(DischargeAndPromises.CLAIM, sentence) || ctx.finds(DischargeAndPromises.CLAIM_NOT, sentence)
                    || ctx.finds(DischargeAndPromises.POSTPONED, sentence) || ctx.finds(DischargeAndPromises.PROGRESS, sentence);
        });
    }

    /** Gives the motion what the sentence around [from, to) says: its outcome, debate, date and sponsors. */
    void describe(MotionDraft d, Joined j, int from, int to) {
        int ss = start(from);
        int se = end(to);
        SentenceFacts f = facts.computeIfAbsent(((long) ss << 32) | se, key -> read(j, ss, se));
        if (f == null) {
            return;
        }
        d.outcome = f.outcome();
        d.debate = f.debate();
        d.debateReference = f.debateReference();
        d.adoptedOn = f.adoptedOn();
        d.precision = f.precision();
        d.sponsors.addAll(f.sponsors());
    }

    private SentenceFacts read(Joined j, int ss, int se) {
        String sentence = s.substring(ss, se);
        Matcher adopted = ctx.matcher(ADOPTION, sentence);
        if (!adopted.find()) {
            return null;
        }
        String verb = adopted.group(1).toLowerCase(Locale.ROOT);
        Outcome outcome = verb.contains("verworpen") ? Outcome.REJECTED : verb.contains("ingetrokken") ? Outcome.WITHDRAWN
                : verb.contains("aangehouden") ? Outcome.HELD : Outcome.ADOPTED;
        Sourced<Outcome> sourcedOutcome = new Sourced<>(outcome, j.span(ss + adopted.start(1), ss + adopted.end(1)));
        Sourced<String> debateName = null;
        Sourced<String> debateReference = null;
        Matcher debate = ctx.matcher(DEBATE, sentence);
        int debateEnd = -1;
        if (debate.find()) {
            debateName = new Sourced<>(ctx.clean(debate.group(1)), j.span(ss + debate.start(1), ss + debate.end(1)));
            debateEnd = debate.end();
            if (debate.group(2) != null) {
                Matcher ris = ctx.matcher(HeaderFields.RIS_IN_TEXT, debate.group(2));
                String ref = ris.find() ? "RIS" + ris.group(1) : debate.group(2).strip();
                debateReference = new Sourced<>(ref, j.span(ss + debate.start(2), ss + debate.end(2)));
            }
        }
        String datePart = debateEnd > 0 ? sentence.substring(debateEnd) : sentence;
        int dateOffset = debateEnd > 0 ? debateEnd : 0;
        Optional<DutchDateText.FoundDate> date = DutchDateText.firstDateOrMonth(ctx.guard(datePart));
        if (date.isEmpty() && debateEnd > 0) {
            datePart = sentence.substring(0, debate.start());
            dateOffset = 0;
            date = DutchDateText.firstDateOrMonth(ctx.guard(datePart));
        }
        Sourced<LocalDate> adoptedOn = null;
        Precision precision = null;
        if (date.isPresent()) {
            DutchDateText.FoundDate fd = date.get();
            adoptedOn = new Sourced<>(fd.date(), j.span(ss + dateOffset + fd.start(), ss + dateOffset + fd.end()));
            precision = fd.precision();
        }
        List<Sourced<String>> sponsors = new ArrayList<>();
        Matcher sp = ctx.matcher(SPONSORS, sentence);
        if (sp.find()) {
            int base = ss + sp.start(1);
            String found = sp.group(1);
            for (int[] range : names.nameRanges(found)) {
                String name = found.substring(range[0], range[1]);
                sponsors.add(new Sourced<>(name, j.span(base + range[0], base + range[1])));
            }
        }
        return new SentenceFacts(sourcedOutcome, debateName, debateReference, adoptedOn, precision, sponsors);
    }
}
