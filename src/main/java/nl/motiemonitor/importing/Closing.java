package nl.motiemonitor.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.motiemonitor.importing.ReadDocument.Signatory;

/**
 * The close of a letter, read from the end up: the greeting, the sender ("Burgemeester en wethouders van X,"), the
 * signatories' roles and names. Its lines are marked when it has a greeting, sender or role.
 */
final class Closing {

    private static final Pattern CLOSING_KEY = Pattern.compile(
            "^(?:met\\s+(?:vriendelijke|hartelijke)\\s+groet(?:en)?|hoogachtend|namens\\s+.+|het\\s+college\\s+van\\s+.+|(?:het\\s+college\\s+van\\s+)?burgemeester\\s+en\\s+wethouders.*"
                    + "|(?:de\\s+)?(?:staatssecretaris|minister(?:-president)?|minister\\s+voor|burgemeester|locoburgemeester|wethouder|secretaris|gemeentesecretaris|griffier|raadsgriffier|voorzitter|dijkgraaf|commissaris\\s+van\\s+de\\s+koning).*"
                    + "|gedeputeerde\\s+staten.*|het\\s+dagelijks\\s+bestuur.*|dijkgraaf\\s+en\\s+heemraden.*|de\\s+raad\\s+van\\s+.*),?$",
            ReadingContext.CI);
    private static final Pattern SENDER = Pattern.compile(
            "(?i)college|burgemeester\\s+en\\s+wethouders|gedeputeerde\\s+staten|dagelijks\\s+bestuur|dijkgraaf\\s+en\\s+heemraden|^de\\s+(?:staatssecretaris|minister)|^namens");
    private static final Pattern ROLE_PART = Pattern.compile(
            "(?iu)^(?:de|De)\\s+\\p{L}.{0,80}|(?:loco)?burgemeester|(?:gemeente)?secretaris|wethouder.*|griffier|voorzitter|dijkgraaf|secretaris-directeur");
    private static final Pattern MINISTER_ROLE = Pattern.compile("(?i)de\\s++(?:staatssecretaris|minister).*+");
    private static final Pattern LEADING_DE = Pattern.compile("(?i)^de\\s++");
    private static final Pattern GREETING = Pattern.compile(
            "(?i)(?:met\\s++(?:vriendelijke|hartelijke)\\s++groet(?:en)?|hoogachtend),?");

    /** The space between two columns of a signature. */
    private static final Pattern COLUMN_GAP = Pattern.compile(" {3,}+");
    /** How many short lines of a web page may follow the signature. */
    private static final int MAX_CHROME = 3;

    private final ReadingContext ctx;
    private final Names names;
    Sourced<String> sender;
    final List<Signatory> signatories = new ArrayList<>();

    Closing(ReadingContext ctx, Names names) {
        this.ctx = ctx;
        this.names = names;
    }

    /** The names on a signature line, one per column (columns are three or more spaces apart); none if it has none. */
    private List<Sourced<String>> namesInColumns(Line l) {
        List<Sourced<String>> found = new ArrayList<>();
        String text = l.text;
        Matcher gap = ctx.matcher(COLUMN_GAP, text);
        int from = 0;
        while (from <= text.length()) {
            int to = gap.find() ? gap.start() : text.length();
            String part = text.substring(from, to).replace("*", "");
            String name = part.strip();
            if (!name.isEmpty() && names.isNameLine(name)) {
                int start = l.start + from + part.indexOf(name);
                found.add(new Sourced<>(name, new Span(start, start + name.length())));
            }
            if (to == text.length()) {
                break;
            }
            from = gap.end();
        }
        return found.size() > 1 || found.size() == 1 && names.isNameLine(l.trimmed().replace("*", "").strip()) ? found
                : List.of();
    }

    /** "H.M.M. Oosters, voorzitter": a name, a comma and a role; null when the line is not one. */
    private String nameAndRole(String s) {
        int comma = s.lastIndexOf(", ");
        if (comma <= 0 || s.length() > 120) {
            return null;
        }
        String role = s.substring(comma + 2).replaceAll("[,.]$", "");
        return names.isNameLine(s.substring(0, comma)) && ctx.matches(ROLE_PART, role) && !ctx.finds(SENDER, role)
                ? role : null;
    }

