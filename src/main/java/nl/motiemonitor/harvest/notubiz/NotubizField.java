package nl.motiemonitor.harvest.notubiz;

import java.util.Locale;
import java.util.Set;

/**
 * The attributes of a Notubiz module item that the harvest reads. Each organisation names its attributes itself
 * ("Uitslag", "Stemming", "Status" for the same field), but Notubiz's numeric field ids are the same everywhere, so an
 * attribute is recognised by one of its usual labels or, failing that, by its id (0: no fixed id).
 */
enum NotubizField {
    TITLE(1, "titel", "onderwerp"),
    DATE(15, "datum", "datum vergadering", "vergaderdatum", "datum stemming", "datum toezegging"),
    NUMBER(26, "nummer", "motienummer", "volgnummer", "kenmerk"),
    TYPE(45, "type", "soort", "soort motie"),
    TEXT(0, "tekst", "motietekst", "dictum", "toezegging", "omschrijving", "inhoud"),
    SPONSORS(36, "indiener(s)", "indieners", "indiener"),
    CO_SPONSORS(87, "mede-indieners", "mede-indiener(s)", "medeindieners", "medeondertekenaars"),
    OUTCOME(62, "uitslag", "stemming", "besluit", "resultaat", "status"),
    STATUS(71, "status", "stand van zaken", "afdoening", "afgedaan"),
    PORTFOLIO_HOLDER(23, "portefeuillehouder", "portefeuillehouders", "portefeuillehouder(s)", "wethouder"),
    DUE_DATE(28, "termijn afdoening", "termijn", "afdoeningstermijn", "streefdatum", "uiterste datum", "deadline"),
    DISCHARGE_DOCUMENT(21, "afdoeningsdocument", "afdoeningsbrief"),
    DISCHARGE_DATE(17, "afdoeningsdatum", "datum afdoening");

    private final int id;
    private final Set<String> labels;

    NotubizField(int id, String... labels) {
        this.id = id;
        this.labels = Set.of(labels);
    }

    boolean labelled(String label) {
        return label != null && labels.contains(label.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
    }

    boolean numbered(int attributeId) {
        return id != 0 && id == attributeId;
    }
}
