package nl.motiemonitor.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.motiemonitor.importing.ReadDocument.Clause;
import nl.motiemonitor.importing.ReadDocument.ClauseKind;
import nl.motiemonitor.importing.ReadDocument.Contact;
import nl.motiemonitor.importing.ReadDocument.Discharge;
import nl.motiemonitor.importing.ReadDocument.Footnote;
import nl.motiemonitor.importing.ReadDocument.Kind;
import nl.motiemonitor.importing.ReadDocument.Outcome;
import nl.motiemonitor.importing.ReadDocument.Precision;
import nl.motiemonitor.importing.ReadDocument.Promise;
import nl.motiemonitor.importing.ReadDocument.Signatory;

/**
 * Recognises what a letter or motion says, from its text: header fields, the motions it is about and their clauses,
 * footnotes, whether it claims discharge, and the promises it makes. Every fact carries its source span in the
 * normalised text. Plain Java, thread-safe, and it never throws: on input it cannot make sense of it returns what it
 * found with warnings.
 */
public final class DocumentReader {

    /** Longer texts are cut off here (with a warning); a 500-page letter is well below it. */
    public static final int MAX_CHARS = 3_000_000;
    /** Lines longer than this are not looked at for headings, labels or names (they are still read as text). */
    private static final int LONG_LINE = 2_000;

    public ReadDocument read(String text) {
        String raw = text == null ? "" : text;
        List<String> early = new ArrayList<>();
        if (raw.length() > MAX_CHARS) {
            raw = raw.substring(0, MAX_CHARS);
            early.add("De tekst is langer dan " + MAX_CHARS + " tekens; alleen het begin is gelezen.");
        }
        String normalised = TextNormaliser.normalise(raw);
        try {
            return new Reading(normalised, early).read();
        } catch (RuntimeException | StackOverflowError e) {
            List<String> warnings = new ArrayList<>(early);
            warnings.add("De tekst kon niet volledig worden gelezen (" + e.getClass().getSimpleName()
                    + "); vul de gegevens zelf in.");
            return new ReadDocument(normalised, Kind.UNKNOWN, null, null, null, null, List.of(), null,
                    new Contact(null, null, null, null, null), null, null, List.of(), null, List.of(), List.of(),
                    false, List.of(), List.of(), warnings);
        }
    }

    // ------------------------------------------------------------------------------------------------ patterns

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private enum Field {
        DATE, SUBJECT, REFERENCE, YOUR_REFERENCE, YOUR_LETTER, CONTACT, DEPARTMENT, UNIT, PHONE, EMAIL, ATTACHMENTS,
        REGISTRATION, COPY
    }

    /** Labels, longest first; {@code inline} labels may be followed by their value on the same line. */
    private record Label(Field field, String words, boolean inline) {
    }

    private static final List<Label> LABELS = List.of(
            new Label(Field.YOUR_LETTER, "uw brief van", true),
            new Label(Field.YOUR_REFERENCE, "uw kenmerk", true),
            new Label(Field.YOUR_REFERENCE, "uw referentie", true),
            new Label(Field.YOUR_LETTER, "uw brief", true),
            new Label(Field.REFERENCE, "ons kenmerk", true),
            new Label(Field.REFERENCE, "ons nummer", true),
            new Label(Field.REFERENCE, "zaaknummer", true),
            new Label(Field.REFERENCE, "kenmerk", true),
            new Label(Field.REGISTRATION, "ris-nummer", true),
            new Label(Field.REGISTRATION, "risnummer", true),
            new Label(Field.REGISTRATION, "registratienummer", true),
            new Label(Field.SUBJECT, "onderwerp", true),
            new Label(Field.SUBJECT, "betreft", true),
            new Label(Field.DATE, "datum", true),
            new Label(Field.CONTACT, "contactpersoon", true),
            new Label(Field.CONTACT, "behandeld door", true),
            new Label(Field.CONTACT, "inlichtingen bij", true),
            new Label(Field.CONTACT, "steller", true),
            new Label(Field.CONTACT, "inlichtingen", false),
            new Label(Field.DEPARTMENT, "dienst", false),
            new Label(Field.DEPARTMENT, "directie", false),
            new Label(Field.DEPARTMENT, "directoraat-generaal", false),
            new Label(Field.UNIT, "afdeling", false),
            new Label(Field.UNIT, "team", false),
            new Label(Field.PHONE, "telefoonnummer", true),
            new Label(Field.PHONE, "doorkiesnummer", true),
            new Label(Field.PHONE, "telefoon", true),
            new Label(Field.PHONE, "tel.", true),
            new Label(Field.EMAIL, "e-mailadres", true),
            new Label(Field.EMAIL, "e-mail", true),
            new Label(Field.EMAIL, "email", true),
            new Label(Field.ATTACHMENTS, "bijlage(n)", true),
            new Label(Field.ATTACHMENTS, "bijlagen", true),
            new Label(Field.ATTACHMENTS, "bijlage", true),
            new Label(Field.COPY, "kopie aan", true));

