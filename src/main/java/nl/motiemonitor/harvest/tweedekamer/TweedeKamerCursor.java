package nl.motiemonitor.harvest.tweedekamer;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

import nl.motiemonitor.harvest.HarvestSourceException;

/**
 * Where a harvest of the Kamer stands, as the harvest stores it: which entity set it reads ({@code fase}: first
 * Zaak, then Toezegging), the next page of it (the Kamer's {@code @odata.nextLink}; none: its first page), from which
 * change it reads each set ({@code zaak-sinds}, {@code toezegging-sinds}: GewijzigdOp ge …) and the latest change seen
 * so far ({@code zaak-gezien}, {@code toezegging-gezien}), which the next harvest reads from. Written as a query
 * string: {@code fase=zaak&zaak-sinds=2026-03-05T10:00:00%2B01:00&volgende=https…}.
 */
record TweedeKamerCursor(Phase phase, String next, OffsetDateTime zaakSince, OffsetDateTime toezeggingSince,
        OffsetDateTime zaakSeen, OffsetDateTime toezeggingSeen) {

    enum Phase {
        ZAAK("zaak", "Zaak"), TOEZEGGING("toezegging", "Toezegging");

        private final String word;
        private final String entitySet;

        Phase(String word, String entitySet) {
            this.word = word;
            this.entitySet = entitySet;
        }

        String entitySet() {
            return entitySet;
        }
    }

    static final TweedeKamerCursor START = new TweedeKamerCursor(Phase.ZAAK, null, null, null, null, null);

    /** The cursor a harvest stored; null is the very start. */
    static TweedeKamerCursor parse(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return START;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : cursor.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                values.put(pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1),
                        StandardCharsets.UTF_8));
            }
        }
        try {
            return new TweedeKamerCursor(Phase.TOEZEGGING.word.equals(values.get("fase")) ? Phase.TOEZEGGING
                    : Phase.ZAAK, values.get("volgende"), moment(values.get("zaak-sinds")),
                    moment(values.get("toezegging-sinds")), moment(values.get("zaak-gezien")),
                    moment(values.get("toezegging-gezien")));
        } catch (java.time.format.DateTimeParseException e) {
            throw new HarvestSourceException("De cursor van de oogst is onleesbaar: " + cursor);
        }
    }

    /** From which change this phase reads its entity set; null: all of it. */
    OffsetDateTime since() {
        return phase == Phase.ZAAK ? zaakSince : toezeggingSince;
    }

    /** The next page of this phase, having seen changes up to {@code latest} in this one. */
    TweedeKamerCursor nextPage(String nextLink, OffsetDateTime latest) {
        return phase == Phase.ZAAK
                ? new TweedeKamerCursor(phase, nextLink, zaakSince, toezeggingSince, later(zaakSeen, latest),
                        toezeggingSeen)
                : new TweedeKamerCursor(phase, nextLink, zaakSince, toezeggingSince, zaakSeen,
                        later(toezeggingSeen, latest));
    }

    /** After the last page of Zaak: the first page of Toezegging. */
    TweedeKamerCursor toezeggingen(OffsetDateTime latest) {
        return new TweedeKamerCursor(Phase.TOEZEGGING, null, zaakSince, toezeggingSince, later(zaakSeen, latest),
                toezeggingSeen);
    }

    /** After the last page of Toezegging: where the next harvest starts, each set from the latest change seen. */
    TweedeKamerCursor resume(OffsetDateTime latest) {
        OffsetDateTime toezegging = later(toezeggingSeen, latest);
        return new TweedeKamerCursor(Phase.ZAAK, null, zaakSeen != null ? zaakSeen : zaakSince,
                toezegging != null ? toezegging : toezeggingSince, null, null);
    }

    @Override
    public String toString() {
        StringJoiner cursor = new StringJoiner("&");
        cursor.add("fase=" + phase.word);
        add(cursor, "zaak-sinds", zaakSince);
        add(cursor, "toezegging-sinds", toezeggingSince);
        add(cursor, "zaak-gezien", zaakSeen);
        add(cursor, "toezegging-gezien", toezeggingSeen);
        if (next != null) {
            cursor.add("volgende=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
        }
        return cursor.toString();
    }

    private static void add(StringJoiner cursor, String name, OffsetDateTime value) {
        if (value != null) {
            cursor.add(name + "=" + URLEncoder.encode(literal(value), StandardCharsets.UTF_8));
        }
    }

    /** As OData writes a DateTimeOffset: {@code 2026-03-05T10:00:00+01:00}, seconds always. */
    static String literal(OffsetDateTime moment) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(moment);
    }

    private static OffsetDateTime moment(String value) {
        return value == null ? null : OffsetDateTime.parse(value);
    }

    private static OffsetDateTime later(OffsetDateTime one, OffsetDateTime other) {
        return one == null ? other : other == null || !other.isAfter(one) ? one : other;
    }
}