    /** A web page's short link line: a few words, no sentence, no comma. */
    private static boolean isChrome(String s) {
        return s.length() <= 30 && !Chars.containsAny(s, ".,;:") && s.split(" ").length <= 4;
    }

    /** "Burgemeester, Secretaris,": roles, each one, the list ending on a comma. */
    boolean isRoleLine(String s) {
        if (!s.endsWith(",") || s.length() > 160) {
            return false;
        }
        for (String part : s.substring(0, s.length() - 1).split(",")) {
            String p = part.strip();
            if (p.isEmpty() || !ctx.matches(ROLE_PART, p) || ctx.finds(SENDER, p) && !ctx.matches(MINISTER_ROLE, p)) {
                return false;
            }
        }
        return true;
    }

    void read() {
        List<Line> lines = ctx.lines;
        int first = -1;
        int nonBlank = 0;
        int chrome = 0;
        for (int i = lines.size() - 1; i >= 0 && nonBlank < 30; i--) {
            ctx.tick();
            Line l = lines.get(i);
            if (l.blank() || l.use != null) {
                continue;
            }
            String s = l.trimmed().replace("*", "").strip();
            if (s.length() < 120 && ctx.matches(CLOSING_KEY, s) || isRoleLine(s) || names.isNameLine(s)
                    || nameAndRole(s) != null) {
                first = i;
                nonBlank++;
            } else if (first < 0 && ++chrome <= MAX_CHROME && isChrome(s)) {
                continue; // a web page's "Naar boven" or "Deel deze pagina" after the signature
            } else {
                break;
            }
        }
        if (first < 0) {
            return;
        }
        List<Sourced<String>> pendingRoles = new ArrayList<>();
        boolean any = false;
        List<Line> region = new ArrayList<>();
        for (int i = first; i < lines.size(); i++) {
            ctx.tick();
            Line l = lines.get(i);
            if (l.blank() || l.use != null) {
                continue;
            }
            region.add(l);
            String s = l.trimmed().replace("*", "").strip();
            int start = l.trimmedStart();
            Span span = new Span(start, start + l.trimmed().length());
            if (ctx.matches(GREETING, s)) {
                any = true;
                continue;
            }
            if (sender == null && s.endsWith(",") && ctx.finds(SENDER, s) && !isRoleLine(s)
                    || sender == null && s.endsWith(",") && ctx.matches(MINISTER_ROLE, s)) {
                String value = s.substring(0, s.length() - 1).strip();
                sender = new Sourced<>(value, span);
                any = true;
                if (ctx.matches(MINISTER_ROLE, value)) {
                    pendingRoles.add(new Sourced<>(ctx.replaceAll(LEADING_DE, value, ""), span));
                }
                continue;
            }
            if (isRoleLine(s)) {
                int at = 0;
                for (String part : s.substring(0, s.length() - 1).split(",")) {
                    int idx = l.text.indexOf(part.strip(), at);
                    int ps = idx >= 0 ? l.start + idx : start;
                    pendingRoles.add(new Sourced<>(part.strip(), new Span(ps, ps + part.strip().length())));
                    at = Math.max(at, idx + 1);
                }
                any = true;
                continue;
            }
            int comma = nameAndRole(s) == null ? -1 : s.lastIndexOf(", ");
            if (comma > 0 && (any || sender != null)) {
                // "H.M.M. Oosters, voorzitter": the name and its role on one line
                int at = l.text.indexOf(s);
                int base = l.start + Math.max(at, 0);
                String role = s.substring(comma + 2).replaceAll("[,.]$", "");
                signatories.add(new Signatory(new Sourced<>(s.substring(0, comma), new Span(base, base + comma)),
                        new Sourced<>(role, new Span(base + comma + 2, base + comma + 2 + role.length()))));
                any = true;
                continue;
            }
            if (any || !pendingRoles.isEmpty()) {
                // "A. de Vries             B. Bakker": a signature in columns, one name under each role
                for (Sourced<String> name : namesInColumns(l)) {
                    Sourced<String> role = pendingRoles.isEmpty() ? null : pendingRoles.remove(0);
                    signatories.add(new Signatory(name, role));
                }
            }
        }
        if (any) {
            for (Line l : region) {
                l.use = LineRole.CLOSING;
            }
        }
        if (!pendingRoles.isEmpty() && !signatories.isEmpty()) {
            ctx.warn("reader.warning.signatoryWithoutName");
        }
    }
}
