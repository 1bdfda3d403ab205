package nl.motiemonitor.importing;

import java.time.Duration;
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
 * <p>
 * Reading is bounded in time (issue 12.4): every pattern is linear in its input (possessive quantifiers, bounded
 * repetition, no case-insensitive {@code \p{Lu}}; {@code PatternsAreLinearTest} counts it), every loop over lines,
 * sentences or motions is linear too, and every matcher reads the text through a {@link DeadlineText}, so even what
 * nobody foresaw stops at the {@link ReadingDeadline} with {@link #TOO_SLOW}.
 */
public final class DocumentReader {

    /** Longer texts are cut off here (with a warning); a 500-page letter is well below it. */
    public static final int MAX_CHARS = 3_000_000;
    /** Lines longer than this are not looked at for headings, labels or names (they are still read as text). */
    private static final int LONG_LINE = 2_000;
    /** The warning, and the clerk's message, when reading took longer than its time. */
    public static final ReaderMessage TOO_SLOW = ReaderMessage.of("reader.tooSlow");
    /** At most this many warnings; a hostile text would otherwise bring one per line. */
    private static final int MAX_WARNINGS = 50;

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
            return new Reading(normalised, early, deadline).read();
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

    private static final Pattern STANDALONE_RIS = Pattern.compile("(?i)^(?:ris[- ]?nummer\\s*+:?+\\s*+)?(RIS)\\s?-?\\s?(\\d{5,8})$");
    private static final Pattern RIS_IN_TEXT = Pattern.compile("\\bRIS[\\s-]?(\\d{5,8})\\b");
    private static final Pattern KAMERSTUK = Pattern.compile(
            "(?i)\\bKamerstuk(?:ken)?\\s++(\\d{2}\\s?\\d{3}(?:-[A-Z0-9]++)?+),?+\\s++nr\\.?+\\s*+(\\d++)");
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\p{L}0-9._%+'-])[\\p{L}0-9._%+'-]++@[\\p{L}0-9.-]+\\.[\\p{L}]{2,}");

    private static final Pattern FURNITURE = Pattern.compile(CI_FLAGS()
            + "^(?:retouradres\\b.*|(?:pagina|blz\\.?|page|blad)\\s*\\d+(?:\\s*(?:van|/|of)\\s*\\d+)?"
            + "|[-–]?\\s*\\d{1,3}\\s*[-–]?|\\d{1,3}\\s*/\\s*\\d{1,3}"
            + "|deze brief is (?:elektronisch|digitaal|automatisch) .*|(?:datum|onze referentie) \\d.*van\\s+\\d+)$");

    private static String CI_FLAGS() {
        return "(?iu)";
    }

    private static final String PREFIX = "^(?:en\\s++)?(?:(?:voorts|tevens|verder|mede|ook|daarnaast|nog|bovendien|"
            + "eveneens|bovenal)\\s++)?";
    private static final String ADDRESSEE = "(?:het\\s+college(?:\\s+van\\s+(?:burgemeester\\s+en\\s+wethouders|b\\s*(?:&|en)\\s*w))?"
            + "|de\\s+regering|de\\s+minister(?:-president)?(?:\\s+van\\s+[\\p{L} ]{3,60}?)?|de\\s+staatssecretaris(?:\\s+van\\s+[\\p{L} ]{3,60}?)?"
            + "|de\\s+burgemeester|het\\s+presidium|het\\s+dagelijks\\s+bestuur|gedeputeerde\\s+staten|het\\s+bestuur"
            + "|de\\s+griffie|de\\s+griffier|het\\s+seniorenconvent|de\\s+raad|het\\s+kabinet|b\\s*(?:&|en)\\s*w)";

    private record Heading(ClauseKind kind, Pattern pattern, boolean needsDat) {
    }

    private static final List<Heading> HEADINGS = List.of(
            new Heading(ClauseKind.NOTING, Pattern.compile(PREFIX + "(?:con|kon)sta\\p{L}*+(?<=nde|end)\\b", CI), true),
            new Heading(ClauseKind.NOTING, Pattern.compile(PREFIX + "(?:vaststellende|stelt\\s+vast|gelezen\\s+hebbende)\\b", CI), true),
            new Heading(ClauseKind.CONSIDERING, Pattern.compile(PREFIX + "(?:overw\\p{L}*+(?<=gend|gende)|in\\s+overweging\\s+nemende"
                    + "|in\\s+aanmerking\\s+nemende|gelet\\s+op\\s+het\\s+feit|van\\s+oordeel\\s+zijnde)\\b", CI), true),
            new Heading(ClauseKind.OPINION, Pattern.compile(PREFIX + "(?:(?:is\\s+)?van\\s+mening|(?:is\\s+)?van\\s+oordeel"
                    + "|spreekt\\s+(?:als\\s+(?:haar|zijn|diens)\\s+(?:mening|oordeel|wens|overtuiging)\\s+)?uit"
                    + "|betreurt|meent)\\b", CI), true),
            new Heading(ClauseKind.REQUEST, Pattern.compile(PREFIX + "(?:verzoekt|verzoeken|vraagt|roept|roepen|nodigt)"
                    + "(?:\\s+daarom|\\s+dan\\s+ook)?\\s+" + ADDRESSEE + "(?:\\s+(?:daarom|dan\\s+ook|uit))?(?:\\s+op)?\\b", CI), false),
            new Heading(ClauseKind.INSTRUCTION, Pattern.compile(PREFIX + "(?:draagt|dragen)(?:\\s+daarom)?\\s+" + ADDRESSEE
                    + "(?:\\s+daarom)?\\s+op\\b", CI), false));

    /** A capitalised name (of a party group): the case-insensitive flag is off for its first letter. */
    private static final String NAME = "(?-i:\\p{Lu})[\\p{L}&/'-]*+";
    /**
     * Plain-language headings: "De indieners hoorden dat", "… vinden dat", "… roepen het college op om". The names
     * ("GroenLinks, D66 en PvdA") are read word by word without giving back: each word once (issue 12.4).
     */
    private static final Pattern PLAIN_HEADING = Pattern.compile(
            "^(?:(?:de\\s+)?(indieners|ondergetekenden|fracties?\\s++[^,.;:\\s][^,.;:]{0,59}?|wij|we|" + NAME
                    + "(?:\\s*+(?:,|en)\\s*+" + NAME + "){0,5}+))\\s++"
                    + "(hoorden|hoorde|zagen|zag|lazen|las|merkten|merkte|weten|constateren|stellen\\s+vast|zien"
                    + "|denken|overwegen|vinden|vindt|willen|roepen\\s+" + ADDRESSEE + "\\s+op|vragen\\s+" + ADDRESSEE + ")"
                    + "\\s*+(?:,\\s*+)?(?:dat\\b|om\\b|:|$)", CI);

    private static final Pattern END_OF_MOTION = Pattern.compile(
            "(?:,\\s*+)?\\ben\\s++gaa?t\\s++over\\s++tot\\s++de\\s++orde\\s++van\\s++de\\s++dag\\b\\.?", CI);
    private static final Pattern BULLET = Pattern.compile(
            "^(?:[•·◦▪▫‣∙●○■□➢➤►\\-–—*]\\s+|\\(?(?:\\d{1,2}|[a-h]|i{1,3}|iv|v|vi{1,3})[.)]\\s+)");
    private static final Pattern LETTER_PROSE = Pattern.compile(
            "^(?:hierbij|het\\s+college|wij\\b|ik\\b|uw\\s+raad|met\\s+vriendelijke|de\\s+motie|deze\\s+motie|het\\s+kabinet"
                    + "|graag|zoals|naar\\s+aanleiding|voor\\s+afdoening|in\\s+reactie|ter\\s+uitvoering)", CI);

    private static final String QUOTE_OPEN = "['‘\"“„‚«]";
    private static final String QUOTE_CLOSE = "['’\"”»‛]";
    private static final Pattern MOTION_WITH_TITLE = Pattern.compile(
            "\\bmoties?\\b(?:\\s++(?:nr\\.?|nummer)\\s*+[\\w./-]++)?(?:\\s+van\\s+(?:het\\s+lid|de\\s+leden|raadslid|de\\s+raadsleden)\\s+[^'‘\"“„.;]{1,80}?)?"
                    + "\\s*+:?+\\s*+" + QUOTE_OPEN + "(.{3,250}?)" + QUOTE_CLOSE + "(?=[\\s).,;:]|$)"
                    + "(?:\\s*+\\(([^()]{1,40})\\))?", CI);
    private static final Pattern ADOPTION = Pattern.compile(
            "\\b(aangenomen|ingestemd|aanvaard|verworpen|ingetrokken|aangehouden|unaniem\\s+aangenomen)\\b", CI);
    private static final Pattern DEBATE = Pattern.compile(
            "\\b(?:bespreking|behandeling|debat|beraadslaging|bespreken)\\s+(?:van|over)\\s+(?:het\\s+(?:raads)?voorstel(?:\\s+van\\s+het\\s+college)?\\s+(?:inzake|over|betreffende)\\s+|de\\s+|het\\s+)?"
                    + QUOTE_OPEN + "(.{3,200}?)" + QUOTE_CLOSE + "(?=[\\s).,;:]|$)(?:\\s*\\((RIS\\s?\\d{5,8}|[^()]{1,30})\\))?", CI);
    private static final Pattern SPONSORS = Pattern.compile(
            "\\b(?:door|van)\\s++(?:het\\s++(?:raadslid|lid)|de\\s++(?:raadsleden|leden|fracties?|indieners?)|raadsl(?:id|eden))"
                    + "\\s++(.{2,200})",
            CI);
    /** A label of a motion's page or form after its text: "Status", "Voor: GroenLinks", "Datum afdoening". */
    private static final Pattern FIELD_LABEL = Pattern.compile(
            "(?iu)^(status|voor|tegen|uitslag|stemming|stemmen|stemverhouding|datum(?:\\s+\\p{L}+){0,2}+|agendapunt|"
                    + "portefeuillehouder|einddatum|stand\\s+van\\s+zaken|afgedaan|toelichting|fracties?|onthouding|"
                    + "woordvoerder|besluit|onderwerp)\\s*+(?::\\s*+(.*+)|$)");
    private static final Pattern PARTY_AFTER_NAME = Pattern.compile("(?<!\\s)\\s*+\\([^()]{1,60}+\\)");
    private static final Pattern MISTER = Pattern.compile("^(?:de\\s+heer|mevrouw|mevr\\.|mw\\.|dhr\\.|mr\\.|dr\\.|drs\\.|ir\\.)\\s+", CI);
    private static final Pattern PARTICLE = Pattern.compile(
            "(?:van|de|der|den|het|ten|ter|te|op|in|'t|’t|la|le|du|da|von|zu|el|al|bin|uit|vander|del|dos|das)", CI);

    /**
     * The rest of a word after its stem ("beschouw|en", "toezegging|en"): at most 20 letters, read once. Unbounded,
     * a stem repeated in one long word ("beschouwbeschouw…") made every occurrence read to the word's end.
     */
    private static final String SUFFIX = "\\p{L}{0,20}+";
    private static final Pattern CLAIM_NOT = Pattern.compile(
            "(?:beschouw" + SUFFIX + "|acht" + SUFFIX + ")\\s+(?:\\S++\\s++){0,3}?(?:de|deze)\\s+(?:motie|toezegging)" + SUFFIX + "\\s+(?:\\S++\\s++){0,3}?(?:nog\\s+)?niet\\s+(?:als\\s+)?(?:afgedaan|afgehandeld|uitgevoerd|afgerond)"
                    + "|(?:motie|toezegging)" + SUFFIX + "\\s+(?:is|zijn|wordt|worden|kan|kunnen)\\s+(?:hiermee\\s+|daarmee\\s+|dan\\s+ook\\s+)?(?:nog\\s+)?niet\\s+(?:worden\\s+)?(?:als\\s+)?(?:afgedaan|uitgevoerd|afgehandeld|afgerond)"
                    + "|(?:voert|voeren)\\s+(?:\\S++\\s++){0,3}?(?:de|deze)\\s+motie\\s+niet\\s+uit|\\bontraden\\s+wij\\s+de\\s+raad|niet\\s+als\\s+afgedaan", CI);
    private static final Pattern CLAIM = Pattern.compile(
            "beschouw" + SUFFIX + "\\s+(?:\\S++\\s++){0,3}?(?:(?:de|deze|die|beide)\\s+)?(?:motie|moties|toezegging|toezeggingen)(?:\\s++\\S++){0,12}?\\s+(?:als\\s+)?(?:afgedaan|afgehandeld|uitgevoerd|afgerond)"
                    + "|(?:motie|moties|toezegging|toezeggingen)\\s+(?:\\S++\\s++){0,4}?(?:is|zijn|wordt|worden)\\s+(?:hiermee|daarmee|hierbij|met\\s+deze\\s+brief)\\s+(?:\\S++\\s++){0,2}?(?:afgedaan|afgehandeld|uitgevoerd|afgerond|ingelost|nagekomen)"
                    + "|(?:hiermee|daarmee|met\\s+deze\\s+brief)\\s+(?:is|zijn|wordt|worden)\\s+(?:\\S++\\s++){0,6}?(?:motie|moties|toezegging|toezeggingen)" + SUFFIX + "(?:\\s++\\S++){0,12}?\\s+(?:afgedaan|afgehandeld|uitgevoerd|ingelost|nagekomen|afgerond)"
                    + "|(?:doe|doen|doet)\\s+(?:ik|wij|we|het\\s+college|het\\s+kabinet)\\s+(?:hiermee\\s+|hierbij\\s+|daarmee\\s+)?(?:aan\\s+)?(?:de|die|deze|mijn|onze|zijn|haar)\\s+(?:\\S++\\s++){0,2}?toezegging" + SUFFIX + "\\s+gestand"
                    + "|(?:kom|komen|komt)\\s+(?:ik|wij|we|het\\s+college)\\s+(?:hiermee\\s+|hierbij\\s+|daarmee\\s+)?(?:de|mijn|onze|deze|die)\\s+toezegging" + SUFFIX + "\\s+na"
                    + "|voldoe" + SUFFIX + "\\s+(?:\\S++\\s++){0,3}?(?:hiermee\\s+|daarmee\\s+)?aan\\s+(?:de|deze|uw)\\s+(?:motie|toezegging|verzoek)"
                    + "|als\\s+afgedaan\\s+te\\s+beschouwen|(?:motie|toezegging)" + SUFFIX + "\\s+(?:\\S++\\s++){0,3}?af\\s+te\\s+doen", CI);
    private static final Pattern POSTPONED = Pattern.compile(
            "\\buitstel\\b|\\bvertraging\\b|later\\s+dan\\s+(?:gepland|voorzien|toegezegd|verwacht|afgesproken)|nieuwe\\s+termijn|termijn\\s+(?:\\S++\\s++){0,2}?(?:verlengd|verschoven|verlengen|verschuiven|niet\\s+haalbaar|niet\\s+gehaald)"
                    + "|(?:lukt|gelukt)\\s+(?:het\\s+)?(?:ons\\s+|mij\\s+|niet\\s+)?(?:\\S++\\s++){0,3}?(?:niet\\s+)?(?:om\\s+)?(?:\\S++\\s++){0,4}?(?:tijdig|binnen\\s+de\\s+(?:gestelde\\s+)?termijn)"
                    + "|niet\\s+(?:tijdig|binnen\\s+de\\s+(?:gestelde\\s+)?termijn)|meer\\s+tijd\\s+nodig|(?:wordt|is)\\s+(?:uitgesteld|verschoven|vertraagd)", CI);
    private static final Pattern PROGRESS = Pattern.compile(
            "\\bvoortgang|stand\\s+van\\s+zaken|tussenrapportage|tussenstand|informeren\\s+(?:wij|ik)\\s+(?:u|uw\\s+raad|uw\\s+kamer|de\\s+raad)"
                    + "|informeert\\s+het\\s+college|informeer\\s+ik|(?:u|uw\\s+raad|uw\\s+kamer)\\s+(?:\\S++\\s++){0,3}?geïnformeerd|ter\\s+informatie|loopt\\s+nog|zijn\\s+(?:wij|we)\\s+gestart",
            CI);

    private static final Pattern PROMISE_ACTION = Pattern.compile(
            "informeer|informeren|geïnformeerd|geinformeerd|in\\s+kennis|rapporteer|rapportage|terugkomen|terug\\s+te\\s+komen|\\bterug\\b|evaluatie|evalueren|geëvalueerd"
                    + "|voortgangsbrief|ontvangt\\s+(?:u|uw\\s+raad|de\\s+raad|uw\\s+kamer)|toesturen|toezenden|sturen|zenden|voornemens|voorleggen|\\bvoor\\s+te\\s+leggen"
                    + "|besluit\\s+(?:\\S++\\s++){0,2}?genomen|(?:nemen|neemt)\\s+(?:\\S++\\s++){0,3}?besluit|aanbieden|toelichten|presenteren\\s+(?:wij|ik)", CI);
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
            "^(?:aan(?:\\s*+:)?\\s++.+|aan\\s+de\\s+.+|de\\s+leden\\s+van\\s+.+|(?:aan\\s++)?de\\s++(?:gemeente)?raad(?:\\s++van\\s++.+)?|de\\s+voorzitter\\s+van\\s+de\\s+(?:tweede|eerste)\\s+kamer.*)$",
            CI);

    // ------------------------------------------------------------------------------------------------ reading

    private static final class Line {
        final int start;
        final int end;
        final String text;
        LineRole use; // null = body; otherwise why it is not body text

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

    // Patterns the reading stages use on lines and snippets (kept here, compiled once, so PatternsAreLinearTest
    // sees every one of them).
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[,;]");
    private static final Pattern NO_VALUE = Pattern.compile("[-–—]+|(?i)n\\.?v\\.?t\\.?|geen|/");
    private static final Pattern DATE_LINE = Pattern.compile("(?iu)^(?:[\\p{L}' -]{2,40},\\s*)?(?:(?:ma|di|wo|do|vr|maandag"
            + "|dinsdag|woensdag|donderdag|vrijdag)\\s+)?\\d{1,2}[\\s./-].{2,12}[\\s./-]\\d{4}\\.?");
    private static final Pattern MINISTER_ROLE = Pattern.compile("(?i)de\\s++(?:staatssecretaris|minister).*+");
    private static final Pattern LEADING_DE = Pattern.compile("(?i)^de\\s++");
    private static final Pattern GREETING = Pattern.compile(
            "(?i)(?:met\\s++(?:vriendelijke|hartelijke)\\s++groet(?:en)?|hoogachtend),?");
    /** What may follow a heading before its clause starts: ", dat:", "om", ":". */
    private static final Pattern HEADING_TAIL = Pattern.compile(
            "^\\s*+,?+\\s*+(?:(?:dat|om)\\b\\s*+:?+|:)?+\\s*+,?+\\s*+", CI);
    /** A heading that needs "dat" has it, or a colon or comma, after optional spaces. */
    private static final Pattern DAT_OR_COLON = Pattern.compile("^\\s*+(?:dat\\b|[:,])", CI);
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[,:;\\s]++");
    private static final Pattern LEADING_DAT_COLON = Pattern.compile("^(?i)(?:dat|om)\\s*+:\\s*+");
    private static final Pattern ONLY_PUNCTUATION = Pattern.compile("[\\p{Punct}\\s–—•]++");
    private static final Pattern NAME_SEPARATOR = Pattern.compile("^\\s*(?:,|\\s(?:en|and)\\s|,\\s*en\\s)\\s*+");
    private static final Pattern DISCHARGE_SUBJECT = Pattern.compile("afdoening\\s++(?:van\\s++de\\s++)?motie");
    private static final Pattern LETTERISH = Pattern.compile("(?i)\\b(?:luidt\\s++als\\s++volgt|uw\\s++raad\\s++heeft|geachte)\\b");
    private static final Pattern LETTER_WORDS = Pattern.compile("(?i)\\b(?:geachte|met\\s+vriendelijke\\s+groet|hoogachtend|uw\\s+raad"
            + "|uw\\s+kamer|hierbij\\s+informe|informeer\\s+ik|informeren\\s+wij)");
    /** "nr. 12", "motienummer: M-3" in the lines above a motion's clauses; the number has a digit. */
    private static final Pattern NUMBER_LABEL = Pattern.compile(
            "(?i)(?:^|\\s)(?:nr\\.?|nummer|motienummer)\\s*+:?+\\s*+((?=[\\w./-]*?\\d)[\\w./-]++)");
    private static final Pattern OUTER_QUOTES = Pattern.compile("^" + QUOTE_OPEN + "|" + QUOTE_CLOSE + "$");
    private static final Pattern SPONSORS_AS_TITLE = Pattern.compile("(?i)^van\\s++(?:het\\s++lid|de\\s++leden)\\s.*+");
    private static final Pattern NUMBER_WORD = Pattern.compile("(?i)(?:nr\\.?|nummer)");
    private static final Pattern TITLE_LABEL = Pattern.compile("(?i)^titel\\s*+:\\s*+");
    private static final Pattern TITLE_LINE = Pattern.compile("^titel\\s*+:?+\\s*+(.+)$", CI);
    private static final Pattern SESSION_LINE = Pattern.compile("vergadering\\s++bijeen|voorgesteld|datum|vergadering\\s++van");
    private static final Pattern SPONSORS_LABEL = Pattern.compile(
            "(?i)^(?:ingediend\\s++door|indiener(?:s|\\(s\\))?|ondertekenaars?)\\s*+:?+\\s*+(.*+)$");
    private static final Pattern OUTCOME_LINE = Pattern.compile(
            "(?i)^(?:status\\s*+:?+\\s*+)?(aangenomen|verworpen|ingetrokken|aangehouden)\\b.*+");
    private static final Pattern TRAILING_COMMA = Pattern.compile(",$");
    private static final Pattern SPACE_OR_DASH = Pattern.compile("[\\s-]");
    /** Lower-case words a party's name may contain: "Partij voor de Dieren". */
    private static final java.util.Set<String> PARTY_WORDS = java.util.Set.of("de", "van", "het", "voor", "en", "der", "'t");
    /** Regular-expression white space ({@code \\s}): what the patterns above call a space. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static boolean endsWithAny(String s, String chars) {
        return !s.isEmpty() && chars.indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    private static final class Reading {
        final String t;
        final ReadingDeadline deadline;
        final List<ReaderMessage> warnings;
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

        int ticks;

        Reading(String t, List<ReaderMessage> warnings, ReadingDeadline deadline) {
            this.t = t;
            this.deadline = deadline;
            this.warnings = new ArrayList<>(warnings);
        }

        // -------------------------------------------------------------------------------------------- the deadline

        /** A matcher on document text that stops at the deadline. */
        Matcher matcher(Pattern pattern, CharSequence text) {
            return pattern.matcher(deadline.guard(text));
        }

        boolean matches(Pattern pattern, CharSequence text) {
            return matcher(pattern, text).matches();
        }

        boolean finds(Pattern pattern, CharSequence text) {
            return matcher(pattern, text).find();
        }

        String replaceAll(Pattern pattern, CharSequence text, String replacement) {
            return matcher(pattern, text).replaceAll(replacement);
        }

        String[] split(Pattern pattern, CharSequence text, int limit) {
            return pattern.split(deadline.guard(text), limit);
        }

        /** For loops that match nothing: looks at the clock every 256 steps. */
        void tick() {
            if ((++ticks & 0xFF) == 0) {
                deadline.check();
            }
        }

        /** Adds a warning, up to {@value DocumentReader#MAX_WARNINGS} of them. */
        void warn(String code, Object... arguments) {
            if (warnings.size() < MAX_WARNINGS) {
                warnings.add(ReaderMessage.of(code, arguments));
            } else if (warnings.size() == MAX_WARNINGS) {
                warnings.add(ReaderMessage.of("reader.warning.more"));
            }
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
                warn("reader.warning.dischargeAndPromises", promises.size());
            }
            if (kind == Kind.UNKNOWN && !t.isBlank()) {
                warn("reader.warning.unknownKind");
            }
            if (t.isBlank()) {
                warn("reader.warning.noText");
            }
            if (kind == Kind.LETTER) {
                if (date == null) {
                    warn("reader.warning.noDate");
                }
                if (fields.get(Field.SUBJECT) == null) {
                    warn("reader.warning.noSubject");
                }
            }
            for (MotionDraft m : motions) {
                if (m.clauses.isEmpty() && kind == Kind.MOTION) {
                    warn("reader.warning.noClauses");
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
                    List.of(), warnings);
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
                tick();
                String s = l.trimmed();
                if (s.isEmpty() || s.length() > LONG_LINE) {
                    continue;
                }
                if (matches(FURNITURE, s)) {
                    l.use = LineRole.FURNITURE;
                    continue;
                }
                String key = replaceAll(WHITESPACE, s.replace("*", ""), " ").toLowerCase(Locale.ROOT);
                if (key.length() >= 3 && headingOf(s) == null && !finds(BULLET, s)) {
                    if (seen.merge(key, 1, Integer::sum) > 1) {
                        l.use = LineRole.REPEATED;
                    }
                }
            }
        }

        boolean isBlankOrFurniture(int i) {
            Line l = lines.get(i);
            return l.blank() || l.use == LineRole.FURNITURE || l.use == LineRole.REPEATED;
        }

        // -------------------------------------------------------------------------------------------- footnotes

        static final Pattern FOOTNOTE_BODY = Pattern.compile("^(\\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})\\s++(\\S.*)$");
        static final Pattern SUPERSCRIPT = Pattern.compile("(?<=[^\\s¹²³⁴⁵⁶⁷⁸⁹⁰])([¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})");
        static final Pattern GLUED_DIGITS = Pattern.compile("(?<=[\\p{L}.,;:)’”'\"])(\\d{1,2})(?=[\\s.,;:)]|$)");

        void findFootnotes() {
            // 1. candidate bodies: "1 Kamerstuk …" after a blank line or another body, continued until a blank line
            Map<String, int[]> bodies = new LinkedHashMap<>();
            Map<String, List<Integer>> bodyLines = new HashMap<>();
            java.util.BitSet inBody = new java.util.BitSet(lines.size());
            String current = null;
            for (int i = 0; i < lines.size(); i++) {
                tick();
                Line l = lines.get(i);
                String s = l.trimmed();
                if (l.blank()) {
                    current = null;
                    continue;
                }
                if (l.use != null || s.length() > LONG_LINE) {
                    continue;
                }
                Matcher m = matcher(FOOTNOTE_BODY, s);
                boolean afterBreak = i == 0 || isBlankOrFurniture(i - 1) || current != null
                        || endsWithAny(lines.get(i - 1).trimmed(), ".;:!?)"); // PDF text: no blank line above footnotes
                if (m.matches() && afterBreak && !finds(BULLET, s)) {
                    current = digits(m.group(1));
                    bodies.put(current, new int[] {i, i});
                    bodyLines.computeIfAbsent(current, k -> new ArrayList<>()).add(i);
                    inBody.set(i);
                } else if (current != null && continuesFootnote(lines.get(bodies.get(current)[1]).trimmed(), s)) {
                    bodies.get(current)[1] = i;
                    bodyLines.get(current).add(i);
                    inBody.set(i);
                } else {
                    current = null;
                }
            }
            // 2. markers: superscripts always; glued digits only when a body with that number exists, in order
            for (Line l : lines) {
                tick();
                if (l.use != null || l.text.length() > LONG_LINE) {
                    continue;
                }
                Matcher m = matcher(SUPERSCRIPT, l.text);
                while (m.find()) {
                    addMarker(l.start + m.start(1), l.start + m.end(1), digits(m.group(1)));
                }
            }
            int expected = 1;
            for (int li = 0; li < lines.size(); li++) {
                Line l = lines.get(li);
                tick();
                if (l.use != null || l.text.length() > LONG_LINE || inBody.get(li)) {
                    continue;
                }
                Matcher m = matcher(GLUED_DIGITS, l.text);
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
            java.util.Set<String> marked = new java.util.HashSet<>();
            for (Marker mk : markers.values()) {
                marked.add(mk.marker());
            }
            for (Map.Entry<String, int[]> e : bodies.entrySet()) {
                if (!marked.contains(e.getKey())) {
                    continue;
                }
                Joined j = new Joined();
                for (int i : bodyLines.get(e.getKey())) {
                    Line l = lines.get(i);
                    l.use = LineRole.FOOTNOTE;
                    appendLine(j, l, l.trimmedStart(), l.end);
                }
                String body = withoutFirstWord(j.toString()).strip();
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
            return !endsWithAny(previous, ".;:!?") && !line.isEmpty() && Character.isLowerCase(line.codePointAt(0));
        }

        /** "1 Kamerstuk 33 959" → "Kamerstuk 33 959": the text after the first word and the spaces after it. */
        static String withoutFirstWord(String s) {
            int i = 0;
            while (i < s.length() && !isSpace(s.charAt(i))) {
                i++;
            }
            if (i == 0 || i == s.length()) {
                return s;
            }
            while (i < s.length() && isSpace(s.charAt(i))) {
                i++;
            }
            return s.substring(i);
        }

        void addMarker(int start, int end, String marker) {
            int a = start;
            while (a > 0 && !Character.isWhitespace(t.charAt(a - 1))) {
                a--;
            }
            String anchor = t.substring(a, start).replace("*", "");
            int lead = 0;
            while (lead < anchor.length() && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~‘“".indexOf(anchor.charAt(lead)) >= 0) {
                lead++;
            }
            String trimmedAnchor = anchor.substring(lead);
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

        String clean(String s) {
            return replaceAll(WHITESPACE, s, " ").strip();
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
                } else if (!isSpace(c)) {
                    return false;
                }
            }
            return true;
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
                if (l.use != null && l.use != LineRole.REPEATED) {
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
                    || lines.get(i - 1).trimmed().length() < 70 || endsWithAny(lines.get(i - 1).trimmed(), ".:;!?)");
            boolean after = i + 1 >= lines.size() || lines.get(i + 1).blank() || lines.get(i + 1).use != null
                    || isLabelLine(i + 1) || lines.get(i + 1).trimmed().length() < 70
                    || !Character.isLowerCase(lines.get(i + 1).trimmed().codePointAt(0));
            return before && after;
        }

        void readHeader() {
            for (int i = 0; i < lines.size(); i++) {
                tick();
                Line l = lines.get(i);
                if (l.use != null && l.use != LineRole.REPEATED || l.blank()) {
                    continue;
                }
                String s = l.trimmed();
                if (s.length() > 160) {
                    continue;
                }
                int offset = l.trimmedStart();
                Matcher ris = matcher(STANDALONE_RIS, s.replace("*", ""));
                if (ris.matches()) {
                    addRegistration("RIS" + ris.group(2), new Span(offset, offset + s.length()));
                    l.use = LineRole.HEADER;
                    continue;
                }
                LabelHit own = labelAt(s, 0, true);
                if (own != null) {
                    l.use = LineRole.HEADER;
                    int k = nextContent(i, 3);
                    if (k < 0 || isLabelLine(k) || headingOf(lines.get(k).trimmed()) != null) {
                        continue;
                    }
                    List<Integer> valueLines = new ArrayList<>();
                    valueLines.add(k);
                    Field f = own.label().field();
                    if (f == Field.SUBJECT || f == Field.DEPARTMENT || f == Field.UNIT) {
                        int last = k;
                        SubjectSoFar subject = new SubjectSoFar(lines.get(k).trimmed());
                        while (last + 1 < lines.size() && !lines.get(last + 1).blank() && lines.get(last + 1).use == null
                                && !isLabelLine(last + 1) && lines.get(last + 1).trimmed().length() < 160
                                && !matches(STANDALONE_RIS, lines.get(last + 1).trimmed())
                                && !endsSentence(lines.get(last).trimmed())
                                && (f != Field.SUBJECT || subject.continuesWith(lines.get(last + 1).trimmed()))) {
                            tick();
                            valueLines.add(++last);
                            subject.add(lines.get(last).trimmed());
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
                        vl.use = LineRole.HEADER;
                        appendLine(j, vl, vl.trimmedStart(), vl.end);
                    }
                    setField(f, clean(j.toString()), j.span());
                    continue;
                }
                LabelHit first = labelAt(s, 0, false);
                if (first != null && isolated(i)) {
                    l.use = LineRole.HEADER;
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
                if (addressee == null && s.length() < 100 && matches(ADDRESSEE_LINE, s)) {
                    addressee = new Sourced<>(s.replace("*", "").strip(), new Span(offset, offset + s.length()));
                    l.use = LineRole.HEADER;
                }
            }
        }

        /**
         * The lines of a subject so far, joined by spaces, counted as they come (one pass over each line): it goes on
         * on the next line while a quote is open, or it ends on a connector, or the next line starts in lower case.
         */
        static final class SubjectSoFar {
            long open;
            long close;
            long straight;
            long single;
            String last = "";

            SubjectSoFar(String first) {
                add(first);
            }

            void add(String line) {
                for (int i = 0; i < line.length(); i++) {
                    char c = line.charAt(i);
                    if (c == '‘' || c == '“') {
                        open++;
                    } else if (c == '’' || c == '”') {
                        close++;
                    } else if (c == '"') {
                        straight++;
                    } else if (c == '\'' && !(i > 0 && Character.isLetter(line.charAt(i - 1)) && i + 1 < line.length()
                            && Character.isLetter(line.charAt(i + 1)))) {
                        single++; // an apostrophe inside a word ("Hertog's") does not open a quote
                    }
                }
                last = line.strip().isEmpty() ? last : line;
            }

            boolean continuesWith(String next) {
                boolean unbalanced = open > close || straight % 2 == 1 || single % 2 == 1;
                return unbalanced || endsWithConnector(last) || !next.isEmpty() && Character.isLowerCase(next.codePointAt(0));
            }
        }

        static boolean endsSentence(String s) {
            return s.endsWith(".") || s.endsWith(":");
        }

        private static final java.util.Set<String> CONNECTORS = java.util.Set.of("en", "van", "voor", "de", "het", "der",
                "in", "op", "&");

        /** "Raad van", "Zorg en": the text ends on a word or sign that joins it to what follows. */
        static boolean endsWithConnector(String s) {
            if (endsWithAny(s, ",&-")) {
                return true;
            }
            int space = s.length() - 1;
            while (space >= 0 && !isSpace(s.charAt(space))) {
                space--;
            }
            return space >= 0 && CONNECTORS.contains(s.substring(space + 1).toLowerCase(Locale.ROOT));
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
            value = withoutOuterStars(value).strip();
            if (value.isEmpty() || matches(NO_VALUE, value)) {
                return;
            }
            switch (field) {
                case YOUR_LETTER, COPY -> {
                    return;
                }
                case REGISTRATION -> {
                    Matcher m = matcher(RIS_IN_TEXT, value);
                    addRegistration(m.find() ? "RIS" + m.group(1) : value, span);
                    return;
                }
                case EMAIL -> {
                    Matcher m = matcher(EMAIL, value);
                    if (!m.find()) {
                        warn("reader.warning.email", value);
                    } else {
                        value = m.group();
                    }
                }
                case DATE -> {
                    Optional<DutchDateText.FoundDate> d = DutchDateText.firstDate(deadline.guard(value));
                    if (d.isEmpty()) {
                        warn("reader.warning.date", value);
                    }
                }
                case REFERENCE -> {
                    Matcher m = matcher(RIS_IN_TEXT, value);
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
                warn("reader.warning.twoValues", ReaderMessage.of("reader.field." + field.name()), existing.value(),
                        value);
            }
        }

        static String withoutOuterStars(String s) {
            int from = 0;
            int to = s.length();
            while (from < to && s.charAt(from) == '*') {
                from++;
            }
            while (to > from && s.charAt(to - 1) == '*') {
                to--;
            }
            return s.substring(from, to);
        }

        Sourced<LocalDate> date() {
            Sourced<String> written = fields.get(Field.DATE);
            if (written != null) {
                Optional<DutchDateText.FoundDate> d = DutchDateText.firstDate(deadline.guard(written.value()));
                if (d.isPresent()) {
                    return new Sourced<>(d.get().date(), written.source());
                }
            }
            // "Den Haag, 31 maart 2026" or a date on a line of its own
            for (Line l : lines) {
                tick();
                if (l.use != null || l.blank()) {
                    continue;
                }
                String s = l.trimmed().replace("*", "");
                if (s.length() > 60) {
                    continue;
                }
                if (matches(DATE_LINE, s)) {
                    Optional<DutchDateText.FoundDate> d = DutchDateText.firstDate(deadline.guard(s));
                    if (d.isPresent()) {
                        l.use = LineRole.HEADER;
                        return new Sourced<>(d.get().date(), new Span(l.trimmedStart(), l.trimmedStart() + l.trimmed().length()));
                    }
                }
            }
            return null;
        }

        // -------------------------------------------------------------------------------------------- closing

        boolean isNameLine(String s) {
            if (s.length() < 3 || s.length() > 60 || s.endsWith(",") || hasDigit(s)) {
                return false;
            }
            String[] tokens = split(WHITESPACE, s, 0);
            if (tokens.length > 7) {
                return false;
            }
            boolean upper = false;
            for (String tok : tokens) {
                if (Character.isUpperCase(tok.codePointAt(0))) {
                    upper = true;
                } else if (!matches(PARTICLE, tok)) {
                    return false;
                }
            }
            return upper && Character.isUpperCase(s.codePointAt(0));
        }

        static boolean hasDigit(String s) {
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                    return true;
                }
            }
            return false;
        }

        boolean isRoleLine(String s) {
            if (!s.endsWith(",") || s.length() > 160) {
                return false;
            }
            for (String part : s.substring(0, s.length() - 1).split(",")) {
                String p = part.strip();
                if (p.isEmpty() || !matches(ROLE_PART, p) || finds(SENDER, p) && !matches(MINISTER_ROLE, p)) {
                    return false;
                }
            }
            return true;
        }

        void readClosing() {
            int first = -1;
            int nonBlank = 0;
            for (int i = lines.size() - 1; i >= 0 && nonBlank < 30; i--) {
                tick();
                Line l = lines.get(i);
                if (l.blank() || l.use != null) {
                    continue;
                }
                String s = l.trimmed().replace("*", "").strip();
                if (s.length() < 120 && matches(CLOSING_KEY, s) || isRoleLine(s) || isNameLine(s)) {
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
                tick();
                Line l = lines.get(i);
                if (l.blank() || l.use != null) {
                    continue;
                }
                region.add(l);
                String s = l.trimmed().replace("*", "").strip();
                int start = l.trimmedStart();
                Span span = new Span(start, start + l.trimmed().length());
                if (matches(GREETING, s)) {
                    any = true;
                    continue;
                }
                if (sender == null && s.endsWith(",") && finds(SENDER, s) && !isRoleLine(s)
                        || sender == null && s.endsWith(",") && matches(MINISTER_ROLE, s)) {
                    String value = s.substring(0, s.length() - 1).strip();
                    sender = new Sourced<>(value, span);
                    any = true;
                    if (matches(MINISTER_ROLE, value)) {
                        pendingRoles.add(new Sourced<>(replaceAll(LEADING_DE, value, ""), span));
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
                    l.use = LineRole.CLOSING;
                }
            }
            if (!pendingRoles.isEmpty() && !signatories.isEmpty()) {
                warn("reader.warning.signatoryWithoutName");
            }
        }

        // -------------------------------------------------------------------------------------------- clauses

        record HeadingHit(ClauseKind kind, int restAt) {
        }

        HeadingHit headingOf(String s) {
            if (s.length() > LONG_LINE) {
                return null;
            }
            String plain = s.replace("*", "");
            int shift = s.length() - plain.length();
            for (Heading h : HEADINGS) {
                Matcher m = matcher(h.pattern(), plain);
                if (m.find()) {
                    int rest = m.end();
                    String after = plain.substring(rest);
                    Matcher tail = matcher(HEADING_TAIL, after);
                    tail.find();
                    boolean hasDatOrColon = after.isBlank() || matcher(DAT_OR_COLON, after).lookingAt();
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

        HeadingHit plainHeadingOf(String s, boolean inBlock) {
            if (s.length() > 300) {
                return null;
            }
            Matcher m = matcher(PLAIN_HEADING, s.replace("*", ""));
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
            /** How far the item was searched for the end of the motion: only what was added since is searched again. */
            int searched;

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
        final java.util.Set<List<Clause>> closedBlocks = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        final List<int[]> blockSpans = new ArrayList<>();

        void readClauses() {
            List<Clause> block = null;
            int blockStart = -1;
            ItemBuilder item = null;
            ClauseKind kind = null;
            int itemsInSection = 0;
            boolean lastEndedWithStop = false;
            for (int i = 0; i < lines.size(); i++) {
                tick();
                Line l = lines.get(i);
                if (l.use != null && l.use != LineRole.REPEATED) {
                    if (l.use != LineRole.FURNITURE && l.use != LineRole.FOOTNOTE && block != null) {
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
                    l.use = LineRole.CLAUSE;
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
                Matcher bullet = matcher(BULLET, s);
                boolean isBullet = bullet.find();
                if (!isBullet && item != null && breaksItem(item, s)) {
                    // PDF text has no blank lines between paragraphs: "…;" or "…." + capital starts anew
                    lastEndedWithStop = finish(item, block);
                    item = null;
                }
                if (!isBullet && item == null) {
                    boolean stop = finds(LETTER_PROSE, s.replace("*", ""))
                            || itemsInSection > 0 && Character.isUpperCase(s.replace("*", "").codePointAt(0))
                            && (lastEndedWithStop || kind == ClauseKind.REQUEST || kind == ClauseKind.INSTRUCTION)
                            && !endsWithAny(withoutTrailing(s, "*"), ";,");
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
                l.use = LineRole.CLAUSE;
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

        static String withoutTrailing(String s, String chars) {
            int end = s.length();
            while (end > 0 && chars.indexOf(s.charAt(end - 1)) >= 0) {
                end--;
            }
            return s.substring(0, end);
        }

        /** Whether {@code line} starts a new item after the item so far: it ended on ";", or on "." or ":" before a capital. */
        static boolean breaksItem(ItemBuilder item, String line) {
            int end = item.joined.length();
            while (end > 0 && (item.joined.charAt(end - 1) == '*' || isSpace(item.joined.charAt(end - 1)))) {
                end--;
            }
            String next = line.replace("*", "").strip();
            if (end == 0 || next.isEmpty()) {
                return false;
            }
            char last = item.joined.charAt(end - 1);
            boolean upper = Character.isUpperCase(next.codePointAt(0));
            return last == ';' || (last == '.' || last == ':') && upper;
        }

        /** The end of the motion is never longer than this (in joined text, where spaces come one at a time). */
        static final int END_OF_MOTION_REACH = 100;

        /**
         * Ends the block when the current item contains "en gaat over tot de orde van de dag". Only what was added to
         * the item since the last line is searched (with the phrase's length before it): the item can run on for
         * thousands of lines.
         */
        boolean endOfMotion(ItemBuilder item, List<Clause> block, int blockStart) {
            if (item == null) {
                return false;
            }
            CharSequence text = item.joined.chars();
            Matcher m = matcher(END_OF_MOTION, text).useTransparentBounds(true)
                    .region(Math.max(0, item.searched - END_OF_MOTION_REACH), text.length());
            if (!m.find()) {
                item.searched = text.length();
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
            text = replaceAll(LEADING_DAT_COLON, replaceAll(LEADING_PUNCTUATION, text, ""), "").strip();
            if (text.isEmpty() || block == null) {
                return false;
            }
            if (matches(ONLY_PUNCTUATION, text)) {
                return false;
            }
            block.add(new Clause(item.kind, text, item.joined.span()));
            return text.endsWith(".");
        }

        void closeBlock(List<Clause> block, int start, int end) {
            if (block == null || block.isEmpty()) {
                return;
            }
            if (!closedBlocks.add(block)) {
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
            /** Its place in {@link #motions} while mentions are read. */
            int order;

            ReadDocument.Motion build() {
                // the footnotes (in the order of the text) whose marker lies in a clause, each with that clause
                List<int[]> hits = new ArrayList<>();
                for (int c = 0; c < clauses.size(); c++) {
                    tick();
                    Span s = clauses.get(c).source();
                    for (int f = firstFootnoteFrom(s.start()); f < footnotes.size()
                            && footnotes.get(f).source().start() < s.end(); f++) {
                        hits.add(new int[] {f, c});
                    }
                }
                hits.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
                List<Footnote> notes = new ArrayList<>();
                for (int[] hit : hits) {
                    Footnote f = footnotes.get(hit[0]);
                    notes.add(new Footnote(f.marker(), f.anchor(), hit[1], f.text(), f.source()));
                }
                return new ReadDocument.Motion(title, number, adoptedOn, precision, debate, debateReference, sponsors,
                        outcome, partiesFor, partiesAgainst, clauses, notes, new Span(Math.min(at, end), Math.max(at, end)));
            }
        }

        /** The index of the first footnote (they are in the order of the text) at or after {@code start}. */
        int firstFootnoteFrom(int start) {
            int low = 0;
            int high = footnotes.size();
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (footnotes.get(mid).source().start() < start) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low;
        }

        /** Paragraphs of body text (not header, closing, footnotes or quoted clauses), joined. */
        List<Joined> paragraphs(boolean includeClauses) {
            List<Joined> result = new ArrayList<>();
            Joined current = null;
            for (Line l : lines) {
                tick();
                boolean body = l.use == null || (includeClauses && l.use == LineRole.CLAUSE);
                if (l.blank() || !body) {
                    if (current != null && (l.blank() || l.use != LineRole.FURNITURE && l.use != LineRole.FOOTNOTE
                            && l.use != LineRole.REPEATED)) {
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
                Sentences sentences = new Sentences(s);
                Matcher m = matcher(MOTION_WITH_TITLE, s);
                int consumedTo = -1;
                while (m.find()) {
                    tick();
                    consumedTo = m.end();
                    String title = clean(m.group(1));
                    MotionDraft d = new MotionDraft();
                    d.title = new Sourced<>(title, j.span(m.start(1), m.end(1)));
                    d.at = j.span(m.start(), m.end()).start();
                    d.end = j.span(m.start(), m.end()).end();
                    if (m.group(2) != null) {
                        Matcher ris = matcher(RIS_IN_TEXT, m.group(2));
                        String number = ris.find() ? "RIS" + ris.group(1) : m.group(2).strip();
                        d.number = new Sourced<>(number, j.span(m.start(2), m.end(2)));
                    }
                    sentences.describe(d, j, m.start(), m.end());
                    addMotion(d, subject != null && subject.value().contains(title));
                }
                for (MotionNumbers.Found n : MotionNumbers.in(deadline.guard(s))) {
                    tick();
                    if (n.start() < consumedTo || !aboutAMotion(s, n)) {
                        continue;
                    }
                    String raw = n.number();
                    if (oneOrTwoDigits(raw) && !s.substring(Math.max(0, n.start() - 12), n.start())
                            .toLowerCase(Locale.ROOT).contains("nr")) {
                        continue;
                    }
                    MotionDraft d = new MotionDraft();
                    d.number = new Sourced<>(raw.startsWith("RIS") ? replaceAll(SPACE_OR_DASH, raw, "") : raw,
                            j.span(n.start(), n.end()));
                    d.at = j.span(n.start(), n.end()).start();
                    d.end = j.span(n.start(), n.end()).end();
                    sentences.describe(d, j, n.start(), n.end());
                    addMotion(d, subject != null && subject.value().contains(raw) || sentences.answered(n.start(), n.end()));
                }
                Matcher k = matcher(KAMERSTUK, s);
                while (k.find()) {
                    otherReferences.add(new Sourced<>("Kamerstuk " + k.group(1) + ", nr. " + k.group(2), j.span(k.start(), k.end())));
                }
                Matcher r = matcher(RIS_IN_TEXT, s);
                while (r.find()) {
                    otherReferences.add(new Sourced<>("RIS" + r.group(1), j.span(r.start(), r.end())));
                }
            }
            if (subject != null && motions.isEmpty()) {
                Matcher m = matcher(MOTION_WITH_TITLE, subject.value());
                if (m.find()) {
                    MotionDraft d = new MotionDraft();
                    d.title = new Sourced<>(clean(m.group(1)), subject.source());
                    d.at = subject.source().start();
                    d.end = subject.source().end();
                    motions.add(d);
                }
            }
        }

        static boolean oneOrTwoDigits(String s) {
            return !s.isEmpty() && s.length() <= 2 && hasOnlyDigits(s);
        }

        static boolean hasOnlyDigits(String s) {
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                    return false;
                }
            }
            return true;
        }

        /** A Kamerstuk or Eerste Kamer number is a motion's only when the sentence names a motion just before it. */
        static boolean aboutAMotion(String s, MotionNumbers.Found n) {
            if (n.shape() == MotionNumbers.Shape.MENTION || n.shape() == MotionNumbers.Shape.CHAIR) {
                return true;
            }
            String before = s.substring(Math.max(0, n.start() - 150), n.start()).toLowerCase(Locale.ROOT);
            int motie = before.lastIndexOf("motie");
            if (motie < 0) {
                return false;
            }
            for (int i = motie; i + 1 < before.length(); i++) {
                if (".;!?".indexOf(before.charAt(i)) >= 0 && isSpace(before.charAt(i + 1))) {
                    return false; // a sentence ended between "motie" and the number
                }
            }
            return true;
        }

        /** What one sentence says about the motion(s) it names: outcome, debate, date, sponsors. */
        record SentenceFacts(Sourced<Outcome> outcome, Sourced<String> debate, Sourced<String> debateReference,
                Sourced<LocalDate> adoptedOn, Precision precision, List<Sourced<String>> sponsors) {
        }

        /**
         * The sentences of one paragraph. A paragraph may name a hundred thousand motions in one long sentence: where
         * sentences end is found once, and what a sentence says is read once, not once per motion it names.
         */
        final class Sentences {
            final String s;
            /** Each p where a sentence ends: ".", "!" or "?", a space, a capital. */
            final int[] stops;
            final Map<Long, SentenceFacts> facts = new HashMap<>();
            final Map<Long, Boolean> answers = new HashMap<>();

            Sentences(String s) {
                this.s = s;
                int[] found = new int[16];
                int count = 0;
                for (int p = 0; p + 2 < s.length(); p++) {
                    char c = s.charAt(p);
                    if ((c == '.' || c == '!' || c == '?') && s.charAt(p + 1) == ' ' && Character.isUpperCase(s.charAt(p + 2))) {
                        if (count == found.length) {
                            found = java.util.Arrays.copyOf(found, count * 2);
                        }
                        found[count++] = p;
                    }
                }
                this.stops = java.util.Arrays.copyOf(found, count);
            }

            /** Where the sentence around {@code from} starts: after the last stop at least two before it, else 0. */
            int start(int from) {
                int i = java.util.Arrays.binarySearch(stops, from - 2);
                int at = i >= 0 ? i : -i - 2;
                return at >= 0 ? stops[at] + 2 : 0;
            }

            /** Where the sentence around {@code to} ends: after the first stop at or after it, else the end. */
            int end(int to) {
                int i = java.util.Arrays.binarySearch(stops, Math.max(to, 0));
                int at = i >= 0 ? i : -i - 1;
                return at < stops.length ? stops[at] + 1 : s.length();
            }

            /** Whether the sentence around [from, to) says what the letter does with it: discharge, progress, delay. */
            boolean answered(int from, int to) {
                int ss = start(from);
                int se = end(to);
                return answers.computeIfAbsent(((long) ss << 32) | se, key -> {
                    String sentence = s.substring(ss, se);
                    return finds(CLAIM, sentence) || finds(CLAIM_NOT, sentence) || finds(POSTPONED, sentence)
                            || finds(PROGRESS, sentence);
                });
            }

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

            SentenceFacts read(Joined j, int ss, int se) {
                String sentence = s.substring(ss, se);
                Matcher adopted = matcher(ADOPTION, sentence);
                if (!adopted.find()) {
                    return null;
                }
                String verb = adopted.group(1).toLowerCase(Locale.ROOT);
                Outcome outcome = verb.contains("verworpen") ? Outcome.REJECTED : verb.contains("ingetrokken") ? Outcome.WITHDRAWN
                        : verb.contains("aangehouden") ? Outcome.HELD : Outcome.ADOPTED;
                Sourced<Outcome> sourcedOutcome = new Sourced<>(outcome, j.span(ss + adopted.start(1), ss + adopted.end(1)));
                Sourced<String> debateName = null;
                Sourced<String> debateReference = null;
                Matcher debate = matcher(DEBATE, sentence);
                int debateEnd = -1;
                if (debate.find()) {
                    debateName = new Sourced<>(clean(debate.group(1)), j.span(ss + debate.start(1), ss + debate.end(1)));
                    debateEnd = debate.end();
                    if (debate.group(2) != null) {
                        Matcher ris = matcher(RIS_IN_TEXT, debate.group(2));
                        String ref = ris.find() ? "RIS" + ris.group(1) : debate.group(2).strip();
                        debateReference = new Sourced<>(ref, j.span(ss + debate.start(2), ss + debate.end(2)));
                    }
                }
                String datePart = debateEnd > 0 ? sentence.substring(debateEnd) : sentence;
                int dateOffset = debateEnd > 0 ? debateEnd : 0;
                Optional<DutchDateText.FoundDate> date = DutchDateText.firstDateOrMonth(deadline.guard(datePart));
                if (date.isEmpty() && debateEnd > 0) {
                    datePart = sentence.substring(0, debate.start());
                    dateOffset = 0;
                    date = DutchDateText.firstDateOrMonth(deadline.guard(datePart));
                }
                Sourced<LocalDate> adoptedOn = null;
                Precision precision = null;
                if (date.isPresent()) {
                    DutchDateText.FoundDate fd = date.get();
                    adoptedOn = new Sourced<>(fd.date(), j.span(ss + dateOffset + fd.start(), ss + dateOffset + fd.end()));
                    precision = fd.precision();
                }
                List<Sourced<String>> sponsors = new ArrayList<>();
                Matcher sp = matcher(SPONSORS, sentence);
                if (sp.find()) {
                    int base = ss + sp.start(1);
                    String names = sp.group(1);
                    for (int[] range : nameRanges(names)) {
                        String name = names.substring(range[0], range[1]);
                        sponsors.add(new Sourced<>(name, j.span(base + range[0], base + range[1])));
                    }
                }
                return new SentenceFacts(sourcedOutcome, debateName, debateReference, adoptedOn, precision, sponsors);
            }
        }

        /** Names at the start of {@code s}: "de heer Grinwis de ingediende" → [Grinwis]; "A (CDA) en B" → [A, B]. */
        List<int[]> nameRanges(String s) {
            List<int[]> result = new ArrayList<>();
            int i = 0;
            while (i < s.length()) {
                tick();
                Matcher mr = matcher(MISTER, s).region(i, s.length());
                if (mr.lookingAt()) {
                    i = mr.end();
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
                    } else if (!matches(PARTICLE, tok) && !isInitial(tok)) {
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
                Matcher sep = matcher(NAME_SEPARATOR, s).region(q, s.length());
                if (!sep.lookingAt()) {
                    break;
                }
                i = sep.end();
                if (result.size() > 12) {
                    break;
                }
            }
            return result;
        }

        /** "J." or "K": a capital, with or without its full stop. */
        static boolean isInitial(String tok) {
            int first = tok.isEmpty() ? 0 : tok.codePointAt(0);
            int n = Character.charCount(first);
            return !tok.isEmpty() && Character.getType(first) == Character.UPPERCASE_LETTER
                    && (tok.length() == n || tok.length() == n + 1 && tok.charAt(n) == '.');
        }

        /** The first motion (in the order of {@link #motions}) with a title, and with a number, ignoring case. */
        final Map<String, MotionDraft> motionByTitle = new HashMap<>();
        final Map<String, MotionDraft> motionByNumber = new HashMap<>();

        /** A key that two strings share exactly when {@link String#equalsIgnoreCase} says they are equal. */
        static String ignoringCase(String s) {
            char[] chars = s.toCharArray();
            for (int i = 0; i < chars.length; i++) {
                chars[i] = Character.toLowerCase(Character.toUpperCase(chars[i]));
            }
            return new String(chars);
        }

        void index(Map<String, MotionDraft> index, Sourced<String> key, MotionDraft motion) {
            if (key != null) {
                index.merge(ignoringCase(key.value()), motion, (a, b) -> a.order <= b.order ? a : b);
            }
        }

        /** A motion mentioned again (same title or number, ignoring case) adds to the first mention; others are new. */
        void addMotion(MotionDraft d, boolean inSubject) {
            boolean adoptedHere = d.outcome != null;
            MotionDraft byTitle = d.title == null ? null : motionByTitle.get(ignoringCase(d.title.value()));
            MotionDraft byNumber = d.number == null ? null : motionByNumber.get(ignoringCase(d.number.value()));
            MotionDraft existing = byTitle == null ? byNumber : byNumber == null || byTitle.order < byNumber.order ? byTitle : byNumber;
            if (existing != null) {
                if (existing.number == null) {
                    existing.number = d.number;
                    index(motionByNumber, existing.number, existing);
                }
                if (existing.title == null) {
                    existing.title = d.title;
                    index(motionByTitle, existing.title, existing);
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
            if (adoptedHere || inSubject || motions.isEmpty() && d.title != null) {
                d.order = motions.size();
                motions.add(d);
                index(motionByTitle, d.title, d);
                index(motionByNumber, d.number, d);
            } else {
                otherReferences.add(d.title != null ? d.title : d.number);
            }
        }

        void finishMotions() {
            // each block of clauses belongs to the last motion named before it that has none yet, else to the first
            // without clauses, else to a motion of its own
            TreeMap<Integer, java.util.ArrayDeque<MotionDraft>> freeByAt = new TreeMap<>();
            java.util.Set<MotionDraft> free = new java.util.LinkedHashSet<>();
            for (MotionDraft m : motions) {
                if (m.clauses.isEmpty()) {
                    free.add(m);
                    freeByAt.computeIfAbsent(m.at, k -> new java.util.ArrayDeque<>()).add(m);
                }
            }
            for (int b = 0; b < clauseBlocks.size(); b++) {
                tick();
                List<Clause> block = clauseBlocks.get(b);
                int start = blockSpans.get(b)[0];
                Map.Entry<Integer, java.util.ArrayDeque<MotionDraft>> before = freeByAt.floorEntry(start);
                MotionDraft owner = before != null ? before.getValue().peekFirst() : free.isEmpty() ? null : free.iterator().next();
                if (owner != null) {
                    free.remove(owner);
                    java.util.ArrayDeque<MotionDraft> same = freeByAt.get(owner.at);
                    same.pollFirst();
                    if (same.isEmpty()) {
                        freeByAt.remove(owner.at);
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
            boolean discharges = subject != null && finds(DISCHARGE_SUBJECT, subject.value().toLowerCase(Locale.ROOT));
            if (discharges && motions.size() == 1 && motions.get(0).number == null && registrationNumbers.size() == 1) {
                motions.get(0).number = registrationNumbers.get(0);
                warn("reader.warning.letterNumber", registrationNumbers.get(0).value());
            }
            if (motions.size() == 1 && motions.get(0).title == null && subject != null) {
                Matcher m = matcher(MOTION_WITH_TITLE, subject.value());
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
                    warn("reader.warning.noNumber", m.title.value());
                }
            }
        }

        boolean isMotionDocument() {
            if (clauseBlocks.isEmpty()) {
                return false;
            }
            boolean letterish = fields.containsKey(Field.SUBJECT) || fields.containsKey(Field.REFERENCE)
                    || signatories.size() > 0 && sender != null || finds(LETTERISH, t);
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
                if (!l.blank() && (l.use == null || l.use == LineRole.HEADER)) {
                    head.add(l);
                }
            }
            for (int i = 0; i < head.size(); i++) {
                Line l = head.get(i);
                String s = l.trimmed().replace("*", "").strip();
                int ts = l.trimmedStart();
                Matcher nm = matcher(NUMBER_LABEL, s);
                if (m.number == null && nm.find()) {
                    m.number = new Sourced<>(nm.group(1), new Span(ts + nm.start(1), ts + nm.end(1)));
                }
                Optional<MotionNumbers.Heading> heading = MotionNumbers.heading(deadline.guard(s));
                if (heading.isPresent() && m.number == null && heading.get().number() != null) {
                    MotionNumbers.Found n = heading.get().number();
                    m.number = new Sourced<>(n.number(), new Span(ts + n.start(), ts + n.end()));
                }
                if (m.title == null && heading.isPresent()) {
                    String rest = replaceAll(OUTER_QUOTES, heading.get().title(), "").strip();
                    rest = replaceAll(SPONSORS_AS_TITLE, rest, "").strip();
                    if (!rest.isEmpty() && !matcher(NUMBER_WORD, rest).lookingAt()) {
                        int at = l.text.indexOf(rest.substring(0, Math.min(5, rest.length())));
                        int st = at >= 0 ? l.start + at : ts;
                        m.title = new Sourced<>(rest, new Span(st, st + rest.length()));
                    } else if (i + 1 < head.size()) {
                        Line next = head.get(i + 1);
                        String ns = replaceAll(TITLE_LABEL, replaceAll(OUTER_QUOTES, next.trimmed().replace("*", ""), ""), "")
                                .strip();
                        if (!ns.toLowerCase(Locale.ROOT).startsWith("de raad") && !ns.toLowerCase(Locale.ROOT).startsWith("de kamer")
                                && ns.length() < 200) {
                            int at = next.trimmedStart() + next.trimmed().length() - ns.length();
                            m.title = new Sourced<>(ns, new Span(at, at + ns.length()));
                        }
                    }
                }
                if (m.title == null) {
                    Matcher qt = matcher(TITLE_LINE, s);
                    if (qt.matches()) {
                        m.title = new Sourced<>(qt.group(1).strip(), new Span(ts, ts + s.length()));
                    }
                }
                if (m.adoptedOn == null && finds(SESSION_LINE, s.toLowerCase(Locale.ROOT))) {
                    // the date may have wrapped onto the next line: "… bijeen op 9 april" / "2026,"
                    Line next = i + 1 < head.size() ? head.get(i + 1) : null;
                    String both = next == null ? s : s + " " + next.trimmed();
                    DutchDateText.firstDate(deadline.guard(both)).ifPresent(fd -> {
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
            boolean labelled = false;
            boolean namesEnded = false;
            List<Sourced<String>> votingParties = null;
            for (Line l : lines) {
                if (l.start < blockStart || l.blank() || l.use == LineRole.FOOTNOTE || l.use == LineRole.FURNITURE) {
                    continue;
                }
                String s = l.trimmed().replace("*", "").strip();
                int ts = l.trimmedStart();
                Matcher o = matcher(OUTCOME_LINE, s);
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
                    Optional<MotionNumbers.Found> chair = MotionNumbers.chair(deadline.guard(s));
                    if (chair.isPresent()) {
                        m.number = new Sourced<>(chair.get().number(),
                                new Span(ts + chair.get().start(), ts + chair.get().end()));
                        continue;
                    }
                }
                Matcher field = matcher(FIELD_LABEL, s);
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
                Matcher sl = matcher(SPONSORS_LABEL, s);
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
                    if (!names.isEmpty() && isNameLine(withoutTrailingComma(withoutBrackets(s).strip()))
                            || !names.isEmpty() && s.length() >= 2 && s.length() <= 200 && !containsAny(s, ".;:") && s.contains("(")) {
                        for (int[] r : withParty(s, names)) {
                            m.sponsors.add(new Sourced<>(s.substring(r[0], r[1]), new Span(ts + r[0], ts + r[1])));
                        }
                    } else {
                        namesEnded = true;
                    }
                }
            }
        }

        /**
         * "Jansen (D66), De Vries (CDA)" → "Jansen, De Vries": each bracket with the white space before it, up to the
         * first ")" after it. In Java rather than a pattern: "((((…" without a ")" would make a pattern read on to the
         * end from every "(".
         */
        static String withoutBrackets(String s) {
            StringBuilder out = new StringBuilder(s.length());
            int i = 0;
            while (i < s.length()) {
                if (i == 0 || !isSpace(s.charAt(i - 1))) {
                    int open = i;
                    while (open < s.length() && isSpace(s.charAt(open))) {
                        open++;
                    }
                    if (open < s.length() && s.charAt(open) == '(') {
                        int close = s.indexOf(')', open + 1);
                        if (close < 0) {
                            break; // no bracket closes after this one, nor after any later one
                        }
                        i = close + 1;
                        continue;
                    }
                }
                out.append(s.charAt(i++));
            }
            return out.append(s, Math.min(i, s.length()), s.length()).toString();
        }

        static String withoutTrailingComma(String s) {
            return s.endsWith(",") ? s.substring(0, s.length() - 1) : s;
        }

        static boolean containsAny(String s, String chars) {
            for (int i = 0; i < s.length(); i++) {
                if (chars.indexOf(s.charAt(i)) >= 0) {
                    return true;
                }
            }
            return false;
        }

        /** The names' ranges, each widened over a party group in brackets right after it: "Jansen (D66)". */
        List<int[]> withParty(String s, List<int[]> names) {
            List<int[]> widened = new ArrayList<>();
            for (int[] r : names) {
                Matcher party = matcher(PARTY_AFTER_NAME, s).region(r[1], s.length());
                widened.add(party.lookingAt() ? new int[] {r[0], party.end()} : r);
            }
            return widened;
        }

        /** "Partij voor de Dieren", "50PLUS", "GroenLinks/PvdA": not a sentence such as "Lees onze andere moties". */
        boolean isPartyName(String s) {
            String[] words = split(WHITESPACE, s, 0);
            long lowerWords = java.util.Arrays.stream(words).filter(w -> Character.isLowerCase(w.codePointAt(0)))
                    .filter(w -> !PARTY_WORDS.contains(w)).count();
            return words.length <= 6 && lowerWords == 0 && !Character.isLowerCase(s.codePointAt(0));
        }

        /** "PvdD, AWP, CU, 50PLUS": the party groups of a Voor or Tegen line. */
        void addParties(List<Sourced<String>> parties, String list, int offset) {
            int at = 0;
            for (String part : split(LIST_SEPARATOR, list, -1)) {
                tick();
                String party = part.strip();
                int start = list.indexOf(party, at);
                if (!party.isEmpty() && party.length() <= 60 && !party.equalsIgnoreCase("geen") && !party.equals("-")
                        && !party.equals("–") && isPartyName(party)) {
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
                tick();
                if (finds(CLAIM_NOT, s.text())) {
                    return new Sourced<>(Discharge.NOT_DISCHARGED, s.span());
                }
                if (claimed == null && finds(CLAIM, s.text())) {
                    claimed = new Sourced<>(Discharge.CLAIMED, s.span());
                }
                if (postponed == null && finds(POSTPONED, s.text())) {
                    postponed = new Sourced<>(Discharge.POSTPONED, s.span());
                }
                if (progress == null && finds(PROGRESS, s.text())) {
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
                tick();
                String s = prose.get(i).text();
                if (s.length() > 1500) {
                    continue;
                }
                boolean action = finds(PROMISE_ACTION, s);
                boolean excluded = finds(PROMISE_EXCLUDED, s);
                boolean future = finds(PROMISE_FUTURE, s) || finds(ANAPHOR, s)
                        || DutchDateText.dueDate(deadline.guard(s), LocalDate.of(2000, 1, 1)).isPresent();
                promise[i] = action && !excluded && future;
            }
            for (int i = 0; i < n; i++) {
                tick();
                if (!promise[i]) {
                    continue;
                }
                int first = i;
                if (finds(ANAPHOR, prose.get(i).text()) && i > 0 && !promise[i - 1]
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
                    due = DutchDateText.dueDate(deadline.guard(prose.get(k).text()), letterDate);
                }
                Span span = new Span(prose.get(first).span().start(), prose.get(last).span().end());
                if (due.isEmpty() && letterDate == null
                        && DutchDateText.dueDate(deadline.guard(text), LocalDate.of(2000, 1, 1)).isPresent()) {
                    warn("reader.warning.noYear", abbreviate(text.toString()));
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
                    || finds(LETTER_WORDS, t);
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
