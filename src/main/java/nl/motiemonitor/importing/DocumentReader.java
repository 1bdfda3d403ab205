package nl.motiemonitor.importing;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.motiemonitor.importing.ReadDocument.Contact;
import nl.motiemonitor.importing.ReadDocument.Discharge;
import nl.motiemonitor.importing.ReadDocument.Footnote;
import nl.motiemonitor.importing.ReadDocument.Kind;
import nl.motiemonitor.importing.ReadDocument.Promise;

/**
 * Recognises what a letter or motion says, from its text: header fields, the motions it is about and their clauses,
 * footnotes, whether it claims discharge, and the promises it makes. Every fact carries its source span in the
 * normalised text. Plain Java, thread-safe, and it never throws: on input it cannot make sense of it returns what it
 * found with warnings.
 * <p>
 * Reading is bounded in time (issue 12.4): every pattern is linear in its input (possessive quantifiers, bounded
 * repetition, no case-insensitive {@code \p{Lu}}; {@code PatternsAreLinearTest} counts it), every loop over lines,
 * sentences or motions is linear too, and every matcher reads the text through a {@link DeadlineText}, so even what
 * nobody foresaw stops at the {@link ReadingDeadline} with {@link #TOO_SLOW}.
 */
public final class DocumentReader {

    /** Longer texts are cut off here (with a warning); a 500-page letter is well below it. */
    public static final int MAX_CHARS = 3_000_000;
    /** The warning, and the clerk's message, when reading took longer than its time. */
    public static final ReaderMessage TOO_SLOW = ReaderMessage.of("reader.tooSlow");

    private final Duration budget;

    /** A reader that takes at most 20 seconds per text. */
    public DocumentReader() {
        this(DocumentExtractor.Limits.DEFAULTS.timeBudget());
    }

    /** A reader that takes at most {@code budget} per text. */
    public DocumentReader(Duration budget) {
        ReadingDeadline.after(budget); // rejects a budget of zero or less
        this.budget = budget;
    }

    /** What the text says; past this reader's time budget, nothing but the warning {@link #TOO_SLOW}. */
    public ReadDocument read(String text) {
        return read(text, ReadingDeadline.after(budget));
    }

    /** What the text says; past the deadline, nothing but the warning {@link #TOO_SLOW}. */
    public ReadDocument read(String text, ReadingDeadline deadline) {
        String raw = text == null ? "" : text;
        List<ReaderMessage> early = new ArrayList<>();
        if (raw.length() > MAX_CHARS) {
            raw = raw.substring(0, MAX_CHARS);
            early.add(ReaderMessage.of("reader.warning.cut", MAX_CHARS));
        }
        String normalised = TextNormaliser.normalise(raw);
        try {
            return read(new ReadingContext(normalised, early, deadline));
        } catch (ReadingTooSlowException e) {
            return nothingRead(normalised, early, TOO_SLOW);
        } catch (RuntimeException | StackOverflowError e) {
            return nothingRead(normalised, early,
                    ReaderMessage.of("reader.warning.failed", e.getClass().getSimpleName()));
        }
    }

    /**
     * What the text says, or, past the deadline, a {@link DocumentReadException} ({@link DocumentReadException.Reason#TOO_SLOW})
     * with {@link #TOO_SLOW} as its message: for the import, which keeps nothing it could not read.
     */
    public ReadDocument readOrRefuse(String text, ReadingDeadline deadline) throws DocumentReadException {
        ReadDocument read = read(text, deadline);
        if (tooSlow(read)) {
            throw new DocumentReadException(DocumentReadException.Reason.TOO_SLOW, TOO_SLOW);
        }
        return read;
    }

    /** Whether this reading stopped at its deadline. */
    public static boolean tooSlow(ReadDocument read) {
        return read.kind() == Kind.UNKNOWN && read.warnings().contains(TOO_SLOW);
    }

    private static ReadDocument nothingRead(String normalised, List<ReaderMessage> early, ReaderMessage warning) {
        List<ReaderMessage> warnings = new ArrayList<>(early);
        warnings.add(warning);
        return new ReadDocument(normalised, Kind.UNKNOWN, null, null, null, null, List.of(), null,
                new Contact(null, null, null, null, null), null, null, List.of(), null, List.of(), List.of(),
                false, List.of(), List.of(), List.of(), warnings);
    }

