package nl.motiemonitor.staff;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a column of a register holds. Each field has the header the export writes ({@link #header()}) and the Dutch
 * words griffies use for it, from which the first guess of a column's field is made.
 */
enum RegisterField {

    NUMBER("Nummer", "nummer", "nr", "id", "motienummer", "registratienummer", "risnummer", "kenmerk", "volgnummer"),
    KIND("Soort", "soort", "type", "motie of toezegging", "categorie"),
    TITLE("Titel", "titel", "onderwerp", "omschrijving", "naam", "toezegging", "motie"),
    DATE("Datum", "datum", "datum raad", "vergaderdatum", "datum vergadering", "datum aangenomen", "datum toezegging",
            "aangenomen op", "toegezegd op", "raadsvergadering"),
    STATUS("Status", "status", "stand", "afgedaan"),
    DUE_DATE("Termijn", "termijn", "einddatum", "deadline", "uiterste datum", "afdoeningstermijn", "streefdatum",
            "planning", "gereed"),
    DISCHARGE_DATE("Datum afdoening", "datum afdoening", "afdoeningsdatum", "datum afgedaan", "afgedaan op",
            "datum afgehandeld", "afgehandeld op"),
    SPONSORS("Indieners", "indieners", "indiener", "fracties", "fractie", "indiener s", "fractie s", "aanvrager"),
    PORTFOLIO_HOLDER("Portefeuillehouder", "portefeuillehouder", "wethouder", "bewindspersoon", "verantwoordelijke"),
    /** The motion's own text or a description of it: saved as the motion's summary, never a progress note. */
    TEXT("Tekst", "tekst", "toelichting", "dictum", "inhoud", "strekking", "samenvatting", "tekst motie",
            "tekst van de motie", "tekst toezegging"),
    /** The register's progress note ("stand van zaken"): saved as a note of its own, never as the motion's text. */
    PROGRESS("Stand van zaken", "stand van zaken", "stand van zaken college", "stand van zaken gs",
            "stand van zaken college gs", "voortgang", "stand per", "toelichting afdoening", "wijze van afdoening",
            "stand van zaken toelichting", "opmerkingen", "opmerking", "status stand van zaken",
            "status en stand van zaken", "stand van zaken status"),
    IGNORE("");

    private final String header;
    private final List<String> words;

    RegisterField(String header, String... words) {
        this.header = header;
        this.words = List.of(words);
    }

    /** The header the export writes for this field (empty for {@link #IGNORE}). */
    String header() {
        return header;
    }

    /** The name of this field in forms: "nummer", "termijn" ({@code staff.register.field.<name>} in messages). */
    String formValue() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Optional<RegisterField> fromFormValue(String value) {
        for (RegisterField field : values()) {
            if (field.formValue().equals(value)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    /**
     * The first guess for a column: the field one of whose words is the header (ignoring case, accents, brackets and
     * punctuation: "Indiener(s)", "Stand van zaken"), else {@link #IGNORE}. "Stand van zaken" is the status where
     * no other column is, and the progress note beside a status column; "Omschrijving" is the title where no other
     * column is, and the motion's text beside a title column; {@link #guessAll} decides that.
     */
    static RegisterField guess(String header) {
        String key = key(header);
        if (key.isEmpty()) {
            return IGNORE;
        }
        for (RegisterField field : values()) {
            if (field.words.contains(key)) {
                return field;
            }
        }
        return IGNORE;
    }

    /**
     * Guesses for all columns from their headers alone: each field at most once, the rest ignored. Of two columns
     * that fit one field, the one named by the field's stronger word wins ("Stand van zaken" over "Opmerkingen"),
     * else the first. Without a status column a "Stand van zaken" is the status; {@link #guessAll(RegisterTable)}
     * looks at its cells too.
     */
    static List<RegisterField> guessAll(List<String> headers) {
        return guessAll(headers, column -> List.of());
    }

    /**
     * Guesses for all columns of a register from their headers and their cells. A column whose header names the
     * status or the progress note ("Stand van zaken", "Status/stand van zaken", "Voortgang") is the status only where
     * no column is headed as the status and its cells are mostly status words the register knows ("Afgedaan", "in
     * behandeling"); where they are mostly prose ("Uitgevoerd met de schoolpleinenaanpak") it is the progress note.
     * A column headed "Status" stays the status, whatever it holds.
     */
    static List<RegisterField> guessAll(RegisterTable table) {
        return guessAll(table.headers(), column -> java.util.stream.IntStream.range(0, table.rows().size())
                .mapToObj(row -> table.cell(row, column)).toList());
    }

    private static List<RegisterField> guessAll(List<String> headers,
            java.util.function.IntFunction<List<String>> cells) {
        List<RegisterField> guesses = new java.util.ArrayList<>(headers.stream().map(RegisterField::guess).toList());
        if (!guesses.contains(STATUS)) {
            for (int i = 0; i < headers.size(); i++) {
                String key = key(headers.get(i));
                if (STATUS_OR_PROGRESS.contains(key) && status(key, cells.apply(i))) {
                    guesses.set(i, STATUS);
                    break;
                }
            }
        }
        for (int i = 0; i < headers.size(); i++) {
            if (key(headers.get(i)).equals(DESCRIPTION) && titleElsewhere(headers, i)) {
                guesses.set(i, TEXT);
            }
        }
        java.util.Map<RegisterField, Integer> taken = new java.util.EnumMap<>(RegisterField.class);
        for (int i = 0; i < guesses.size(); i++) {
            RegisterField field = guesses.get(i);
            if (field == IGNORE) {
                continue;
            }
            Integer before = taken.get(field);
            if (before == null || rank(field, headers.get(i)) < rank(field, headers.get(before))) {
                taken.put(field, i);
            }
        }
        for (int i = 0; i < guesses.size(); i++) {
            if (!Integer.valueOf(i).equals(taken.get(guesses.get(i)))) {
                guesses.set(i, IGNORE);
            }
        }
        return guesses;
    }

    /** Headers that name the status or the progress note: which one, the column's cells decide. */
    private static final java.util.Set<String> STATUS_OR_PROGRESS = java.util.Set.of("stand van zaken",
            "status stand van zaken", "status en stand van zaken", "stand van zaken status", "voortgang");

    /**
     * Whether a column headed {@code key} (one of {@link #STATUS_OR_PROGRESS}) with these cells is the status where no
     * other column is: when at most half of its non-empty cells are prose rather than status words; for a column
     * without cells, by its header ("Stand van zaken" is the status, as it always was; "Voortgang" is not).
     */
    private static boolean status(String key, List<String> cells) {
        long said = cells.stream().filter(cell -> !cell.isBlank()).count();
        if (said == 0) {
            return !key.equals("voortgang");
        }
        long prose = cells.stream().filter(cell -> !cell.isBlank() && !RegisterValues.isStatusWord(cell)).count();
        return prose * 2 <= said;
    }

    /** How strongly a header names the field: the place of its word in the field's words (lower is stronger). */
    private static int rank(RegisterField field, String header) {
        int index = field.words.indexOf(key(header));
        return index < 0 ? field.words.size() : index;
    }

    /** The header that is the title, unless another column is: then it describes the motion. */
    private static final String DESCRIPTION = "omschrijving";

    private static boolean titleElsewhere(List<String> headers, int column) {
        for (int i = 0; i < headers.size(); i++) {
            if (i != column && guess(headers.get(i)) == TITLE && !key(headers.get(i)).equals(DESCRIPTION)) {
                return true;
            }
        }
        return false;
    }

    /** A header as a key: lower case, without accents, punctuation or doubled spaces ("Indiener(s)" → "indiener s"). */
    static String key(String header) {
        if (header == null) {
            return "";
        }
        String plain = Normalizer.normalize(header, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
