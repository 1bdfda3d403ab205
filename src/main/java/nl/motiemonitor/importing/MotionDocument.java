package nl.motiemonitor.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.motiemonitor.importing.ReadDocument.Outcome;
import nl.motiemonitor.importing.ReadDocument.Precision;

/**
 * The text of a motion itself (not a letter about one): its title, number and date from the lines above the
 * clauses, its sponsors, outcome and the parties for and against from the lines below them.
 */
final class MotionDocument {

    private static final Pattern LETTERISH = Pattern.compile("(?i)\\b(?:luidt\\s++als\\s++volgt|uw\\s++raad\\s++heeft|geachte)\\b");
    /** "nr. 12", "motienummer: M-3" in the lines above a motion's clauses; the number has a digit. */
    private static final Pattern NUMBER_LABEL = Pattern.compile(
            "(?i)(?:^|\\s)(?:nr\\.?|nummer|motienummer)\\s*+:?+\\s*+((?=[\\w./-]*?\\d)[\\w./-]++)");
    private static final Pattern OUTER_QUOTES = Pattern.compile("^" + MotionMentions.QUOTE_OPEN + "|" + MotionMentions.QUOTE_CLOSE + "$");
    private static final Pattern SPONSORS_AS_TITLE = Pattern.compile("(?i)^van\\s++(?:het\\s++lid|de\\s++leden)\\s.*+");
    private static final Pattern NUMBER_WORD = Pattern.compile("(?i)(?:nr\\.?|nummer)");
    private static final Pattern TITLE_LABEL = Pattern.compile("(?i)^titel\\s*+:\\s*+");
    private static final Pattern TITLE_LINE = Pattern.compile("^titel\\s*+:?+\\s*+(.+)$", ReadingContext.CI);
    private static final Pattern SESSION_LINE = Pattern.compile("vergadering\\s++bijeen|voorgesteld|datum|vergadering\\s++van");

    private final ReadingContext ctx;
    private final HeaderFields header;
    private final Closing closing;
    private final MotionClauses clauses;
    private final MotionTail tail;

    MotionDocument(ReadingContext ctx, HeaderFields header, Closing closing, MotionClauses clauses, Names names) {
        this.ctx = ctx;
        this.header = header;
        this.closing = closing;
        this.clauses = clauses;
        this.tail = new MotionTail(ctx, names);
    }

    /** Whether the text is a motion: it has clauses, nothing of a letter, and names a motion, raad or Kamer early. */
    boolean is() {
        if (clauses.clauseBlocks.isEmpty()) {
            return false;
        }
        String start = ctx.t.substring(0, Math.min(ctx.t.length(), 600)).toLowerCase(Locale.ROOT);
        boolean namesItself = start.contains("motie") || start.contains("de raad") || start.contains("de kamer");
        // a motion's own form may have Onderwerp/Betreft fields and is signed ("Namens de fractie van D66, P. Pieters");
        // a letter has a salutation or a kenmerk
        boolean motionShaped = clauses.endMarkerSeen && namesItself;
        boolean letterish = !motionShaped && (header.has(HeaderField.SUBJECT)
                || closing.signatories.size() > 0 && closing.sender != null)
                || header.has(HeaderField.REFERENCE) || ctx.finds(LETTERISH, ctx.t);
        if (letterish) {
            return false;
        }
        return clauses.endMarkerSeen || namesItself;
    }

    /** Gives the first motion what the lines around the clauses say of it. */
    void read(List<MotionDraft> motions) {
        List<MotionDraft> owners = motions.stream().filter(m -> m.block >= 0)
                .sorted((a, b) -> Integer.compare(a.block, b.block)).toList();
        int tailOfPrevious = 0;
        for (MotionDraft m : owners) {
            int[] span = clauses.blockSpans.get(m.block);
            int next = m.block + 1 < clauses.blockSpans.size() ? clauses.blockSpans.get(m.block + 1)[0] : ctx.t.length();
            boolean several = owners.size() > 1; // a Handelingen: each motion's head and tail lie between its neighbours
            int nextHeading = several ? firstHeadingBetween(span[1], next) : ctx.t.length();
            readHead(m, several ? lastHeadingBetween(tailOfPrevious, span[0]) : 0, span[0]);
            tail.read(m, span[0], span[1], nextHeading);
            tailOfPrevious = nextHeading;
        }
    }