    // ------------------------------------------------------------------------------------------------ the stages

    /** The stages in turn, each on what the ones before it found and marked. */
    private static ReadDocument read(ReadingContext ctx) {
        FirstStages first = FirstStages.read(ctx);
        HeaderFields header = first.header();
        Closing closing = first.closing();
        MotionClauses clauses = first.clauses();
        List<Footnote> footnotes = first.footnotes();
        MotionMentions mentions = new MotionMentions(ctx, header, first.names());
        mentions.read();
        MotionDocument document = first.motionDocument();
        mentions.finish(clauses, document);
        List<Sentence> prose = Prose.sentences(ctx); // before the date, which marks its line as the header's
        Sourced<LocalDate> date = header.date();
        ListReader.Found list = ListReader.find(ctx.t, ctx.deadline);
        List<ReadDocument.ListItem> items = list.items();
        ReadDocument.ListItem registered = list.registered();
        Kind kind = KindDecision.kind(ctx, document, header, closing, clauses, date, !items.isEmpty(), registered);
        if (kind == Kind.MOTION && registered != null) {
            document.readRegistered(mentions.motions, registered);
        }
        // only a letter claims a discharge or promises what becomes a commitment; a motion or a list does neither
        DischargeAndPromises letter = new DischargeAndPromises(ctx);
        Sourced<Discharge> discharge = kind == Kind.LETTER ? letter.discharge(prose) : null;
        List<Promise> promises = kind == Kind.LETTER ? letter.promises(prose, Sourced.valueOf(date)) : List.of();
        boolean claimsAndPromises = discharge != null && discharge.value() == Discharge.CLAIMED && !promises.isEmpty();
        Sourced<String> subject = header.get(HeaderField.SUBJECT);
        Sourced<String> sender = closing.sender;
        if (kind == Kind.LETTER) {
            subject = subject != null ? subject : KamerstukHead.subject(ctx);
            sender = sender != null ? sender : KamerstukHead.sender(ctx);
        }
        warnAtTheEnd(ctx, subject, mentions.motions, kind, date, claimsAndPromises ? promises.size() : 0);
        Contact contact = new Contact(header.get(HeaderField.CONTACT), header.get(HeaderField.DEPARTMENT),
                header.get(HeaderField.UNIT), header.get(HeaderField.PHONE), header.get(HeaderField.EMAIL));
        List<ReadDocument.Motion> readMotions = new ArrayList<>();
        for (MotionDraft m : mentions.motions) {
            readMotions.add(m.build(footnotes, ctx));
        }
        return new ReadDocument(ctx.t, kind, date, subject, header.get(HeaderField.REFERENCE),
                header.get(HeaderField.YOUR_REFERENCE), header.registrationNumbers, header.addressee, contact,
                header.get(HeaderField.ATTACHMENTS), sender, closing.signatories, discharge, readMotions, promises,
                claimsAndPromises, footnotes, mentions.otherReferences, items, ctx.warnings);
    }

    /** The warnings about the whole: promises beside a claimed discharge, no kind, no text, a letter's missing parts. */
    private static void warnAtTheEnd(ReadingContext ctx, Sourced<String> subject, List<MotionDraft> motions, Kind kind,
            Sourced<LocalDate> date, int promisesBesideClaim) {
        if (promisesBesideClaim > 0) {
            ctx.warn("reader.warning.dischargeAndPromises", promisesBesideClaim);
        }
        if (kind == Kind.UNKNOWN && !ctx.t.isBlank()) {
            ctx.warn("reader.warning.unknownKind");
        }
        if (ctx.t.isBlank()) {
            ctx.warn("reader.warning.noText");
        }
        if (kind == Kind.LETTER) {
            if (date == null) {
                ctx.warn("reader.warning.noDate");
            }
            if (subject == null) {
                ctx.warn("reader.warning.noSubject");
            }
        }
        for (MotionDraft m : motions) {
            if (m.clauses.isEmpty() && kind == Kind.MOTION) {
                ctx.warn("reader.warning.noClauses");
            }
        }
    }
}
