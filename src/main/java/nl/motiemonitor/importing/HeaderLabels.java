package nl.motiemonitor.importing;

import java.util.List;
import java.util.Locale;

/** The labels of a letter's header ("Ons kenmerk", "Onderwerp:") and where one starts on a line. */
final class HeaderLabels {

    /** Labels, longest first; {@code inline} labels may be followed by their value on the same line. */
    record Label(HeaderField field, String words, boolean inline) {
    }

    /** A label at {@code at} of a line; its value starts at {@code valueAt} (the line's end when it has none). */
    record LabelHit(Label label, int at, int valueAt) {
    }

    private static final List<Label> LABELS = List.of(
            new Label(HeaderField.YOUR_LETTER, "uw brief van", true),
            new Label(HeaderField.YOUR_REFERENCE, "uw kenmerk", true),
            new Label(HeaderField.YOUR_REFERENCE, "uw referentie", true),
            new Label(HeaderField.YOUR_LETTER, "uw brief", true),
            new Label(HeaderField.REFERENCE, "ons kenmerk", true),
            new Label(HeaderField.REFERENCE, "ons nummer", true),
            new Label(HeaderField.REFERENCE, "zaaknummer", true),
            new Label(HeaderField.REFERENCE, "kenmerk", true),
            new Label(HeaderField.REGISTRATION, "ris-nummer", true),
            new Label(HeaderField.REGISTRATION, "risnummer", true),
            new Label(HeaderField.REGISTRATION, "registratienummer", true),
            new Label(HeaderField.SUBJECT, "onderwerp", true),
            new Label(HeaderField.SUBJECT, "betreft", true),
            new Label(HeaderField.DATE, "datum", true),
            new Label(HeaderField.CONTACT, "contactpersoon", true),
            new Label(HeaderField.CONTACT, "behandeld door", true),
            new Label(HeaderField.CONTACT, "inlichtingen bij", true),
            new Label(HeaderField.CONTACT, "steller", true),
            new Label(HeaderField.CONTACT, "inlichtingen", false),
            new Label(HeaderField.DEPARTMENT, "dienst", false),
            new Label(HeaderField.DEPARTMENT, "directie", false),
            new Label(HeaderField.DEPARTMENT, "directoraat-generaal", false),
            new Label(HeaderField.UNIT, "afdeling", false),
            new Label(HeaderField.UNIT, "team", false),
            new Label(HeaderField.PHONE, "telefoonnummer", true),
            new Label(HeaderField.PHONE, "doorkiesnummer", true),
            new Label(HeaderField.PHONE, "telefoon", true),
            new Label(HeaderField.PHONE, "tel.", true),
            new Label(HeaderField.EMAIL, "e-mailadres", true),
            new Label(HeaderField.EMAIL, "e-mail", true),
            new Label(HeaderField.EMAIL, "email", true),
            new Label(HeaderField.ATTACHMENTS, "bijlage(n)", true),
            new Label(HeaderField.ATTACHMENTS, "bijlagen", true),
            new Label(HeaderField.ATTACHMENTS, "bijlage", true),
            new Label(HeaderField.COPY, "kopie aan", true));

    private HeaderLabels() {
    }

    /**
     * The label at {@code at} of {@code s}, or null. With {@code ownLineOnly}, only a label with nothing but a colon
     * after it counts.
     */
    static LabelHit labelAt(String s, int at, boolean ownLineOnly) {
        String lower = s.toLowerCase(Locale.ROOT);
        for (Label label : LABELS) {
            if (!lower.startsWith(label.words(), at)) {
                continue;
            }
            int after = at + label.words().length();
            if (after == s.length() || onlySpacesAndColon(s, after)) {
                return new LabelHit(label, at, s.length());
            }
            if (ownLineOnly) {
                continue;
            }
            char c = s.charAt(after);
            if (c == ':' || (label.inline() && c == ' ')) {
                int v = after;
                while (v < s.length() && (s.charAt(v) == ':' || s.charAt(v) == ' ')) {
                    v++;
                }
                return new LabelHit(label, at, v);
            }
        }
        return null;
    }

    /** Whether {@code s} from {@code from} on is white space with at most one colon in it. */
    static boolean onlySpacesAndColon(String s, int from) {
        boolean colon = false;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ':' && !colon) {
                colon = true;
            } else if (!Chars.isSpace(c)) {
                return false;
            }
        }
        return true;
    }
}
