package nl.motiemonitor.importing;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.motiemonitor.importing.ReadDocument.Outcome;

/**
 * What follows a motion's clauses: its sponsors ("Indiener(s): A (X), B (Y)", names on lines of their own), its
 * outcome ("Aangenomen", "De motie wordt … aangenomen"), the parties for and against ("Voor: …", "voorCDA (3), …"),
 * and the number the chair gives it.
 */
final class MotionTail {

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
    /** "Namens de fractie van D66,": the party of the names that follow. */
    private static final Pattern ON_BEHALF = Pattern.compile("(?i)^namens\\s++(?:de\\s++)?(?:fractie\\s++(?:van\\s++)?)?([^,]{2,60}+),?+$");
    /** A party's seat count after its name: "CDA (3)". */
    private static final Pattern SEATS = Pattern.compile("\\(\\d{1,3}+\\)$");
    /** Lower-case words a party's name may contain: "Partij voor de Dieren". */
    private static final Set<String> PARTY_WORDS = Set.of("de", "van", "het", "voor", "en", "der", "'t");

    private final ReadingContext ctx;
    private final Names names;

    MotionTail(ReadingContext ctx, Names names) {
        this.ctx = ctx;
        this.names = names;
    }

    /** After the clauses: "Indiener(s): A (X), B (Y)", TK-style names, "Aangenomen", "Voor: …", the chair's number. */
    void read(MotionDraft m, int blockStart, int blockEnd, int tailEnd) {
        boolean labelled = false;
        String party = null;
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
            Matcher onBehalf = ctx.matcher(ON_BEHALF, s);
            if (!labelled && !namesEnded && onBehalf.matches()) {
                party = onBehalf.group(1).strip(); // "Namens de fractie van D66," over the names that sign
                continue;
            }
            if (!labelled && !namesEnded) {
                List<int[]> ranges = names.nameRanges(s);
                if (!ranges.isEmpty() && names.isNameLine(withoutTrailingComma(Names.withoutBrackets(s).strip()))
                        || !ranges.isEmpty() && s.length() >= 2 && s.length() <= 200 && !Chars.containsAny(s, ".;:") && s.contains("(")) {
                    for (int[] r : names.withParty(s, ranges)) {
                        String name = s.substring(r[0], r[1]);
                        name = party != null && !name.contains("(") ? withoutTrailingComma(name) + " (" + party + ")" : name;
                        m.sponsors.add(new Sourced<>(name, new Span(ts + r[0], ts + r[1])));
                    }
                } else {
                    namesEnded = true;
                }
            }
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
