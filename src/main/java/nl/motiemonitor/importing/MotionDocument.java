package nl.motiemonitor.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
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
    /** A label of a motion's page or form after its text: "Status", "Voor: GroenLinks", "Datum afdoening". */
    private static final Pattern FIELD_LABEL = Pattern.compile(
            "(?iu)^(status|voor|tegen|uitslag|stemming|stemmen|stemverhouding|datum(?:\\s+\\p{L}+){0,2}+|agendapunt|"
                    + "portefeuillehouder|einddatum|stand\\s+van\\s+zaken|afgedaan|toelichting|fracties?|onthouding|"
                    + "woordvoerder|besluit|onderwerp)\\s*+(?::\\s*+(.*+)|$)");
    private static final Pattern SPONSORS_LABEL = Pattern.compile(
            "(?i)^(?:ingediend\\s++door|indiener(?:s|\\(s\\))?|ondertekenaars?)\\s*+:?+\\s*+(.*+)$");
    private static final Pattern OUTCOME_LINE = Pattern.compile(
            "(?i)^(?:status\\s*+:?+\\s*+)?(aangenomen|verworpen|ingetrokken|aangehouden)\\b.*+");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[,;]");
    /** The outcome told in a sentence: "De motie wordt door alle aanwezige leden aangenomen.", "… deze motie is verworpen." */
    private static final Pattern PROSE_OUTCOME = Pattern.compile("(?i)\\b(?:de|deze)\\s++motie\\s++(?:\\S++\\s++){0,10}?"
            + "(?:is|wordt|werd)\\s++(?:\\S++\\s++){0,8}?(aangenomen|verworpen|ingetrokken|aangehouden)\\b");
    /** The bullet a register rendering puts before its labels and values: "- Status" / "- Aangenomen". */
    private static final Pattern LABEL_BULLET = Pattern.compile("^[-•]\\s++");
    /** "voorCDA (3), CU-SGP (1)" or "tegenVVD (5)": a vote per party with the label glued on. */
    private static final Pattern GLUED_VOTE = Pattern.compile("(?u)^(voor|tegen|Voor|Tegen)(\\p{Lu}.{0,600}+)$");
    /** A party's seat count after its name: "CDA (3)". */
    private static final Pattern SEATS = Pattern.compile("\\(\\d{1,3}+\\)$");
    /** Lower-case words a party's name may contain: "Partij voor de Dieren". */
    private static final Set<String> PARTY_WORDS = Set.of("de", "van", "het", "voor", "en", "der", "'t");

    private final ReadingContext ctx;
    private final HeaderFields header;
    private final Closing closing;
    private final MotionClauses clauses;
    private final Names names;

    MotionDocument(ReadingContext ctx, HeaderFields header, Closing closing, MotionClauses clauses, Names names) {
        this.ctx = ctx;
        this.header = header;
        this.closing = closing;
        this.clauses = clauses;
        this.names = names;
    }

    /** Whether the text is a motion: it has clauses, nothing of a letter, and names a motion, raad or Kamer early. */
    boolean is() {
        if (clauses.clauseBlocks.isEmpty()) {
            return false;
        }
        String start = ctx.t.substring(0, Math.min(ctx.t.length(), 600)).toLowerCase(Locale.ROOT);
        boolean namesItself = start.contains("motie") || start.contains("de raad") || start.contains("de kamer");
        // a motion's own form may have Onderwerp/Betreft fields; a letter has a salutation, a kenmerk or a signed closing
        boolean letterish = header.has(HeaderField.SUBJECT) && !(clauses.endMarkerSeen && namesItself)
                || header.has(HeaderField.REFERENCE)
                || closing.signatories.size() > 0 && closing.sender != null || ctx.finds(LETTERISH, ctx.t);
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
            readTail(m, span[0], span[1], nextHeading);
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

    /** After the clauses: "Indiener(s): A (X), B (Y)", TK-style names, "Aangenomen", "Voor: …", the chair's number. */
    private void readTail(MotionDraft m, int blockStart, int blockEnd, int tailEnd) {
        boolean labelled = false;
        boolean namesEnded = false;
        List<Sourced<String>> votingParties = null;
        for (int k = ctx.firstLineFrom(blockStart); k < ctx.lines.size(); k++) {
            Line l = ctx.lines.get(k);
            ctx.tick();
            if (l.start >= tailEnd) {
                break;
            }
            if (l.blank() || l.use == LineRole.FOOTNOTE || l.use == LineRole.FURNITURE) {
                continue;
            }
            String line = l.trimmed().replace("*", "");
            Matcher bullet = ctx.matcher(LABEL_BULLET, line);
            int cut = bullet.lookingAt() ? bullet.end() : 0;
            String s = line.substring(cut).strip();
            int ts = l.trimmedStart() + cut;
            Matcher o = ctx.matcher(OUTCOME_LINE, s);
            if (m.outcome == null && o.matches() && s.length() < 80) {
                Outcome out = outcomeOf(o.group(1));
                m.outcome = new Sourced<>(out, new Span(ts + o.start(1), ts + o.end(1)));
                votingParties = null;
                continue;
            }
            if (l.start < blockEnd) {
                continue;
            }
            Matcher prose = ctx.matcher(PROSE_OUTCOME, s);
            if (m.outcome == null && prose.find()) {
                m.outcome = new Sourced<>(outcomeOf(prose.group(1)), new Span(ts + prose.start(1), ts + prose.end(1)));
                continue;
            }
            if (m.number == null) {
                Optional<MotionNumbers.Found> chair = MotionNumbers.chair(ctx.guard(s));
                if (chair.isPresent()) {
                    m.number = new Sourced<>(chair.get().number(),
                            new Span(ts + chair.get().start(), ts + chair.get().end()));
                    continue;
                }
            }
            Matcher glued = ctx.matcher(GLUED_VOTE, s);
            if (glued.matches()) {
                // "voorCDA (3), CU-SGP (1)": a register's vote per party, the label glued to the parties
                addParties(glued.group(1).equalsIgnoreCase("voor") ? m.partiesFor : m.partiesAgainst, glued.group(2),
                        ts + glued.start(2));
                namesEnded = true;
                continue;
            }
            Matcher field = ctx.matcher(FIELD_LABEL, s);
            if (field.matches()) {
                // a label of the site or form ("Status", "Voor: …"): no sponsor's name; Voor/Tegen list parties
                namesEnded = true;
                String label = field.group(1).toLowerCase(Locale.ROOT);
                votingParties = label.equals("voor") ? m.partiesFor : label.equals("tegen") ? m.partiesAgainst : null;
                if (votingParties != null && field.group(2) != null && !field.group(2).isBlank()) {
                    addParties(votingParties, field.group(2), ts + field.start(2));
                    votingParties = null;
                }
                continue;
            }
            if (votingParties != null) {
                addParties(votingParties, s, ts);
                votingParties = null;
                continue;
            }
            Matcher sl = ctx.matcher(SPONSORS_LABEL, s);
            if (sl.matches()) {
                labelled = true;
                String found = sl.group(1);
                int base = ts + s.length() - found.length();
                for (int[] r : names.withParty(found, names.nameRanges(found))) {
                    m.sponsors.add(new Sourced<>(found.substring(r[0], r[1]), new Span(base + r[0], base + r[1])));
                }
                continue;
            }
            if (!labelled && !namesEnded) {
                List<int[]> ranges = names.nameRanges(s);
                if (!ranges.isEmpty() && names.isNameLine(withoutTrailingComma(Names.withoutBrackets(s).strip()))
                        || !ranges.isEmpty() && s.length() >= 2 && s.length() <= 200 && !Chars.containsAny(s, ".;:") && s.contains("(")) {
                    for (int[] r : names.withParty(s, ranges)) {
                        m.sponsors.add(new Sourced<>(s.substring(r[0], r[1]), new Span(ts + r[0], ts + r[1])));
                    }
                } else {
                    namesEnded = true;
                }
            }
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
            readTail(m, entry.source().start(), entry.source().start(), ctx.t.length()); // the vote and outcome among its fields
        }
        m.title = m.title != null ? m.title : entry.title();
        m.number = m.number != null ? m.number : entry.number();
        if (m.adoptedOn == null && entry.date() != null) {
            m.adoptedOn = entry.date();
            m.precision = Precision.DAY;
        }
        if (m.outcome == null && entry.status() != null) {
            Outcome outcome = outcomeOf(entry.status().value());
            m.outcome = outcome == null ? null : new Sourced<>(outcome, entry.status().source());
        }
    }

    /** The outcome a status word states ("Aangenomen", "Motie verworpen"), or null. */
    static Outcome outcomeOf(String status) {
        String s = status.toLowerCase(Locale.ROOT);
        return s.contains("verworpen") ? Outcome.REJECTED : s.contains("ingetrokken") ? Outcome.WITHDRAWN
                : s.contains("aangehouden") ? Outcome.HELD : s.contains("aangenomen") || s.contains("overgenomen")
                ? Outcome.ADOPTED : null;
    }

    static String withoutTrailingComma(String s) {
        return s.endsWith(",") ? s.substring(0, s.length() - 1) : s;
    }

    /** "Partij voor de Dieren", "50PLUS", "GroenLinks/PvdA": not a sentence such as "Lees onze andere moties". */
    boolean isPartyName(String s) {
        String[] words = ctx.split(ReadingContext.WHITESPACE, s, 0);
        long lowerWords = Arrays.stream(words).filter(w -> Character.isLowerCase(w.codePointAt(0)))
                .filter(w -> !PARTY_WORDS.contains(w)).count();
        return words.length <= 6 && lowerWords == 0 && !Character.isLowerCase(s.codePointAt(0));
    }

    /** "PvdD, AWP, CU, 50PLUS": the party groups of a Voor or Tegen line. */
    void addParties(List<Sourced<String>> parties, String list, int offset) {
        int at = 0;
        for (String part : ctx.split(LIST_SEPARATOR, list, -1)) {
            ctx.tick();
            String party = ctx.replaceAll(SEATS, part.strip(), "").strip();
            int start = list.indexOf(party, at);
            if (!party.isEmpty() && party.length() <= 60 && !party.equalsIgnoreCase("geen") && !party.equals("-")
                    && !party.equals("–") && isPartyName(party)) {
                parties.add(new Sourced<>(party, new Span(offset + start, offset + start + party.length())));
            }
            at += part.length() + 1;
        }
    }
}
