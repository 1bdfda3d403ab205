package nl.motiemonitor.letter;

import java.util.Arrays;
import java.util.List;

/** A letter's text as paragraphs: blocks separated by blank lines, inner line breaks kept as spaces. */
final class Paragraphs {

    private Paragraphs() {
    }

    static List<String> of(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.strip().split("\\R\\s*\\R"))
                .map(paragraph -> paragraph.strip().replaceAll("\\s*\\R\\s*", " "))
                .filter(paragraph -> !paragraph.isEmpty())
                .toList();
    }
}
