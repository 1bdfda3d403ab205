package nl.motiemonitor.harvest.tweedekamer;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/** Reading the Kamer's OData JSON: a property's text, date or number, and a navigation property as a list. */
final class ODataValues {

    private ODataValues() {
    }

    /** The property's text, stripped; null when absent, null or blank. */
    static String text(JsonNode entity, String property) {
        JsonNode value = entity.path(property);
        if (!value.isValueNode() || value.isNull()) {
            return null;
        }
        String text = value.asString().strip();
        return text.isEmpty() ? null : text;
    }

    static Integer number(JsonNode entity, String property) {
        JsonNode value = entity.path(property);
        return value.isNumber() ? Integer.valueOf(value.asInt()) : null;
    }

    static boolean yes(JsonNode entity, String property) {
        return entity.path(property).asBoolean(false);
    }

    /**
     * The day of a DateTimeOffset ("2024-03-05T00:00:00+01:00"), as written (the Kamer writes Dutch time); null for
     * none and for the Kamer's "no date" ({@code 0001-01-01}).
     */
    static LocalDate date(JsonNode entity, String property) {
        OffsetDateTime moment = moment(entity, property);
        if (moment != null) {
            return moment.getYear() <= 1 ? null : moment.toLocalDate();
        }
        String text = text(entity, property);
        if (text == null) {
            return null;
        }
        try {
            LocalDate day = text.length() > 10 ? LocalDateTime.parse(text).toLocalDate() : LocalDate.parse(text);
            return day.getYear() <= 1 ? null : day;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A DateTimeOffset with its offset, or null when absent or written otherwise. */
    static OffsetDateTime moment(JsonNode entity, String property) {
        String text = text(entity, property);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A navigation property's entities: the array, or the one entity, or none; deleted ones left out. */
    static List<JsonNode> related(JsonNode entity, String property) {
        JsonNode value = entity.path(property);
        List<JsonNode> related = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(related::add);
        } else if (value.isObject()) {
            related.add(value);
        }
        related.removeIf(node -> yes(node, "Verwijderd"));
        return related;
    }
}
