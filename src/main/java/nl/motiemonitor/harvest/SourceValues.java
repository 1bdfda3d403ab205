package nl.motiemonitor.harvest;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a harvest remembers of an item's fields (the item's {@code source_values}, a JSON object): per field the value
 * it {@code stored} (as read back from the item right after writing it) and what the source last said
 * ({@code harvested}). A field whose value differs from what the harvest stored was edited by a clerk since; a field
 * the source still says the same of needs nothing, even where the item writes it differently.
 */
record SourceValues(Map<String, String> stored, Map<String, String> harvested) {

    static final SourceValues EMPTY = new SourceValues(Map.of(), Map.of());

    private static final JsonMapper JSON = JsonMapper.shared();
    private static final TypeReference<Map<String, Map<String, String>>> SHAPE = new TypeReference<>() {
    };

    SourceValues {
        stored = Collections.unmodifiableMap(new TreeMap<>(stored));
        harvested = Collections.unmodifiableMap(new TreeMap<>(harvested));
    }

    static SourceValues parse(String json) {
        if (json == null || json.isBlank()) {
            return EMPTY;
        }
        Map<String, Map<String, String>> read = JSON.readValue(json, SHAPE);
        return new SourceValues(read.getOrDefault("stored", Map.of()), read.getOrDefault("harvested", Map.of()));
    }

    /** As JSON; a field stored as empty may be left out, which {@link #edited} reads the same way. */
    String json() {
        return JSON.writeValueAsString(new TreeMap<>(Map.of("harvested", harvested, "stored", stored)));
    }

    /** Whether a clerk changed this field since the harvest stored it (or filled it in before any harvest did). */
    boolean edited(String field, Map<String, String> current) {
        return stored.containsKey(field) ? !Objects.equals(current.get(field), stored.get(field))
                : current.get(field) != null;
    }

    /** Whether a clerk changed any field the harvest stored. */
    boolean editedAny(Map<String, String> current) {
        return stored.keySet().stream().anyMatch(field -> edited(field, current));
    }

    /** Whether the source says of this field what it said before. */
    boolean sourceSaysAgain(String field, String value) {
        return harvested.containsKey(field) && Objects.equals(harvested.get(field), value);
    }

    /**
     * What to remember after a harvest read {@code incoming} and the item has {@code current}: the source's values,
     * and the item's as stored, except for the fields a clerk keeps ({@code kept}), which stay edited.
     */
    SourceValues next(Map<String, String> incoming, Map<String, String> current, Collection<String> kept) {
        Map<String, String> nextStored = new TreeMap<>(stored);
        Map<String, String> nextHarvested = new TreeMap<>(harvested);
        incoming.forEach((field, value) -> {
            nextHarvested.put(field, value);
            if (!kept.contains(field)) {
                nextStored.put(field, current.get(field));
            }
        });
        return new SourceValues(nextStored, nextHarvested);
    }

    /** The same, once a clerk took the source's value of one field: it is the harvest's again. */
    SourceValues taken(String field, Map<String, String> current) {
        Map<String, String> nextStored = new TreeMap<>(stored);
        nextStored.put(field, current.get(field));
        return new SourceValues(nextStored, harvested);
    }
}
