package nl.motiemonitor.harvest.notubiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * One item of a Notubiz module as the API returns it: an id, whether it is public, and its {@code attributes[]},
 * each with a label, a numeric id, a datatype and {@code values[]}. A value is text or a number ({@code content}),
 * a reference to a person, party or role ({@code meta_data.label}), or a document ({@code document.url}).
 */
final class NotubizItem {

    private final JsonNode item;

    NotubizItem(JsonNode item) {
        this.item = item;
    }

    /** A value of an attribute: its text as the page shows it, and the document it links, if any. */
    record Value(String text, String documentId, String documentUrl, String documentTitle) {
    }

    /** An attribute: Notubiz's field id, its label as the organisation named it, and its values. */
    record Attribute(int id, String label, List<Value> values) {

        /** The first value's text, or null. */
        String text() {
            return values.stream().map(Value::text).filter(text -> text != null).findFirst().orElse(null);
        }

        List<String> texts() {
            return values.stream().map(Value::text).filter(text -> text != null).toList();
        }

        boolean labelContains(String word) {
            return label != null && label.toLowerCase(Locale.ROOT).contains(word);
        }
    }

    String id() {
        return text(item.path("id"));
    }

    /**
     * Whether Notubiz no longer shows the item to the public: its permission group is not "public" or it was made
     * confidential. The harvest reads that as a removal of what it harvested before.
     */
    boolean withdrawnFromPublic() {
        String group = text(item.path("permission_group"));
        return (group != null && !group.equalsIgnoreCase("public")) || item.path("confidential").asInt(0) == 1;
    }

    /** The item's own body text (HTML), when the organisation fills it. */
    String body() {
        return text(item.path("body"));
    }

    /** The attribute for a field: the one labelled as such, else the one with the field's id; empty when neither. */
    Optional<Attribute> attribute(NotubizField field) {
        return all(field).stream().findFirst();
    }

    /** The attributes for a field, those labelled as such first. */
    List<Attribute> all(NotubizField field) {
        List<Attribute> labelled = new ArrayList<>();
        List<Attribute> numbered = new ArrayList<>();
        for (Attribute attribute : attributes()) {
            if (field.labelled(attribute.label())) {
                labelled.add(attribute);
            } else if (field.numbered(attribute.id())) {
                numbered.add(attribute);
            }
        }
        labelled.addAll(numbered);
        return labelled;
    }

    /** All attributes, in the item's order. */
    List<Attribute> attributes() {
        List<Attribute> attributes = new ArrayList<>();
        for (JsonNode attribute : item.path("attributes").values()) {
            attributes.add(attribute(attribute));
        }
        return attributes;
    }

    /** The first text of a field's attribute, or null. */
    String text(NotubizField field) {
        return attribute(field).map(Attribute::text).orElse(null);
    }

    /** The texts of a field's attribute, one per value. */
    List<String> texts(NotubizField field) {
        return attribute(field).map(Attribute::texts).orElse(List.of());
    }

    /**
     * The item's own document ("Hoofddocument", "Motie"): the first document an attribute links, leaving out the
     * document that discharged it; empty when there is none.
     */
    Optional<Value> mainDocument() {
        return attributes().stream()
                .filter(attribute -> !NotubizField.DISCHARGE_DOCUMENT.labelled(attribute.label())
                        && !NotubizField.DISCHARGE_DOCUMENT.numbered(attribute.id()))
                .flatMap(attribute -> attribute.values().stream())
                .filter(value -> value.documentUrl() != null).findFirst();
    }

    private static Attribute attribute(JsonNode attribute) {
        List<Value> values = new ArrayList<>();
        for (JsonNode value : attribute.path("values").values()) {
            JsonNode document = value.path("document");
            String text = text(value.path("meta_data").path("label"));
            values.add(new Value(text != null ? text : text(value.path("content")), text(document.path("id")),
                    text(document.path("url")), text(document.path("title"))));
        }
        return new Attribute(attribute.path("id").asInt(-1), text(attribute.path("label")), values);
    }

    /** A node's text: a string (blank is none) or a number as written; null for anything else. */
    static String text(JsonNode node) {
        if (node.isString()) {
            String text = node.stringValue().strip();
            return text.isEmpty() ? null : text;
        }
        return node.isNumber() ? node.asString() : null;
    }
}