    private static final Pattern STANDALONE_RIS = Pattern.compile("(?i)^(?:ris[- ]?nummer\\s*:?\\s*)?(RIS)\\s?-?\\s?(\\d{5,8})$");
    private static final Pattern RIS_IN_TEXT = Pattern.compile("\\bRIS[\\s-]?(\\d{5,8})\\b");
    private static final Pattern KAMERSTUK = Pattern.compile(
            "(?i)\\bKamerstuk(?:ken)?\\s+(\\d{2}\\s?\\d{3}(?:-[A-Z0-9]+)?),?\\s+nr\\.?\\s*(\\d+)");
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}0-9._%+'-]+@[\\p{L}0-9.-]+\\.[\\p{L}]{2,}");

    private static final Pattern FURNITURE = Pattern.compile(CI_FLAGS()
            + "^(?:retouradres\\b.*|(?:pagina|blz\\.?|page|blad)\\s*\\d+(?:\\s*(?:van|/|of)\\s*\\d+)?"
            + "|[-–]?\\s*\\d{1,3}\\s*[-–]?|\\d{1,3}\\s*/\\s*\\d{1,3}"
            + "|deze brief is (?:elektronisch|digitaal|automatisch) .*|(?:datum|onze referentie) \\d.*van\\s+\\d+)$");

    private static String CI_FLAGS() {
        return "(?iu)";
    }

    private static final String PREFIX = "^(?:en\\s+)?(?:(?:voorts|tevens|verder|mede|ook|daarnaast|nog|bovendien|"
            + "eveneens|bovenal)\\s+)?";
    private static final String ADDRESSEE = "(?:het\\s+college(?:\\s+van\\s+(?:burgemeester\\s+en\\s+wethouders|b\\s*(?:&|en)\\s*w))?"
            + "|de\\s+regering|de\\s+minister(?:-president)?(?:\\s+van\\s+[\\p{L} ]{3,60}?)?|de\\s+staatssecretaris(?:\\s+van\\s+[\\p{L} ]{3,60}?)?"
            + "|de\\s+burgemeester|het\\s+presidium|het\\s+dagelijks\\s+bestuur|gedeputeerde\\s+staten|het\\s+bestuur"
            + "|de\\s+griffie|de\\s+griffier|het\\s+seniorenconvent|de\\s+raad|het\\s+kabinet|b\\s*(?:&|en)\\s*w)";

    private record Heading(ClauseKind kind, Pattern pattern, boolean needsDat) {
    }

    private static final List<Heading> HEADINGS = List.of(
            new Heading(ClauseKind.NOTING, Pattern.compile(PREFIX + "(?:con|kon)sta\\p{L}*?(?:nde|end|ende)\\b", CI), true),
            new Heading(ClauseKind.NOTING, Pattern.compile(PREFIX + "(?:vaststellende|stelt\\s+vast|gelezen\\s+hebbende)\\b", CI), true),
            new Heading(ClauseKind.CONSIDERING, Pattern.compile(PREFIX + "(?:overw\\p{L}*?gende?|in\\s+overweging\\s+nemende"
                    + "|in\\s+aanmerking\\s+nemende|gelet\\s+op\\s+het\\s+feit|van\\s+oordeel\\s+zijnde)\\b", CI), true),
            new Heading(ClauseKind.OPINION, Pattern.compile(PREFIX + "(?:(?:is\\s+)?van\\s+mening|(?:is\\s+)?van\\s+oordeel"
                    + "|spreekt\\s+(?:als\\s+(?:haar|zijn|diens)\\s+(?:mening|oordeel|wens|overtuiging)\\s+)?uit"
                    + "|betreurt|meent)\\b", CI), true),
            new Heading(ClauseKind.REQUEST, Pattern.compile(PREFIX + "(?:verzoekt|verzoeken|vraagt|roept|roepen|nodigt)"
                    + "(?:\\s+daarom|\\s+dan\\s+ook)?\\s+" + ADDRESSEE + "(?:\\s+(?:daarom|dan\\s+ook|uit))?(?:\\s+op)?\\b", CI), false),
            new Heading(ClauseKind.INSTRUCTION, Pattern.compile(PREFIX + "(?:draagt|dragen)(?:\\s+daarom)?\\s+" + ADDRESSEE
                    + "(?:\\s+daarom)?\\s+op\\b", CI), false));

    /** Plain-language headings: "De indieners hoorden dat", "… vinden dat", "… roepen het college op om". */
    private static final Pattern PLAIN_HEADING = Pattern.compile(
            "^(?:(?:de\\s+)?(indieners|ondergetekenden|fracties?\\s+[^,.;:]{1,60}?|wij|we|[\\p{Lu}][\\p{L}&/'-]*(?:\\s*(?:,|en)\\s*[\\p{Lu}][\\p{L}&/'-]*){0,5}))\\s+"
                    + "(hoorden|hoorde|zagen|zag|lazen|las|merkten|merkte|weten|constateren|stellen\\s+vast|zien"
                    + "|denken|overwegen|vinden|vindt|willen|roepen\\s+" + ADDRESSEE + "\\s+op|vragen\\s+" + ADDRESSEE + ")"
                    + "\\s*(?:,\\s*)?(?:dat\\b|om\\b|:|$)", CI);

    private static final Pattern END_OF_MOTION = Pattern.compile(
            "(?:,\\s*)?\\ben\\s+gaa?t\\s+over\\s+tot\\s+de\\s+orde\\s+van\\s+de\\s+dag\\b\\.?", CI);
    private static final Pattern BULLET = Pattern.compile(
            "^(?:[•·◦▪▫‣∙●○■□➢➤►\\-–—*]\\s+|\\(?(?:\\d{1,2}|[a-h]|i{1,3}|iv|v|vi{1,3})[.)]\\s+)");
    private static final Pattern LETTER_PROSE = Pattern.compile(
            "^(?:hierbij|het\\s+college|wij\\b|ik\\b|uw\\s+raad|met\\s+vriendelijke|de\\s+motie|deze\\s+motie|het\\s+kabinet"
                    + "|graag|zoals|naar\\s+aanleiding|voor\\s+afdoening|in\\s+reactie|ter\\s+uitvoering)", CI);

    private static final String QUOTE_OPEN = "['‘\"“„‚«]";
    private static final String QUOTE_CLOSE = "['’\"”»‛]";
    private static final Pattern MOTION_WITH_TITLE = Pattern.compile(
            "\\bmoties?\\b(?:\\s+(?:nr\\.?|nummer)\\s*[\\w./-]+)?(?:\\s+van\\s+(?:het\\s+lid|de\\s+leden|raadslid|de\\s+raadsleden)\\s+[^'‘\"“„.;]{1,80}?)?"
                    + "\\s*:?\\s*" + QUOTE_OPEN + "(.{3,250}?)" + QUOTE_CLOSE + "(?=[\\s).,;:]|$)"
                    + "(?:\\s*\\(([^()]{1,40})\\))?", CI);
    private static final Pattern ADOPTION = Pattern.compile(
            "\\b(aangenomen|ingestemd|aanvaard|verworpen|ingetrokken|aangehouden|unaniem\\s+aangenomen)\\b", CI);
    private static final Pattern DEBATE = Pattern.compile(
            "\\b(?:bespreking|behandeling|debat|beraadslaging|bespreken)\\s+(?:van|over)\\s+(?:het\\s+(?:raads)?voorstel(?:\\s+van\\s+het\\s+college)?\\s+(?:inzake|over|betreffende)\\s+|de\\s+|het\\s+)?"
                    + QUOTE_OPEN + "(.{3,200}?)" + QUOTE_CLOSE + "(?=[\\s).,;:]|$)(?:\\s*\\((RIS\\s?\\d{5,8}|[^()]{1,30})\\))?", CI);
    private static final Pattern SPONSORS = Pattern.compile(
            "\\b(?:door|van)\\s+(?:het\\s+raadslid|de\\s+raadsleden|het\\s+lid|de\\s+leden|raadslid|raadsleden|de\\s+fracties?|de\\s+indieners?)\\s+(.{2,200})",
            CI);
    /** A label of a motion's page or form after its text: "Status", "Voor: GroenLinks", "Datum afdoening". */
    private static final Pattern FIELD_LABEL = Pattern.compile(
            "(?iu)^(status|voor|tegen|uitslag|stemming|stemmen|stemverhouding|datum(?:\\s+\\p{L}+){0,2}+|agendapunt|"
                    + "portefeuillehouder|einddatum|stand\\s+van\\s+zaken|afgedaan|toelichting|fracties?|onthouding|"
                    + "woordvoerder|besluit|onderwerp)\\s*+(?::\\s*+(.*+)|$)");
    private static final Pattern PARTY_AFTER_NAME = Pattern.compile("\\s*+\\([^()]{1,60}+\\)");
    private static final Pattern MISTER = Pattern.compile("^(?:de\\s+heer|mevrouw|mevr\\.|mw\\.|dhr\\.|mr\\.|dr\\.|drs\\.|ir\\.)\\s+", CI);
    private static final Pattern PARTICLE = Pattern.compile(
            "(?:van|de|der|den|het|ten|ter|te|op|in|'t|’t|la|le|du|da|von|zu|el|al|bin|uit|vander|del|dos|das)", CI);

    private static final Pattern CLAIM_NOT = Pattern.compile(
            "(?:beschouw\\p{L}*|acht\\p{L}*)\\s+(?:\\S+\\s+){0,3}?(?:de|deze)\\s+(?:motie|toezegging)\\p{L}*\\s+(?:\\S+\\s+){0,3}?(?:nog\\s+)?niet\\s+(?:als\\s+)?(?:afgedaan|afgehandeld|uitgevoerd|afgerond)"
                    + "|(?:motie|toezegging)\\p{L}*\\s+(?:is|zijn|wordt|worden|kan|kunnen)\\s+(?:hiermee\\s+|daarmee\\s+|dan\\s+ook\\s+)?(?:nog\\s+)?niet\\s+(?:worden\\s+)?(?:als\\s+)?(?:afgedaan|uitgevoerd|afgehandeld|afgerond)"
                    + "|(?:voert|voeren)\\s+(?:\\S+\\s+){0,3}?(?:de|deze)\\s+motie\\s+niet\\s+uit|\\bontraden\\s+wij\\s+de\\s+raad|niet\\s+als\\s+afgedaan", CI);
    private static final Pattern CLAIM = Pattern.compile(
            "beschouw\\p{L}*\\s+(?:\\S+\\s+){0,3}?(?:(?:de|deze|die|beide)\\s+)?(?:motie|moties|toezegging|toezeggingen)(?:\\s+\\S+){0,12}?\\s+(?:als\\s+)?(?:afgedaan|afgehandeld|uitgevoerd|afgerond)"
                    + "|(?:motie|moties|toezegging|toezeggingen)\\s+(?:\\S+\\s+){0,4}?(?:is|zijn|wordt|worden)\\s+(?:hiermee|daarmee|hierbij|met\\s+deze\\s+brief)\\s+(?:\\S+\\s+){0,2}?(?:afgedaan|afgehandeld|uitgevoerd|afgerond|ingelost|nagekomen)"
                    + "|(?:hiermee|daarmee|met\\s+deze\\s+brief)\\s+(?:is|zijn|wordt|worden)\\s+(?:\\S+\\s+){0,6}?(?:motie|moties|toezegging|toezeggingen)\\p{L}*(?:\\s+\\S+){0,12}?\\s+(?:afgedaan|afgehandeld|uitgevoerd|ingelost|nagekomen|afgerond)"
                    + "|(?:doe|doen|doet)\\s+(?:ik|wij|we|het\\s+college|het\\s+kabinet)\\s+(?:hiermee\\s+|hierbij\\s+|daarmee\\s+)?(?:aan\\s+)?(?:de|die|deze|mijn|onze|zijn|haar)\\s+(?:\\S+\\s+){0,2}?toezegging\\p{L}*\\s+gestand"
                    + "|(?:kom|komen|komt)\\s+(?:ik|wij|we|het\\s+college)\\s+(?:hiermee\\s+|hierbij\\s+|daarmee\\s+)?(?:de|mijn|onze|deze|die)\\s+toezegging\\p{L}*\\s+na"
                    + "|voldoe\\p{L}*\\s+(?:\\S+\\s+){0,3}?(?:hiermee\\s+|daarmee\\s+)?aan\\s+(?:de|deze|uw)\\s+(?:motie|toezegging|verzoek)"
                    + "|als\\s+afgedaan\\s+te\\s+beschouwen|(?:motie|toezegging)\\p{L}*\\s+(?:\\S+\\s+){0,3}?af\\s+te\\s+doen", CI);
    private static final Pattern POSTPONED = Pattern.compile(
            "\\buitstel\\b|\\bvertraging\\b|later\\s+dan\\s+(?:gepland|voorzien|toegezegd|verwacht|afgesproken)|nieuwe\\s+termijn|termijn\\s+(?:\\S+\\s+){0,2}?(?:verlengd|verschoven|verlengen|verschuiven|niet\\s+haalbaar|niet\\s+gehaald)"
                    + "|(?:lukt|gelukt)\\s+(?:het\\s+)?(?:ons\\s+|mij\\s+|niet\\s+)?(?:\\S+\\s+){0,3}?(?:niet\\s+)?(?:om\\s+)?(?:\\S+\\s+){0,4}?(?:tijdig|binnen\\s+de\\s+(?:gestelde\\s+)?termijn)"
                    + "|niet\\s+(?:tijdig|binnen\\s+de\\s+(?:gestelde\\s+)?termijn)|meer\\s+tijd\\s+nodig|(?:wordt|is)\\s+(?:uitgesteld|verschoven|vertraagd)", CI);
    private static final Pattern PROGRESS = Pattern.compile(
            "\\bvoortgang|stand\\s+van\\s+zaken|tussenrapportage|tussenstand|informeren\\s+(?:wij|ik)\\s+(?:u|uw\\s+raad|uw\\s+kamer|de\\s+raad)"
                    + "|informeert\\s+het\\s+college|informeer\\s+ik|(?:u|uw\\s+raad|uw\\s+kamer)\\s+(?:\\S+\\s+){0,3}?geïnformeerd|ter\\s+informatie|loopt\\s+nog|zijn\\s+(?:wij|we)\\s+gestart",
            CI);

    private static final Pattern PROMISE_ACTION = Pattern.compile(
            "informeer|informeren|geïnformeerd|geinformeerd|in\\s+kennis|rapporteer|rapportage|terugkomen|terug\\s+te\\s+komen|\\bterug\\b|evaluatie|evalueren|geëvalueerd"
                    + "|voortgangsbrief|ontvangt\\s+(?:u|uw\\s+raad|de\\s+raad|uw\\s+kamer)|toesturen|toezenden|sturen|zenden|voornemens|voorleggen|\\bvoor\\s+te\\s+leggen"
                    + "|besluit\\s+(?:\\S+\\s+){0,2}?genomen|(?:nemen|neemt)\\s+(?:\\S+\\s+){0,3}?besluit|aanbieden|toelichten|presenteren\\s+(?:wij|ik)", CI);
    private static final Pattern PROMISE_EXCLUDED = Pattern.compile(
            "\\b(?:hierbij|hiermee|middels\\s+deze\\s+brief|met\\s+deze\\s+brief|in\\s+deze\\s+brief|als\\s+volgt)\\b|toegezegd"
                    + "|\\b(?:heb|hebben|heeft|had|hadden)\\b.{0,80}?\\b(?:geïnformeerd|geinformeerd|gerapporteerd|toegestuurd|gestuurd|gezonden|aangeboden|geëvalueerd|voorgelegd)\\b"
                    + "|\\b(?:informeerden|informeerde|rapporteerden|stuurden|zonden)\\b", CI);
    private static final Pattern PROMISE_FUTURE = Pattern.compile(
            "\\b(?:zal|zullen|zult|gaan|gaat|ga|wordt|worden|volgt|volgen|voornemens|ontvangt|ontvangen|verwacht|verwachten|komende?|straks|binnenkort|later|spoedig|zodra|na\\s+afloop)\\b",
            CI);
    private static final Pattern ANAPHOR = Pattern.compile("^(?:hierover|daarover|hiervan|daarvan|daarna|hierna|hiervoor|daarvoor)\\b", CI);

    private static final Pattern CLOSING_KEY = Pattern.compile(
            "^(?:met\\s+(?:vriendelijke|hartelijke)\\s+groet(?:en)?|hoogachtend|namens\\s+.+|het\\s+college\\s+van\\s+.+|(?:het\\s+college\\s+van\\s+)?burgemeester\\s+en\\s+wethouders.*"
                    + "|(?:de\\s+)?(?:staatssecretaris|minister(?:-president)?|minister\\s+voor|burgemeester|locoburgemeester|wethouder|secretaris|gemeentesecretaris|griffier|raadsgriffier|voorzitter|dijkgraaf|commissaris\\s+van\\s+de\\s+koning).*"
                    + "|gedeputeerde\\s+staten.*|het\\s+dagelijks\\s+bestuur.*|dijkgraaf\\s+en\\s+heemraden.*|de\\s+raad\\s+van\\s+.*),?$",
            CI);
    private static final Pattern SENDER = Pattern.compile(
            "(?i)college|burgemeester\\s+en\\s+wethouders|gedeputeerde\\s+staten|dagelijks\\s+bestuur|dijkgraaf\\s+en\\s+heemraden|^de\\s+(?:staatssecretaris|minister)|^namens");
    private static final Pattern ROLE_PART = Pattern.compile(
            "(?iu)^(?:de|De)\\s+\\p{L}.{0,80}|(?:loco)?burgemeester|(?:gemeente)?secretaris|wethouder.*|griffier|voorzitter|dijkgraaf|secretaris-directeur");
    private static final Pattern ADDRESSEE_LINE = Pattern.compile(
            "^(?:aan\\s*:?\\s+.+|aan\\s+de\\s+.+|de\\s+leden\\s+van\\s+.+|(?:aan\\s+)?de\\s+(?:gemeente)?raad(?:\\s+van\\s+.+)?|de\\s+voorzitter\\s+van\\s+de\\s+(?:tweede|eerste)\\s+kamer.*)$",
            CI);

    // ------------------------------------------------------------------------------------------------ reading

    private static final class Line {
        final int start;
        final int end;
        final String text;
        String use; // null = body; otherwise why it is not body text

        Line(int start, int end, String text) {
            this.start = start;
            this.end = end;
            this.text = text;
        }

        boolean blank() {
            return text.isBlank();
        }

        String trimmed() {
            return text.strip();
        }

        int trimmedStart() {
            int i = 0;
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            return start + i;
        }
    }

    private record Marker(int start, int end, String marker, String anchor) {
    }

    private record Sentence(String text, Span span, int paragraph) {
    }

    private static final class Reading {
        final String t;
        final List<String> warnings;
        final List<Line> lines = new ArrayList<>();
        final Map<Field, Sourced<String>> fields = new EnumMap<>(Field.class);
        final List<Sourced<String>> registrationNumbers = new ArrayList<>();
        final List<Sourced<String>> otherReferences = new ArrayList<>();
        final TreeMap<Integer, Marker> markers = new TreeMap<>();
        final Map<String, String> footnoteTexts = new HashMap<>();
        final List<Footnote> footnotes = new ArrayList<>();
        Sourced<String> addressee;
        Sourced<String> sender;
        final List<Signatory> signatories = new ArrayList<>();
        final List<MotionDraft> motions = new ArrayList<>();
        final List<int[]> clauseRanges = new ArrayList<>();
        boolean endMarkerSeen;

        Reading(String t, List<String> warnings) {
            this.t = t;
            this.warnings = new ArrayList<>(warnings);
        }

        ReadDocument read() {
            splitLines();
            markFurniture();
            findFootnotes();
            readHeader();
            readClosing();
            readClauses();
            readMotionMentions();
            finishMotions();
            List<Sentence> prose = prose();
            Sourced<Discharge> discharge = discharge(prose);
            Sourced<LocalDate> date = date();
            List<Promise> promises = promises(prose, Sourced.valueOf(date));
            Kind kind = kind(date);
            if (kind != Kind.LETTER) {
                discharge = null;
            }
            boolean claimsAndPromises = discharge != null && discharge.value() == Discharge.CLAIMED && !promises.isEmpty();
            if (claimsAndPromises) {
                warnings.add("De brief meldt afdoening én belooft nog iets (" + promises.size()
                        + (promises.size() == 1 ? " toezegging" : " toezeggingen") + "); controleer of de afdoening terecht is.");
            }
            if (kind == Kind.UNKNOWN && !t.isBlank()) {
                warnings.add("Geen brief of motie herkend; controleer of dit het juiste document is.");
            }
            if (t.isBlank()) {
                warnings.add("Het document bevat geen tekst.");
            }
            if (kind == Kind.LETTER) {
                if (date == null) {
                    warnings.add("Geen datum van de brief gevonden.");
                }
                if (fields.get(Field.SUBJECT) == null) {
                    warnings.add("Geen onderwerp gevonden.");
                }
            }
            for (MotionDraft m : motions) {
                if (m.clauses.isEmpty() && kind == Kind.MOTION) {
                    warnings.add("Geen overwegingen of verzoeken in de motie gevonden.");
                }
            }
            Contact contact = new Contact(fields.get(Field.CONTACT), fields.get(Field.DEPARTMENT), fields.get(Field.UNIT),
                    fields.get(Field.PHONE), fields.get(Field.EMAIL));
            List<ReadDocument.Motion> readMotions = new ArrayList<>();
            for (MotionDraft m : motions) {
                readMotions.add(m.build());
            }
            return new ReadDocument(t, kind, date, fields.get(Field.SUBJECT), fields.get(Field.REFERENCE),
                    fields.get(Field.YOUR_REFERENCE), registrationNumbers, addressee, contact, fields.get(Field.ATTACHMENTS),
                    sender, signatories, discharge, readMotions, promises, claimsAndPromises, footnotes, otherReferences,
                    warnings);
        }

        // -------------------------------------------------------------------------------------------- lines

        void splitLines() {
            int start = 0;
            for (int i = 0; i <= t.length(); i++) {
                if (i == t.length() || t.charAt(i) == '\n') {
                    lines.add(new Line(start, i, t.substring(start, i)));
                    start = i + 1;
                }
            }
        }

        void markFurniture() {
            Map<String, Integer> seen = new HashMap<>();
            for (Line l : lines) {
                String s = l.trimmed();
                if (s.isEmpty() || s.length() > LONG_LINE) {
                    continue;
                }
                if (FURNITURE.matcher(s).matches()) {
                    l.use = "furniture";
                    continue;
                }
                String key = s.replace("*", "").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
                if (key.length() >= 3 && headingOf(s) == null && !BULLET.matcher(s).find()) {
                    if (seen.merge(key, 1, Integer::sum) > 1) {
                        l.use = "repeated";
                    }
                }
            }
        }

        boolean isBlankOrFurniture(int i) {
            Line l = lines.get(i);
            return l.blank() || "furniture".equals(l.use) || "repeated".equals(l.use);
        }

        // -------------------------------------------------------------------------------------------- footnotes

        static final Pattern FOOTNOTE_BODY = Pattern.compile("^(\\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})\\s+(\\S.*)$");
        static final Pattern SUPERSCRIPT = Pattern.compile("(?<=[^\\s¹²³⁴⁵⁶⁷⁸⁹⁰])([¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})");
        static final Pattern GLUED_DIGITS = Pattern.compile("(?<=[\\p{L}.,;:)’”'\"])(\\d{1,2})(?=[\\s.,;:)]|$)");

        void findFootnotes() {
            // 1. candidate bodies: "1 Kamerstuk …" after a blank line or another body, continued until a blank line
            Map<String, int[]> bodies = new LinkedHashMap<>();
            Map<String, List<Integer>> bodyLines = new HashMap<>();
            String current = null;
            for (int i = 0; i < lines.size(); i++) {
                Line l = lines.get(i);
                String s = l.trimmed();
                if (l.blank()) {
                    current = null;
                    continue;
                }
                if (l.use != null || s.length() > LONG_LINE) {
                    continue;
                }
                Matcher m = FOOTNOTE_BODY.matcher(s);
                boolean afterBreak = i == 0 || isBlankOrFurniture(i - 1) || current != null
                        || lines.get(i - 1).trimmed().matches(".*[.;:!?)]$"); // PDF text: no blank line above footnotes
                if (m.matches() && afterBreak && !BULLET.matcher(s).find()) {
                    current = digits(m.group(1));
                    bodies.put(current, new int[] {i, i});
                    bodyLines.computeIfAbsent(current, k -> new ArrayList<>()).add(i);
                } else if (current != null && continuesFootnote(lines.get(bodies.get(current)[1]).trimmed(), s)) {
                    bodies.get(current)[1] = i;
                    bodyLines.get(current).add(i);
                } else {
                    current = null;
                }
            }
            // 2. markers: superscripts always; glued digits only when a body with that number exists, in order
            for (Line l : lines) {
                if (l.use != null || l.text.length() > LONG_LINE) {
                    continue;
                }
                Matcher m = SUPERSCRIPT.matcher(l.text);
                while (m.find()) {
                    addMarker(l.start + m.start(1), l.start + m.end(1), digits(m.group(1)));
                }
            }
            int expected = 1;
            for (int li = 0; li < lines.size(); li++) {
                Line l = lines.get(li);
                if (l.use != null || l.text.length() > LONG_LINE || isBodyLine(bodyLines, li)) {
                    continue;
                }
                Matcher m = GLUED_DIGITS.matcher(l.text);
                while (m.find()) {
                    String n = m.group(1);
                    int number = Integer.parseInt(n);
                    if (bodies.containsKey(n) && number >= expected) {
                        addMarker(l.start + m.start(1), l.start + m.end(1), n);
                        expected = number + 1;
                    }
                }
            }
            // 3. keep the bodies that have a marker; their lines are not body text
            for (Map.Entry<String, int[]> e : bodies.entrySet()) {
                boolean hasMarker = markers.values().stream().anyMatch(mk -> mk.marker().equals(e.getKey()));
                if (!hasMarker) {
                    continue;
                }
                Joined j = new Joined();
                for (int i : bodyLines.get(e.getKey())) {
                    Line l = lines.get(i);
                    l.use = "footnote";
                    appendLine(j, l, l.trimmedStart(), l.end);
                }
                String body = j.toString().replaceFirst("^\\S+\\s+", "").strip();
                footnoteTexts.put(e.getKey(), body);
            }
            for (Marker mk : markers.values()) {
                footnotes.add(new Footnote(mk.marker(), mk.anchor(), -1, footnoteTexts.get(mk.marker()),
                        new Span(mk.start(), mk.end())));
            }
        }

        /** Without a blank line after it (PDF text), a footnote goes on only where its last line clearly does. */
        static boolean continuesFootnote(String previous, String line) {
            if (previous.endsWith("-") || previous.endsWith(",")) {
                return true;
            }
            return !previous.matches(".*[.;:!?]$") && !line.isEmpty() && Character.isLowerCase(line.codePointAt(0));
        }

        static boolean isBodyLine(Map<String, List<Integer>> bodyLines, int li) {
            for (List<Integer> ls : bodyLines.values()) {
                if (ls.contains(li)) {
                    return true;
                }
            }
            return false;
        }

        void addMarker(int start, int end, String marker) {
            int a = start;
            while (a > 0 && !Character.isWhitespace(t.charAt(a - 1))) {
                a--;
            }
            String anchor = t.substring(a, start).replace("*", "");
            String trimmedAnchor = anchor.replaceAll("^[\\p{Punct}‘“]+", "");
            markers.put(start, new Marker(start, end, marker, trimmedAnchor));
        }

        static String digits(String s) {
            StringBuilder b = new StringBuilder();
            for (char c : s.toCharArray()) {
                int i = "⁰¹²³⁴⁵⁶⁷⁸⁹".indexOf(c);
                b.append(i >= 0 ? (char) ('0' + i) : c);
            }
            return b.toString();
        }

        // -------------------------------------------------------------------------------------------- joining

        /** Appends normalised text {@code [from, to)}, leaving out footnote markers and markdown asterisks. */
        void appendLine(Joined j, Line l, int from, int to) {
            if (j.length() > 0) {
                char last = j.last();
                int lastIndex = j.length() - 1;
                char first = from < to ? t.charAt(from) : ' ';
                if (last == '-' && lastIndex > 0 && Character.isLowerCase(j.charAt(lastIndex - 1))
                        && Character.isLowerCase(first)) {
                    j.deleteLast(); // "bestuur-" + "lijke" → "bestuurlijke"
                } else if (last == '-' && lastIndex > 0 && Character.isLetter(j.charAt(lastIndex - 1))) {
                    // "’s-" + "Hertogenbosch": keep the hyphen, no space
                } else {
                    j.space(Math.max(0, from - 1));
                }
            }
            int i = from;
            while (i < to) {
                Map.Entry<Integer, Marker> mk = markers.floorEntry(i);
                if (mk != null && i >= mk.getValue().start() && i < mk.getValue().end()) {
                    i = mk.getValue().end();
                    continue;
                }
                char c = t.charAt(i);
                if (c == '*') {
                    i++;
                    continue;
                }
                if (c == ' ' || c == '\n') {
                    j.space(i);
                } else {
                    j.add(c, i);
                }
                i++;
            }
        }

        static String clean(String s) {
            return s.replaceAll("\\s+", " ").strip();
        }

        // -------------------------------------------------------------------------------------------- header

        record LabelHit(Label label, int at, int valueAt) {
        }

        static LabelHit labelAt(String s, int at, boolean ownLineOnly) {
            String lower = s.toLowerCase(Locale.ROOT);
            for (Label label : LABELS) {
                if (!lower.startsWith(label.words(), at)) {
                    continue;
                }
                int after = at + label.words().length();
                if (after == s.length() || s.substring(after).matches("\\s*:?\\s*")) {
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

        boolean isLabelLine(int i) {
            String s = lines.get(i).trimmed();
            return s.length() < 120 && labelAt(s, 0, false) != null;
        }

        int nextContent(int i, int maxBlanks) {
            int blanks = 0;
            for (int k = i + 1; k < lines.size(); k++) {
                Line l = lines.get(k);
                if (l.blank()) {
                    if (++blanks > maxBlanks) {
                        return -1;
                    }
                    continue;
                }
                if (l.use != null && !"repeated".equals(l.use)) {
                    continue;
                }
                return k;
            }
            return -1;
        }

        /** Not inside a running paragraph (PDF text may have no blank lines around header lines). */
        boolean isolated(int i) {
            if (lines.get(i).trimmed().length() > 100) {
                return false;
            }
            boolean before = i == 0 || lines.get(i - 1).blank() || lines.get(i - 1).use != null || isLabelLine(i - 1)
                    || lines.get(i - 1).trimmed().length() < 70 || lines.get(i - 1).trimmed().matches(".*[.:;!?)]$");
            boolean after = i + 1 >= lines.size() || lines.get(i + 1).blank() || lines.get(i + 1).use != null
                    || isLabelLine(i + 1) || lines.get(i + 1).trimmed().length() < 70
                    || !Character.isLowerCase(lines.get(i + 1).trimmed().codePointAt(0));
            return before && after;
        }

        void readHeader() {
            for (int i = 0; i < lines.size(); i++) {
                Line l = lines.get(i);
                if (l.use != null && !"repeated".equals(l.use) || l.blank()) {
                    continue;
                }
                String s = l.trimmed();
                if (s.length() > 160) {
                    continue;
                }
                int offset = l.trimmedStart();
                Matcher ris = STANDALONE_RIS.matcher(s.replace("*", ""));
                if (ris.matches()) {
                    addRegistration("RIS" + ris.group(2), new Span(offset, offset + s.length()));
                    l.use = "header";
                    continue;
                }
                LabelHit own = labelAt(s, 0, true);
                if (own != null) {
                    l.use = "header";
                    int k = nextContent(i, 3);
                    if (k < 0 || isLabelLine(k) || headingOf(lines.get(k).trimmed()) != null) {
                        continue;
                    }
                    List<Integer> valueLines = new ArrayList<>();
                    valueLines.add(k);
                    Field f = own.label().field();
                    if (f == Field.SUBJECT || f == Field.DEPARTMENT || f == Field.UNIT) {
                        int last = k;
                        while (last + 1 < lines.size() && !lines.get(last + 1).blank() && lines.get(last + 1).use == null
                                && !isLabelLine(last + 1) && lines.get(last + 1).trimmed().length() < 160
                                && !STANDALONE_RIS.matcher(lines.get(last + 1).trimmed()).matches()
                                && !endsSentence(lines.get(last).trimmed())
                                && (f != Field.SUBJECT || continuesSubject(j0(valueLines), lines.get(last + 1).trimmed()))) {
                            valueLines.add(++last);
                        }
                        if (f != Field.SUBJECT && endsWithConnector(lines.get(last).trimmed())) {
                            int more = nextContent(last, 2);
                            if (more >= 0 && !isLabelLine(more)) {
                                valueLines.add(more);
                            }
                        }
                    }
                    Joined j = new Joined();
                    for (int v : valueLines) {
                        Line vl = lines.get(v);
                        vl.use = "header";
                        appendLine(j, vl, vl.trimmedStart(), vl.end);
                    }
                    setField(f, clean(j.toString()), j.span());
                    continue;
                }
                LabelHit first = labelAt(s, 0, false);
                if (first != null && isolated(i)) {
                    l.use = "header";
                    List<LabelHit> hits = new ArrayList<>();
                    hits.add(first);
                    int from = first.valueAt();
                    while (from < s.length()) {
                        LabelHit next = null;
                        for (int at = from; at < s.length(); at++) {
                            if (at > 0 && s.charAt(at - 1) == ' ') {
                                LabelHit h = labelAt(s, at, false);
                                if (h != null && h.label().inline()) {
                                    next = h;
                                    break;
                                }
                            }
                        }
                        if (next == null) {
                            break;
                        }
                        hits.add(next);
                        from = Math.max(next.valueAt(), next.at() + 1);
                    }
                    for (int h = 0; h < hits.size(); h++) {
                        LabelHit hit = hits.get(h);
                        int end = h + 1 < hits.size() ? hits.get(h + 1).at() : s.length();
                        int vs = Math.min(hit.valueAt(), end);
                        while (end > vs && s.charAt(end - 1) == ' ') {
                            end--;
                        }
                        Joined j = new Joined();
                        appendLine(j, l, offset + vs, offset + end);
                        setField(hit.label().field(), clean(j.toString()), j.span());
                    }
                    continue;
                }
                if (addressee == null && ADDRESSEE_LINE.matcher(s).matches() && s.length() < 100) {
                    addressee = new Sourced<>(s.replace("*", "").strip(), new Span(offset, offset + s.length()));
                    l.use = "header";
                }
            }
        }

        String j0(List<Integer> valueLines) {
            StringBuilder b = new StringBuilder();
            for (int v : valueLines) {
                b.append(lines.get(v).trimmed()).append(' ');
            }
            return b.toString().strip();
        }

        /** A subject goes on on the next line while a quote is open, or the line ends on a connector, or the next is lower case. */
        static boolean continuesSubject(String sofar, String next) {
            long open = sofar.chars().filter(c -> c == '‘' || c == '“').count();
            long close = sofar.chars().filter(c -> c == '’' || c == '”').count();
            long straight = sofar.chars().filter(c -> c == '"').count();
            long single = sofar.replaceAll("(?<=\\p{L})'(?=\\p{L})", "").chars().filter(c -> c == '\'').count();
            boolean unbalanced = open > close || straight % 2 == 1 || single % 2 == 1;
            return unbalanced || endsWithConnector(sofar) || !next.isEmpty() && Character.isLowerCase(next.codePointAt(0));
        }

        static boolean endsSentence(String s) {
            return s.endsWith(".") || s.endsWith(":");
        }

        static boolean endsWithConnector(String s) {
            return s.matches("(?iu).*(?:\\s(?:en|van|voor|de|het|der|in|op|&)|[,&-])$");
        }

        void addRegistration(String number, Span span) {
            for (Sourced<String> r : registrationNumbers) {
                if (r.value().equals(number)) {
                    return;
                }
            }
            registrationNumbers.add(new Sourced<>(number, span));
        }

        void setField(Field field, String value, Span span) {
            if (value == null) {
                return;
            }
            value = value.replaceAll("^\\*+|\\*+$", "").strip();
            if (value.isEmpty() || value.matches("[-–—]+|(?i)n\\.?v\\.?t\\.?|geen|/")) {
                return;
            }
            switch (field) {
                case YOUR_LETTER, COPY -> {
                    return;
                }
                case REGISTRATION -> {
                    Matcher m = RIS_IN_TEXT.matcher(value);
                    addRegistration(m.find() ? "RIS" + m.group(1) : value, span);
                    return;
                }
                case EMAIL -> {
                    Matcher m = EMAIL.matcher(value);
                    if (!m.find()) {
                        warnings.add("Het e-mailadres '" + value + "' ziet er niet uit als een e-mailadres.");
                    } else {
                        value = m.group();
                    }
                }
                case DATE -> {
                    Optional<DutchDateText.FoundDate> d = DutchDateText.firstDate(value);
                    if (d.isEmpty()) {
                        warnings.add("De datum '" + value + "' is niet herkend.");
                    }
                }
                case REFERENCE -> {
                    Matcher m = RIS_IN_TEXT.matcher(value);
                    if (m.matches()) {
                        addRegistration("RIS" + m.group(1), span);
                        return;
                    }
                }
                default -> {
                }
            }
            Sourced<String> existing = fields.get(field);
            if (existing == null) {
                fields.put(field, new Sourced<>(value, span));
            } else if (!existing.value().equalsIgnoreCase(value)) {
                warnings.add("Twee waarden voor " + dutchName(field) + ": '" + existing.value() + "' en '" + value
                        + "'; de eerste is gebruikt.");
            }
        }

        static String dutchName(Field f) {
            return switch (f) {
                case DATE -> "de datum";
                case SUBJECT -> "het onderwerp";
                case REFERENCE -> "ons kenmerk";
                case YOUR_REFERENCE -> "uw kenmerk";
                case CONTACT -> "de contactpersoon";
                case DEPARTMENT -> "de dienst";
                case UNIT -> "de afdeling";
                case PHONE -> "het telefoonnummer";
                case EMAIL -> "het e-mailadres";
                case ATTACHMENTS -> "de bijlagen";
                default -> f.name().toLowerCase(Locale.ROOT);
            };
        }

        Sourced<LocalDate> date() {
            Sourced<String> written = fields.get(Field.DATE);
            if (written != null) {
                Optional<DutchDateText.FoundDate> d = DutchDateText.firstDate(written.value());
                if (d.isPresent()) {
                    return new Sourced<>(d.get().date(), written.source());
                }
            }
            // "Den Haag, 31 maart 2026" or a date on a line of its own
            for (Line l : lines) {
                if (l.use != null || l.blank()) {
                    continue;
                }
                String s = l.trimmed().replace("*", "");
                if (s.length() > 60) {
                    continue;
                }
                if (s.matches("(?iu)(?:[\\p{L}' -]{2,40},\\s*)?(?:(?:ma|di|wo|do|vr|maandag|dinsdag|woensdag|donderdag|vrijdag)\\s+)?\\d{1,2}[\\s./-].{2,12}[\\s./-]\\d{4}\\.?")) {
                    Optional<DutchDateText.FoundDate> d = DutchDateText.firstDate(s);
                    if (d.isPresent()) {
                        l.use = "header";
                        return new Sourced<>(d.get().date(), new Span(l.trimmedStart(), l.trimmedStart() + l.trimmed().length()));
                    }
                }
            }
            return null;
        }

        // -------------------------------------------------------------------------------------------- closing

        static boolean isNameLine(String s) {
            if (s.length() < 3 || s.length() > 60 || s.endsWith(",") || s.matches(".*\\d.*")) {
                return false;
            }
            String[] tokens = s.split("\\s+");
            if (tokens.length > 7) {
                return false;
            }
            boolean upper = false;
            for (String tok : tokens) {
                if (Character.isUpperCase(tok.codePointAt(0))) {
                    upper = true;
                } else if (!PARTICLE.matcher(tok).matches()) {
                    return false;
                }
            }
            return upper && Character.isUpperCase(s.codePointAt(0));
        }

        static boolean isRoleLine(String s) {
            if (!s.endsWith(",") || s.length() > 160) {
                return false;
            }
            for (String part : s.substring(0, s.length() - 1).split(",")) {
                String p = part.strip();
                if (p.isEmpty() || !ROLE_PART.matcher(p).matches() || SENDER.matcher(p).find() && !p.matches("(?i)de\\s+(?:staatssecretaris|minister).*")) {
                    return false;
                }
            }
            return true;
        }

        void readClosing() {
            int first = -1;
            int nonBlank = 0;
            for (int i = lines.size() - 1; i >= 0 && nonBlank < 30; i--) {
                Line l = lines.get(i);
                if (l.blank() || l.use != null) {
                    continue;
                }
                String s = l.trimmed().replace("*", "").strip();
                if (CLOSING_KEY.matcher(s).matches() && s.length() < 120 || isRoleLine(s) || isNameLine(s)) {
                    first = i;
                    nonBlank++;
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
                Line l = lines.get(i);
                if (l.blank() || l.use != null) {
                    continue;
                }
                region.add(l);
                String s = l.trimmed().replace("*", "").strip();
                int start = l.trimmedStart();
                Span span = new Span(start, start + l.trimmed().length());
                if (s.matches("(?i)(?:met\\s+(?:vriendelijke|hartelijke)\\s+groet(?:en)?|hoogachtend),?")) {
                    any = true;
                    continue;
                }
                if (sender == null && s.endsWith(",") && SENDER.matcher(s).find() && !isRoleLine(s)
                        || sender == null && s.matches("(?i)de\\s+(?:staatssecretaris|minister).*,")) {
                    String value = s.substring(0, s.length() - 1).strip();
                    sender = new Sourced<>(value, span);
                    any = true;
                    if (value.matches("(?i)de\\s+(?:staatssecretaris|minister).*")) {
                        pendingRoles.add(new Sourced<>(value.replaceFirst("(?i)^de\\s+", ""), span));
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
                if (isNameLine(s) && (any || !pendingRoles.isEmpty())) {
                    Sourced<String> role = pendingRoles.isEmpty() ? null : pendingRoles.remove(0);
                    signatories.add(new Signatory(new Sourced<>(s, span), role));
                }
            }
            if (any) {
                for (Line l : region) {
                    l.use = "closing";
                }
            }
            if (!pendingRoles.isEmpty() && !signatories.isEmpty()) {
                warnings.add("Niet bij elke functie in de ondertekening is een naam gevonden.");
            }
        }

        // -------------------------------------------------------------------------------------------- clauses

        record HeadingHit(ClauseKind kind, int restAt) {
        }

        static HeadingHit headingOf(String s) {
            if (s.length() > LONG_LINE) {
                return null;
            }
            String plain = s.replace("*", "");
            int shift = s.length() - plain.length();
            for (Heading h : HEADINGS) {
                Matcher m = h.pattern().matcher(plain);
                if (m.find()) {
                    int rest = m.end();
                    String after = plain.substring(rest);
                    Matcher tail = Pattern.compile("^\\s*,?\\s*(?:(?:dat|om)\\b\\s*:?|:)?\\s*,?\\s*", CI).matcher(after);
                    tail.find();
                    boolean hasDatOrColon = after.isBlank() || after.matches("(?is)^\\s*,?\\s*(?:dat\\b|:|,).*");
                    if (h.needsDat() && !hasDatOrColon) {
                        continue;
                    }
                    return new HeadingHit(h.kind(), Math.min(s.length(), rest + tail.end() + (shift > 0 ? countStars(s, rest + tail.end()) : 0)));
                }
            }
            return null;
        }

        static int countStars(String s, int plainIndex) {
            int stars = 0;
            int p = 0;
            for (int i = 0; i < s.length() && p < plainIndex; i++) {
                if (s.charAt(i) == '*') {
                    stars++;
                } else {
                    p++;
                }
            }
            return stars;
        }

        static HeadingHit plainHeadingOf(String s, boolean inBlock) {
            if (s.length() > 300) {
                return null;
            }
            Matcher m = PLAIN_HEADING.matcher(s.replace("*", ""));
            if (!m.find()) {
                return null;
            }
            String who = m.group(1).toLowerCase(Locale.ROOT);
            if (!inBlock && !who.startsWith("indieners") && !who.startsWith("ondergetekenden") && !who.startsWith("fractie")) {
                return null;
            }
            String verb = m.group(2).toLowerCase(Locale.ROOT);
            ClauseKind kind = verb.startsWith("roepen") || verb.startsWith("vragen") || verb.startsWith("willen") ? ClauseKind.REQUEST
                    : verb.startsWith("vind") || verb.startsWith("denken") ? ClauseKind.OPINION
                    : verb.startsWith("overwegen") ? ClauseKind.CONSIDERING
                    : ClauseKind.NOTING;
            return new HeadingHit(kind, Math.min(s.length(), m.end() + countStars(s, m.end())));
        }

        final class ItemBuilder {
            final ClauseKind kind;
            final Joined joined = new Joined();
            final List<Line> itemLines = new ArrayList<>();
            int from = -1;
            int to = -1;

            ItemBuilder(ClauseKind kind) {
                this.kind = kind;
            }

            void add(Line l, int start) {
                if (from < 0) {
                    from = start;
                }
                to = l.end;
                itemLines.add(l);
                appendLine(joined, l, start, l.end);
            }
        }

        final List<List<Clause>> clauseBlocks = new ArrayList<>();
        final List<int[]> blockSpans = new ArrayList<>();

        void readClauses() {
            List<Clause> block = null;
            int blockStart = -1;
            ItemBuilder item = null;
            ClauseKind kind = null;
            int itemsInSection = 0;
            boolean lastEndedWithStop = false;
            for (int i = 0; i < lines.size(); i++) {
                Line l = lines.get(i);
                if (l.use != null && !"repeated".equals(l.use)) {
                    if (!"furniture".equals(l.use) && !"footnote".equals(l.use) && block != null) {
                        if (item != null) {
                            lastEndedWithStop = finish(item, block);
                            item = null;
                        }
                    }
                    continue;
                }
                if (l.blank()) {
                    if (item != null) {
                        lastEndedWithStop = finish(item, block);
                        item = null;
                    }
                    continue;
                }
                String s = l.trimmed();
                int ts = l.trimmedStart();
                HeadingHit h = headingOf(s);
                if (h == null) {
                    h = plainHeadingOf(s, block != null);
                }
                if (h != null) {
                    if (item != null) {
                        finish(item, block);
                        item = null;
                    }
                    if (block == null) {
                        block = new ArrayList<>();
                        blockStart = ts;
                    }
                    kind = h.kind();
                    itemsInSection = 0;
                    lastEndedWithStop = false;
                    l.use = "clause";
                    String rest = s.substring(h.restAt());
                    if (!rest.replace("*", "").isBlank()) {
                        item = new ItemBuilder(kind);
                        item.add(l, ts + h.restAt());
                        itemsInSection++;
                    }
                    if (endOfMotion(item, block, blockStart)) {
                        block = null;
                        item = null;
                    }
                    continue;
                }
                if (block == null) {
                    continue;
                }
                Matcher bullet = BULLET.matcher(s);
                boolean isBullet = bullet.find();
                if (!isBullet && item != null && breaksItem(item, s)) {
                    // PDF text has no blank lines between paragraphs: "…;" or "…." + capital starts anew
                    lastEndedWithStop = finish(item, block);
                    item = null;
                }
                if (!isBullet && item == null) {
                    boolean stop = LETTER_PROSE.matcher(s.replace("*", "")).find()
                            || itemsInSection > 0 && Character.isUpperCase(s.replace("*", "").codePointAt(0))
                            && (lastEndedWithStop || kind == ClauseKind.REQUEST || kind == ClauseKind.INSTRUCTION)
                            && !s.matches(".*[;,]\\**$");
                    if (stop) {
                        closeBlock(block, blockStart, lines.get(i - 1 >= 0 ? i - 1 : 0).end);
                        block = null;
                        continue;
                    }
                }
                if (isBullet) {
                    if (item != null) {
                        finish(item, block);
                    }
                    item = new ItemBuilder(kind);
                    item.add(l, ts + bullet.end());
                    itemsInSection++;
                } else if (item == null) {
                    item = new ItemBuilder(kind);
                    item.add(l, ts);
                    itemsInSection++;
                } else {
                    item.add(l, ts);
                }
                l.use = "clause";
                if (endOfMotion(item, block, blockStart)) {
                    block = null;
                    item = null;
                }
            }
            if (block != null) {
                if (item != null) {
                    finish(item, block);
                }
                closeBlock(block, blockStart, item != null ? item.to : blockStart);
            }
        }

        static boolean breaksItem(ItemBuilder item, String line) {
            String sofar = item.joined.toString().replaceAll("[*\\s]+$", "");
            String next = line.replace("*", "").strip();
            if (sofar.isEmpty() || next.isEmpty()) {
                return false;
            }
            boolean upper = Character.isUpperCase(next.codePointAt(0));
            return sofar.endsWith(";") || (sofar.endsWith(".") || sofar.endsWith(":")) && upper;
        }

        /** Ends the block when the current item contains "en gaat over tot de orde van de dag". */
        boolean endOfMotion(ItemBuilder item, List<Clause> block, int blockStart) {
            if (item == null) {
                return false;
            }
            String text = item.joined.toString();
            Matcher m = END_OF_MOTION.matcher(text);
            if (!m.find()) {
                return false;
            }
            endMarkerSeen = true;
            Joined cut = new Joined();
            for (int c = 0; c < m.start(); c++) {
                cut.add(text.charAt(c), item.joined.sourceOf(c));
            }
            ItemBuilder trimmed = new ItemBuilder(item.kind);
            for (int c = 0; c < cut.length(); c++) {
                trimmed.joined.add(cut.charAt(c), cut.sourceOf(c));
            }
            trimmed.from = item.from;
            trimmed.to = item.to;
            finish(trimmed, block);
            closeBlock(block, blockStart, item.to);
            return true;
        }

        boolean finish(ItemBuilder item, List<Clause> block) {
            String text = clean(item.joined.toString());
            text = text.replaceAll("^[,:;\\s]+", "").replaceAll("^(?i)(?:dat|om)\\s*:\\s*", "").strip();
            if (text.isEmpty() || block == null) {
                return false;
            }
            if (text.matches("[\\p{Punct}\\s–—•]+")) {
                return false;
            }
            block.add(new Clause(item.kind, text, item.joined.span()));
            return text.endsWith(".");
        }

        void closeBlock(List<Clause> block, int start, int end) {
            if (block == null || block.isEmpty()) {
                return;
            }
            if (clauseBlocks.contains(block)) {
                return;
            }
            clauseBlocks.add(block);
            int e = Math.max(end, block.get(block.size() - 1).source().end());
            blockSpans.add(new int[] {start, e});
        }

        // -------------------------------------------------------------------------------------------- motions

        final class MotionDraft {
            Sourced<String> title;
            Sourced<String> number;
            Sourced<LocalDate> adoptedOn;
            Precision precision;
            Sourced<String> debate;
            Sourced<String> debateReference;
            final List<Sourced<String>> sponsors = new ArrayList<>();
            Sourced<Outcome> outcome;
            final List<Sourced<String>> partiesFor = new ArrayList<>();
            final List<Sourced<String>> partiesAgainst = new ArrayList<>();
            List<Clause> clauses = List.of();
            int at;
            int end;

            ReadDocument.Motion build() {
                List<Footnote> notes = new ArrayList<>();
                for (Footnote f : footnotes) {
                    for (int c = 0; c < clauses.size(); c++) {
                        Span s = clauses.get(c).source();
                        if (f.source().start() >= s.start() && f.source().start() < s.end()) {
                            notes.add(new Footnote(f.marker(), f.anchor(), c, f.text(), f.source()));
                        }
                    }
                }
                return new ReadDocument.Motion(title, number, adoptedOn, precision, debate, debateReference, sponsors,
                        outcome, partiesFor, partiesAgainst, clauses, notes, new Span(Math.min(at, end), Math.max(at, end)));
            }
        }

        /** Paragraphs of body text (not header, closing, footnotes or quoted clauses), joined. */
        List<Joined> paragraphs(boolean includeClauses) {
            List<Joined> result = new ArrayList<>();
            Joined current = null;
            for (Line l : lines) {
                boolean body = l.use == null || (includeClauses && "clause".equals(l.use));
                if (l.blank() || !body) {
                    if (current != null && (l.blank() || !"furniture".equals(l.use) && !"footnote".equals(l.use)
                            && !"repeated".equals(l.use))) {
                        result.add(current);
                        current = null;
                    }
                    continue;
                }
                if (current == null) {
                    current = new Joined();
                }
                appendLine(current, l, l.trimmedStart(), l.end);
            }
            if (current != null) {
                result.add(current);
            }
            return result;
        }

        List<Sentence> prose() {
            List<Sentence> sentences = new ArrayList<>();
            List<Joined> ps = paragraphs(false);
            for (int p = 0; p < ps.size(); p++) {
                Joined j = ps.get(p);
                String s = j.toString();
                int start = 0;
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    boolean end = i == s.length() - 1;
                    if (!end && (c == '.' || c == '!' || c == '?' || c == ':') && i + 2 < s.length() && s.charAt(i + 1) == ' ') {
                        char next = s.charAt(i + 2);
                        boolean abbreviation = i >= 1 && Character.isUpperCase(s.charAt(i - 1))
                                && (i < 2 || s.charAt(i - 2) == ' ');
                        end = (Character.isUpperCase(next) || next == '‘' || next == '“' || next == '\'' || next == '"')
                                && !abbreviation;
                    }
                    if (end) {
                        String text = s.substring(start, i + 1).strip();
                        if (!text.isEmpty()) {
                            int lead = start;
                            while (lead < i && s.charAt(lead) == ' ') {
                                lead++;
                            }
                            sentences.add(new Sentence(text, j.span(lead, i + 1), p));
                        }
                        start = i + 1;
                    }
                }
            }
            return sentences;
        }

        void readMotionMentions() {
            Sourced<String> subject = fields.get(Field.SUBJECT);
            for (Joined j : paragraphs(false)) {
                String s = j.toString();
                Matcher m = MOTION_WITH_TITLE.matcher(s);
                int consumedTo = -1;
                while (m.find()) {
                    consumedTo = m.end();
                    String title = clean(m.group(1));
                    MotionDraft d = new MotionDraft();
                    d.title = new Sourced<>(title, j.span(m.start(1), m.end(1)));
                    d.at = j.span(m.start(), m.end()).start();
                    d.end = j.span(m.start(), m.end()).end();
                    if (m.group(2) != null) {
                        Matcher ris = RIS_IN_TEXT.matcher(m.group(2));
                        String number = ris.find() ? "RIS" + ris.group(1) : m.group(2).strip();
                        d.number = new Sourced<>(number, j.span(m.start(2), m.end(2)));
                    }
                    describe(d, j, s, m.start(), m.end());
                    addMotion(d, subject != null && subject.value().contains(title));
                }
                for (MotionNumbers.Found n : MotionNumbers.in(s)) {
                    if (n.start() < consumedTo || !aboutAMotion(s, n)) {
                        continue;
                    }
                    String raw = n.number();
                    if (raw.matches("\\d{1,2}") && !s.substring(Math.max(0, n.start() - 12), n.start())
                            .toLowerCase(Locale.ROOT).contains("nr")) {
                        continue;
                    }
                    MotionDraft d = new MotionDraft();
                    d.number = new Sourced<>(raw.startsWith("RIS") ? raw.replaceAll("[\\s-]", "") : raw,
                            j.span(n.start(), n.end()));
                    d.at = j.span(n.start(), n.end()).start();
                    d.end = j.span(n.start(), n.end()).end();
                    describe(d, j, s, n.start(), n.end());
                    addMotion(d, subject != null && subject.value().contains(raw) || answeredIn(s, n.start(), n.end()));
                }
                Matcher k = KAMERSTUK.matcher(s);
                while (k.find()) {
                    otherReferences.add(new Sourced<>("Kamerstuk " + k.group(1) + ", nr. " + k.group(2), j.span(k.start(), k.end())));
                }
                Matcher r = RIS_IN_TEXT.matcher(s);
                while (r.find()) {
                    otherReferences.add(new Sourced<>("RIS" + r.group(1), j.span(r.start(), r.end())));
                }
            }
            if (subject != null && motions.isEmpty()) {
                Matcher m = MOTION_WITH_TITLE.matcher(subject.value());
                if (m.find()) {
                    MotionDraft d = new MotionDraft();
                    d.title = new Sourced<>(clean(m.group(1)), subject.source());
                    d.at = subject.source().start();
                    d.end = subject.source().end();
                    motions.add(d);
                }
            }
        }

        /** Whether the sentence around [from, to) says what the letter does with it: discharge, progress, delay. */
        boolean answeredIn(String s, int from, int to) {
            String sentence = s.substring(sentenceStart(s, from), sentenceEnd(s, to));
            return CLAIM.matcher(sentence).find() || CLAIM_NOT.matcher(sentence).find()
                    || POSTPONED.matcher(sentence).find() || PROGRESS.matcher(sentence).find();
        }

        /** A Kamerstuk or Eerste Kamer number is a motion's only when the sentence names a motion just before it. */
        static boolean aboutAMotion(String s, MotionNumbers.Found n) {
            if (n.shape() == MotionNumbers.Shape.MENTION || n.shape() == MotionNumbers.Shape.CHAIR) {
                return true;
            }
            String before = s.substring(Math.max(0, n.start() - 150), n.start()).toLowerCase(Locale.ROOT);
            int motie = before.lastIndexOf("motie");
            return motie >= 0 && !before.substring(motie).matches("(?s).*[.;!?]\\s.*");
        }

        void describe(MotionDraft d, Joined j, String s, int from, int to) {
            int ss = sentenceStart(s, from);
            int se = sentenceEnd(s, to);
            String sentence = s.substring(ss, se);
            Matcher adopted = ADOPTION.matcher(sentence);
            if (!adopted.find()) {
                return;
            }
            String verb = adopted.group(1).toLowerCase(Locale.ROOT);
            Outcome outcome = verb.contains("verworpen") ? Outcome.REJECTED : verb.contains("ingetrokken") ? Outcome.WITHDRAWN
                    : verb.contains("aangehouden") ? Outcome.HELD : Outcome.ADOPTED;
            d.outcome = new Sourced<>(outcome, j.span(ss + adopted.start(1), ss + adopted.end(1)));
            Matcher debate = DEBATE.matcher(sentence);
            int debateEnd = -1;
            if (debate.find()) {
                d.debate = new Sourced<>(clean(debate.group(1)), j.span(ss + debate.start(1), ss + debate.end(1)));
                debateEnd = debate.end();
                if (debate.group(2) != null) {
                    Matcher ris = RIS_IN_TEXT.matcher(debate.group(2));
                    String ref = ris.find() ? "RIS" + ris.group(1) : debate.group(2).strip();
                    d.debateReference = new Sourced<>(ref, j.span(ss + debate.start(2), ss + debate.end(2)));
                }
            }
            String datePart = debateEnd > 0 ? sentence.substring(debateEnd) : sentence;
            int dateOffset = debateEnd > 0 ? debateEnd : 0;
            Optional<DutchDateText.FoundDate> date = DutchDateText.firstDateOrMonth(datePart);
            if (date.isEmpty() && debateEnd > 0) {
                datePart = sentence.substring(0, debate.start());
                dateOffset = 0;
                date = DutchDateText.firstDateOrMonth(datePart);
            }
            if (date.isPresent()) {
                DutchDateText.FoundDate fd = date.get();
                d.adoptedOn = new Sourced<>(fd.date(), j.span(ss + dateOffset + fd.start(), ss + dateOffset + fd.end()));
                d.precision = fd.precision();
            }
            Matcher sp = SPONSORS.matcher(sentence);
            if (sp.find()) {
                int base = ss + sp.start(1);
                String names = sp.group(1);
                for (int[] range : nameRanges(names)) {
                    String name = names.substring(range[0], range[1]);
                    d.sponsors.add(new Sourced<>(name, j.span(base + range[0], base + range[1])));
                }
            }
        }

        /** Names at the start of {@code s}: "de heer Grinwis de ingediende" → [Grinwis]; "A (CDA) en B" → [A, B]. */
        static List<int[]> nameRanges(String s) {
            List<int[]> result = new ArrayList<>();
            int i = 0;
            while (i < s.length()) {
                Matcher mr = MISTER.matcher(s.substring(i));
                if (mr.find()) {
                    i += mr.end();
                }
                int start = i;
                int lastCapitalEnd = -1;
                int p = i;
                while (p < s.length()) {
                    int e = p;
                    while (e < s.length() && !Character.isWhitespace(s.charAt(e)) && s.charAt(e) != ',' && s.charAt(e) != '('
                            && s.charAt(e) != ')') {
                        e++;
                    }
                    if (e == p) {
                        break;
                    }
                    String tok = s.substring(p, e);
                    if (Character.isUpperCase(tok.codePointAt(0)) && tok.length() > 1) {
                        lastCapitalEnd = e;
                    } else if (!PARTICLE.matcher(tok).matches() && !tok.matches("[\\p{Lu}]\\.?")) {
                        break;
                    }
                    p = e;
                    while (p < s.length() && s.charAt(p) == ' ') {
                        p++;
                    }
                    if (p < s.length() && (s.charAt(p) == ',' || s.charAt(p) == '(')) {
                        break;
                    }
                }
                if (lastCapitalEnd < 0) {
                    break;
                }
                result.add(new int[] {start, lastCapitalEnd});
                int q = lastCapitalEnd;
                while (q < s.length() && s.charAt(q) == ' ') {
                    q++;
                }
                if (q < s.length() && s.charAt(q) == '(') {
                    int close = s.indexOf(')', q);
                    q = close < 0 ? s.length() : close + 1;
                }
                Matcher sep = Pattern.compile("^\\s*(?:,|\\s(?:en|and)\\s|,\\s*en\\s)\\s*").matcher(s.substring(q));
                if (!sep.find()) {
                    break;
                }
                i = q + sep.end();
                if (result.size() > 12) {
                    break;
                }
            }
            return result;
        }

        static int sentenceStart(String s, int from) {
            for (int i = from - 1; i > 0; i--) {
                if ((s.charAt(i - 1) == '.' || s.charAt(i - 1) == '!' || s.charAt(i - 1) == '?') && s.charAt(i) == ' '
                        && i + 1 < s.length() && Character.isUpperCase(s.charAt(i + 1))) {
                    return i + 1;
                }
            }
            return 0;
        }

        static int sentenceEnd(String s, int to) {
            for (int i = to; i < s.length() - 1; i++) {
                if ((s.charAt(i) == '.' || s.charAt(i) == '!' || s.charAt(i) == '?') && s.charAt(i + 1) == ' '
                        && i + 2 < s.length() && Character.isUpperCase(s.charAt(i + 2))) {
                    return i + 1;
                }
            }
            return s.length();
        }

        void addMotion(MotionDraft d, boolean inSubject) {
            boolean adoptedHere = d.outcome != null;
            for (MotionDraft existing : motions) {
                boolean sameTitle = existing.title != null && d.title != null
                        && existing.title.value().equalsIgnoreCase(d.title.value());
                boolean sameNumber = existing.number != null && d.number != null
                        && existing.number.value().equalsIgnoreCase(d.number.value());
                if (sameTitle || sameNumber) {
                    if (existing.number == null) {
                        existing.number = d.number;
                    }
                    if (existing.title == null) {
                        existing.title = d.title;
                    }
                    if (existing.outcome == null && d.outcome != null) {
                        existing.outcome = d.outcome;
                        existing.adoptedOn = d.adoptedOn;
                        existing.precision = d.precision;
                        existing.debate = d.debate;
                        existing.debateReference = d.debateReference;
                        existing.sponsors.addAll(d.sponsors);
                    }
                    return;
                }
            }
            if (adoptedHere || inSubject || motions.isEmpty() && d.title != null) {
                motions.add(d);
            } else {
                otherReferences.add(d.title != null ? d.title : d.number);
            }
        }

        void finishMotions() {
            // registration numbers of motions and debates named in the text are not the letter's own
            for (int b = 0; b < clauseBlocks.size(); b++) {
                List<Clause> block = clauseBlocks.get(b);
                int start = blockSpans.get(b)[0];
                MotionDraft owner = null;
                for (MotionDraft m : motions) {
                    if (m.at <= start && m.clauses.isEmpty() && (owner == null || m.at > owner.at)) {
                        owner = m;
                    }
                }
                if (owner == null) {
                    for (MotionDraft m : motions) {
                        if (m.clauses.isEmpty()) {
                            owner = m;
                            break;
                        }
                    }
                }
                if (owner == null) {
                    owner = new MotionDraft();
                    owner.at = start;
                    motions.add(owner);
                }
                owner.clauses = block;
                owner.end = Math.max(owner.end, blockSpans.get(b)[1]);
            }
            motions.sort((a, b) -> Integer.compare(a.at, b.at));
            Sourced<String> subject = fields.get(Field.SUBJECT);
            boolean discharges = subject != null && subject.value().toLowerCase(Locale.ROOT).matches(".*afdoening\\s+(?:van\\s+de\\s+)?motie.*");
            if (discharges && motions.size() == 1 && motions.get(0).number == null && registrationNumbers.size() == 1) {
                motions.get(0).number = registrationNumbers.get(0);
                warnings.add("Het nummer van de motie staat niet bij de motie; aangenomen is het registratienummer van de brief ("
                        + registrationNumbers.get(0).value() + "), zoals bij een afdoeningsbrief gebruikelijk. Controleer dit.");
            }
            if (motions.size() == 1 && motions.get(0).title == null && subject != null) {
                Matcher m = MOTION_WITH_TITLE.matcher(subject.value());
                if (m.find()) {
                    motions.get(0).title = new Sourced<>(clean(m.group(1)), subject.source());
                }
            }
            // a motion document: title, number, sponsors and outcome around the clauses
            if (isMotionDocument()) {
                readMotionDocument();
            }
            for (MotionDraft m : motions) {
                if (m.number == null && m.title != null && m.outcome != null) {
                    warnings.add("Geen nummer gevonden voor motie '" + m.title.value() + "'.");
                }
            }
        }

        boolean isMotionDocument() {
            if (clauseBlocks.isEmpty()) {
                return false;
            }
            boolean letterish = fields.containsKey(Field.SUBJECT) || fields.containsKey(Field.REFERENCE)
                    || signatories.size() > 0 && sender != null || t.matches("(?is).*\\b(?:luidt\\s+als\\s+volgt|uw\\s+raad\\s+heeft|geachte)\\b.*");
            if (letterish) {
                return false;
            }
            String start = t.substring(0, Math.min(t.length(), 600)).toLowerCase(Locale.ROOT);
            return endMarkerSeen || start.contains("motie") || start.contains("de raad") || start.contains("de kamer");
        }

        void readMotionDocument() {
            if (motions.isEmpty()) {
                return;
            }
            MotionDraft m = motions.get(0);
            int blockStart = blockSpans.get(0)[0];
            // lines before the first clause: "Motie", title, number, "De raad … in vergadering bijeen op …"
            List<Line> head = new ArrayList<>();
            for (Line l : lines) {
                if (l.start >= blockStart) {
                    break;
                }
                if (!l.blank() && (l.use == null || "header".equals(l.use))) {
                    head.add(l);
                }
            }
            Pattern numberPattern = Pattern.compile("(?i)(?:^|\\s)(?:nr\\.?|nummer|motienummer)\\s*:?\\s*([\\w./-]*\\d[\\w./-]*)");
            for (int i = 0; i < head.size(); i++) {
                Line l = head.get(i);
                String s = l.trimmed().replace("*", "").strip();
                int ts = l.trimmedStart();
                Matcher nm = numberPattern.matcher(s);
                if (m.number == null && nm.find()) {
                    m.number = new Sourced<>(nm.group(1), new Span(ts + nm.start(1), ts + nm.end(1)));
                }
                Optional<MotionNumbers.Heading> heading = MotionNumbers.heading(s);
                if (heading.isPresent() && m.number == null && heading.get().number() != null) {
                    MotionNumbers.Found n = heading.get().number();
                    m.number = new Sourced<>(n.number(), new Span(ts + n.start(), ts + n.end()));
                }
                if (m.title == null && heading.isPresent()) {
                    String rest = heading.get().title().replaceAll("^" + QUOTE_OPEN + "|" + QUOTE_CLOSE + "$", "").strip();
                    rest = rest.replaceAll("(?i)^van\\s+(?:het\\s+lid|de\\s+leden)\\s+.*", "").strip();
                    if (!rest.isEmpty() && !rest.matches("(?i)(?:nr\\.?|nummer).*")) {
                        int at = l.text.indexOf(rest.substring(0, Math.min(5, rest.length())));
                        int st = at >= 0 ? l.start + at : ts;
                        m.title = new Sourced<>(rest, new Span(st, st + rest.length()));
                    } else if (i + 1 < head.size()) {
                        Line next = head.get(i + 1);
                        String ns = next.trimmed().replace("*", "").replaceAll("^" + QUOTE_OPEN + "|" + QUOTE_CLOSE + "$", "")
                                .replaceFirst("(?i)^titel\\s*+:\\s*+", "").strip();
                        if (!ns.toLowerCase(Locale.ROOT).startsWith("de raad") && !ns.toLowerCase(Locale.ROOT).startsWith("de kamer")
                                && ns.length() < 200) {
                            int at = next.trimmedStart() + next.trimmed().length() - ns.length();
                            m.title = new Sourced<>(ns, new Span(at, at + ns.length()));
                        }
                    }
                }
                if (m.title == null) {
                    Matcher qt = Pattern.compile("^(?:titel\\s*:?\\s*)" + "(.+)$", CI).matcher(s);
                    if (qt.matches()) {
                        m.title = new Sourced<>(qt.group(1).strip(), new Span(ts, ts + s.length()));
                    }
                }
                if (m.adoptedOn == null && s.toLowerCase(Locale.ROOT).matches(".*(?:vergadering\\s+bijeen|voorgesteld|datum|vergadering\\s+van).*")) {
                    // the date may have wrapped onto the next line: "… bijeen op 9 april" / "2026,"
                    Line next = i + 1 < head.size() ? head.get(i + 1) : null;
                    String both = next == null ? s : s + " " + next.trimmed();
                    DutchDateText.firstDate(both).ifPresent(fd -> {
                        boolean wrapped = fd.end() > s.length();
                        int start = fd.start() <= s.length() ? ts + fd.start() : next.trimmedStart() + fd.start() - s.length() - 1;
                        int end = wrapped ? next.trimmedStart() + fd.end() - s.length() - 1 : ts + fd.end();
                        m.adoptedOn = new Sourced<>(fd.date(), new Span(start, end));
                        m.precision = Precision.DAY;
                    });
                }
            }
            // after the clauses: "Indiener(s): A (X), B (Y)", TK-style names, "Aangenomen"
            int blockEnd = blockSpans.get(blockSpans.size() - 1)[1];
            Pattern sponsorsLabel = Pattern.compile("(?i)^(?:ingediend\\s+door|indiener(?:s|\\(s\\))?|ondertekenaars?)\\s*:?\\s*(.*)$");
            Pattern outcomeLine = Pattern.compile("(?i)^(?:status\\s*:?\\s*)?(aangenomen|verworpen|ingetrokken|aangehouden)\\b.*");
            boolean labelled = false;
            boolean namesEnded = false;
            List<Sourced<String>> votingParties = null;
            for (Line l : lines) {
                if (l.start < blockStart || l.blank() || "footnote".equals(l.use) || "furniture".equals(l.use)) {
                    continue;
                }
                String s = l.trimmed().replace("*", "").strip();
                int ts = l.trimmedStart();
                Matcher o = outcomeLine.matcher(s);
                if (m.outcome == null && o.matches() && s.length() < 80) {
                    String v = o.group(1).toLowerCase(Locale.ROOT);
                    Outcome out = v.equals("verworpen") ? Outcome.REJECTED : v.equals("ingetrokken") ? Outcome.WITHDRAWN
                            : v.equals("aangehouden") ? Outcome.HELD : Outcome.ADOPTED;
                    m.outcome = new Sourced<>(out, new Span(ts + o.start(1), ts + o.end(1)));
                    votingParties = null;
                    continue;
                }
                if (l.start < blockEnd) {
                    continue;
                }
                if (m.number == null) {
                    Optional<MotionNumbers.Found> chair = MotionNumbers.chair(s);
                    if (chair.isPresent()) {
                        m.number = new Sourced<>(chair.get().number(),
                                new Span(ts + chair.get().start(), ts + chair.get().end()));
                        continue;
                    }
                }
                Matcher field = FIELD_LABEL.matcher(s);
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
                Matcher sl = sponsorsLabel.matcher(s);
                if (sl.matches()) {
                    labelled = true;
                    String names = sl.group(1);
                    int base = ts + s.length() - names.length();
                    for (int[] r : withParty(names, nameRanges(names))) {
                        m.sponsors.add(new Sourced<>(names.substring(r[0], r[1]), new Span(base + r[0], base + r[1])));
                    }
                    continue;
                }
                if (!labelled && !namesEnded) {
                    List<int[]> names = nameRanges(s);
                    if (!names.isEmpty() && isNameLine(s.replaceAll("\\s*\\([^)]*\\)", "").strip().replaceAll(",$", ""))
                            || !names.isEmpty() && s.matches("[^.;:]{2,200}") && s.contains("(")) {
                        for (int[] r : withParty(s, names)) {
                            m.sponsors.add(new Sourced<>(s.substring(r[0], r[1]), new Span(ts + r[0], ts + r[1])));
                        }
                    } else {
                        namesEnded = true;
                    }
                }
            }
        }

        /** The names' ranges, each widened over a party group in brackets right after it: "Jansen (D66)". */
        static List<int[]> withParty(String s, List<int[]> names) {
            List<int[]> widened = new ArrayList<>();
            for (int[] r : names) {
                Matcher party = PARTY_AFTER_NAME.matcher(s).region(r[1], s.length());
                widened.add(party.lookingAt() ? new int[] {r[0], party.end()} : r);
            }
            return widened;
        }

        /** "Partij voor de Dieren", "50PLUS", "GroenLinks/PvdA": not a sentence such as "Lees onze andere moties". */
        static boolean isPartyName(String s) {
            String[] words = s.split("\\s+");
            long lowerWords = java.util.Arrays.stream(words).filter(w -> Character.isLowerCase(w.codePointAt(0)))
                    .filter(w -> !w.matches("de|van|het|voor|en|der|'t")).count();
            return words.length <= 6 && lowerWords == 0 && !Character.isLowerCase(s.codePointAt(0));
        }

        /** "PvdD, AWP, CU, 50PLUS": the party groups of a Voor or Tegen line. */
        static void addParties(List<Sourced<String>> parties, String list, int offset) {
            int at = 0;
            for (String part : list.split("[,;]", -1)) {
                String party = part.strip();
                int start = list.indexOf(party, at);
                if (!party.isEmpty() && party.length() <= 60 && !party.matches("(?i)geen|-|–") && isPartyName(party)) {
                    parties.add(new Sourced<>(party, new Span(offset + start, offset + start + party.length())));
                }
                at += part.length() + 1;
            }
        }

        // -------------------------------------------------------------------------------------------- discharge, promises

        Sourced<Discharge> discharge(List<Sentence> prose) {
            Sourced<Discharge> progress = null;
            Sourced<Discharge> postponed = null;
            Sourced<Discharge> claimed = null;
            for (Sentence s : prose) {
                if (CLAIM_NOT.matcher(s.text()).find()) {
                    return new Sourced<>(Discharge.NOT_DISCHARGED, s.span());
                }
                if (claimed == null && CLAIM.matcher(s.text()).find()) {
                    claimed = new Sourced<>(Discharge.CLAIMED, s.span());
                }
                if (postponed == null && POSTPONED.matcher(s.text()).find()) {
                    postponed = new Sourced<>(Discharge.POSTPONED, s.span());
                }
                if (progress == null && PROGRESS.matcher(s.text()).find()) {
                    progress = new Sourced<>(Discharge.PROGRESS, s.span());
                }
            }
            if (claimed != null) {
                return claimed;
            }
            if (postponed != null) {
                return postponed;
            }
            if (progress != null) {
                return progress;
            }
            return null;
        }

        List<Promise> promises(List<Sentence> prose, LocalDate letterDate) {
            List<Promise> result = new ArrayList<>();
            int n = prose.size();
            boolean[] promise = new boolean[n];
            for (int i = 0; i < n; i++) {
                String s = prose.get(i).text();
                if (s.length() > 1500) {
                    continue;
                }
                boolean action = PROMISE_ACTION.matcher(s).find();
                boolean excluded = PROMISE_EXCLUDED.matcher(s).find();
                boolean future = PROMISE_FUTURE.matcher(s).find() || ANAPHOR.matcher(s).find()
                        || DutchDateText.dueDate(s, LocalDate.of(2000, 1, 1)).isPresent();
                promise[i] = action && !excluded && future;
            }
            for (int i = 0; i < n; i++) {
                if (!promise[i]) {
                    continue;
                }
                int first = i;
                if (ANAPHOR.matcher(prose.get(i).text()).find() && i > 0 && !promise[i - 1]
                        && prose.get(i - 1).paragraph() == prose.get(i).paragraph()) {
                    first = i - 1;
                }
                int last = i;
                while (last + 1 < n && promise[last + 1] && prose.get(last + 1).paragraph() == prose.get(i).paragraph()) {
                    last++;
                }
                StringBuilder text = new StringBuilder();
                for (int k = first; k <= last; k++) {
                    text.append(k > first ? " " : "").append(prose.get(k).text());
                }
                Optional<DutchDateText.DueDate> due = Optional.empty();
                for (int k = first; k <= last && due.isEmpty(); k++) {
                    due = DutchDateText.dueDate(prose.get(k).text(), letterDate);
                }
                Span span = new Span(prose.get(first).span().start(), prose.get(last).span().end());
                if (due.isEmpty() && letterDate == null && DutchDateText.dueDate(text.toString(), LocalDate.of(2000, 1, 1)).isPresent()) {
                    warnings.add("Voor de toezegging '" + abbreviate(text.toString()) + "' is geen jaar bekend; vul de termijn zelf in.");
                }
                result.add(new Promise(text.toString(), due.map(DutchDateText.DueDate::date).orElse(null),
                        due.map(DutchDateText.DueDate::phrase).orElse(null), span));
                i = last;
            }
            return result;
        }

        static String abbreviate(String s) {
            return s.length() <= 60 ? s : s.substring(0, 57) + "...";
        }

        // -------------------------------------------------------------------------------------------- kind

        Kind kind(Sourced<LocalDate> date) {
            if (isMotionDocument()) {
                return Kind.MOTION;
            }
            boolean letter = fields.containsKey(Field.SUBJECT) || fields.containsKey(Field.REFERENCE) || date != null
                    || sender != null || !signatories.isEmpty()
                    || Pattern.compile("(?i)\\b(?:geachte|met\\s+vriendelijke\\s+groet|hoogachtend|uw\\s+raad|uw\\s+kamer|"
                            + "hierbij\\s+informe|informeer\\s+ik|informeren\\s+wij)").matcher(t).find();
            if (letter) {
                return Kind.LETTER;
            }
            if (!clauseBlocks.isEmpty()) {
                return Kind.MOTION;
            }
            return Kind.UNKNOWN;
        }
    }
}
