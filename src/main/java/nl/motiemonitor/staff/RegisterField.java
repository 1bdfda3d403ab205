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
    TEXT("Toelichting", "toelichting", "stand van zaken", "opmerkingen", "opmerking", "tekst", "samenvatting",
            "voortgang", "stand van zaken toelichting"),
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
     * no other column is, and the explanation beside a status column; {@link #guessAll} decides that.
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

    /** Guesses for all columns: each field at most once (the first column that fits it), the rest ignored. */
    static List<RegisterField> guessAll(List<String> headers) {
        List<RegisterField> guesses = new java.util.ArrayList<>(headers.stream().map(RegisterField::guess).toList());
        boolean statusColumn = guesses.contains(STATUS);
        if (!statusColumn) {
            for (int i = 0; i < headers.size(); i++) {
                if (key(headers.get(i)).equals("stand van zaken")) {
                    guesses.set(i, STATUS);
                    break;
                }
            }
        }
        java.util.Set<RegisterField> taken = java.util.EnumSet.noneOf(RegisterField.class);
        for (int i = 0; i < guesses.size(); i++) {
            RegisterField field = guesses.get(i);
            if (field != IGNORE && !taken.add(field)) {
                guesses.set(i, IGNORE);
            }
        }
        return guesses;
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