    /** Where the last "Motie …" heading before a block starts, or {@code from} when there is none. */
    private int lastHeadingBetween(int from, int to) {
        int found = from;
        for (int i = ctx.firstLineFrom(from); i < ctx.lines.size() && ctx.lines.get(i).start < to; i++) {
            Line l = ctx.lines.get(i);
            if (!l.blank() && MotionNumbers.heading(ctx.guard(l.trimmed())).isPresent()) {
                found = l.start;
            }
        }
        return found;
    }

    /** Where the first "Motie …" heading after a block starts: the end of that motion's tail in a Handelingen. */
    private int firstHeadingBetween(int from, int to) {
        for (int i = ctx.firstLineFrom(from); i < ctx.lines.size() && ctx.lines.get(i).start < to; i++) {
            Line l = ctx.lines.get(i);
            if (!l.blank() && MotionNumbers.heading(ctx.guard(l.trimmed())).isPresent()) {
                return l.start;
            }
        }
        return to;
    }

    /**
     * The lines before the first clause: "Motie", title, number, "De raad … in vergadering bijeen op …". The title is
     * the one on the "Motie …" line (not a type such as "Motie vreemd aan de orde van de dag."), else a labelled
     * title or subject, else the line after a bare "Motie".
     */
    private void readHead(MotionDraft m, int from, int blockStart) {
        List<Line> head = new ArrayList<>();
        for (int k = ctx.firstLineFrom(from); k < ctx.lines.size(); k++) {
            Line l = ctx.lines.get(k);
            if (l.start >= blockStart) {
                break;
            }
            if (!l.blank() && (l.use == null || l.use == LineRole.HEADER)) {
                head.add(l);
            }
        }
        Sourced<String> nextLineTitle = null;
        String dossier = null;
        boolean numberWithoutDossier = false;
        for (int i = 0; i < head.size(); i++) {
            Line l = head.get(i);
            String s = l.trimmed().replace("*", "").strip();
            int ts = l.trimmedStart();
            Matcher dn = ctx.matcher(KamerstukHead.DOSSIER_LINE, s);
            if (dossier == null && dn.lookingAt()) {
                dossier = dn.group(1).replace(" ", "");
                continue;
            }
            Matcher nm = ctx.matcher(NUMBER_LABEL, s);
            if (m.number == null && nm.find()) {
                // a Kamerstuk's "Nr. 31" under its dossier "36 547" is 36547-31, as the chair numbers it
                String number = dossier != null && Chars.hasOnlyDigits(nm.group(1)) ? dossier + "-" + nm.group(1) : nm.group(1);
                m.number = new Sourced<>(number, new Span(ts + nm.start(1), ts + nm.end(1)));
                numberWithoutDossier = dossier == null && Chars.hasOnlyDigits(nm.group(1));
            }
            Optional<MotionNumbers.Heading> heading = MotionNumbers.heading(ctx.guard(s));
            if (heading.isPresent() && m.number == null && heading.get().number() != null) {
                MotionNumbers.Found n = heading.get().number();
                m.number = new Sourced<>(n.number(), new Span(ts + n.start(), ts + n.end()));
            }
            if (m.title == null && heading.isPresent()) {
                String rest = ctx.replaceAll(OUTER_QUOTES, heading.get().title(), "").strip();
                rest = ctx.replaceAll(SPONSORS_AS_TITLE, rest, "").strip();
                if (rest.codePoints().anyMatch(Character::isLetter) && !ctx.matcher(NUMBER_WORD, rest).lookingAt()) {
                    int at = l.text.indexOf(rest.substring(0, Math.min(5, rest.length())));
                    int st = at >= 0 ? l.start + at : ts;
                    m.title = new Sourced<>(rest, new Span(st, st + rest.length()));
                } else if (rest.isEmpty() && i + 1 < head.size() && nextLineTitle == null) {
                    Line next = head.get(i + 1);
                    String ns = ctx.replaceAll(TITLE_LABEL, ctx.replaceAll(OUTER_QUOTES, next.trimmed().replace("*", ""), ""), "")
                            .strip();
                    if (!ns.toLowerCase(Locale.ROOT).startsWith("de raad") && !ns.toLowerCase(Locale.ROOT).startsWith("de kamer")
                            && ns.length() < 200 && !ctx.finds(SESSION_LINE, ns.toLowerCase(Locale.ROOT))) {
                        int at = next.trimmedStart() + next.trimmed().length() - ns.length();
                        nextLineTitle = new Sourced<>(ns, new Span(at, at + ns.length()));
                    }
                }
            }
            if (m.title == null) {
                Matcher qt = ctx.matcher(TITLE_LINE, s);
                if (qt.matches()) {
                    m.title = new Sourced<>(qt.group(1).strip(), new Span(ts, ts + s.length()));
                }
            }
            if (m.adoptedOn == null && ctx.finds(SESSION_LINE, s.toLowerCase(Locale.ROOT))) {
                // the date may have wrapped onto the next line: "… bijeen op 9 april" / "2026,"
                Line next = i + 1 < head.size() ? head.get(i + 1) : null;
                String both = next == null ? s : s + " " + next.trimmed();
                DutchDateText.firstDate(ctx.guard(both)).ifPresent(fd -> {
                    boolean wrapped = fd.end() > s.length();
                    int start = fd.start() <= s.length() ? ts + fd.start() : next.trimmedStart() + fd.start() - s.length() - 1;
                    int end = wrapped ? next.trimmedStart() + fd.end() - s.length() - 1 : ts + fd.end();
                    m.adoptedOn = new Sourced<>(fd.date(), new Span(start, end));
                    m.precision = Precision.DAY;
                });
            }
        }
        if (numberWithoutDossier && dossier != null) {
            // a publication's table line ("…2015-201631710 nr. 56") may give the number before the dossier line
            m.number = new Sourced<>(dossier + "-" + m.number.value(), m.number.source());
        }
        // a title on the "Motie …" line itself, else a labelled Titel/Onderwerp/Betreft, else the line after "Motie"
        Sourced<String> subject = header.get(HeaderField.SUBJECT);
        if (m.title == null && subject != null && subject.source().start() < blockStart) {
            String t = MotionDraft.withoutFinalStop(subject.value());
            m.title = new Sourced<>(t, new Span(subject.source().start(), subject.source().start() + t.length()));
        }
        if (m.title == null) {
            m.title = nextLineTitle;
        }
    }

    /**
     * What a motion's register entry says of it (iBabs "- Titel / - …", "- Status / - Aangenomen"), where the text
     * itself did not: title, number, date and outcome. The first motion, made when the clauses gave none.
     */
    void readRegistered(List<MotionDraft> motions, ReadDocument.ListItem entry) {
        if (motions.isEmpty()) {
            MotionDraft m = new MotionDraft();
            m.at = entry.source().start();
            m.end = entry.source().end();
            motions.add(m);
        }
        MotionDraft m = motions.get(0);
        if (clauses.blockSpans.isEmpty()) {
            tail.read(m, entry.source().start(), entry.source().start(), ctx.t.length()); // the vote and outcome among its fields
        }
        m.title = m.title != null ? m.title : entry.title();
        m.number = m.number != null ? m.number : entry.number();
        if (m.adoptedOn == null && entry.date() != null) {
            m.adoptedOn = entry.date();
            m.precision = Precision.DAY;
        }
        if (m.outcome == null && entry.status() != null) {
            Outcome outcome = MotionTail.outcomeOf(entry.status().value());
            m.outcome = outcome == null ? null : new Sourced<>(outcome, entry.status().source());
        }
    }

}
