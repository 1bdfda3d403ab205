package nl.motiemonitor.importing;

import java.time.Duration;
import java.util.List;

/** Contexts for testing one stage of the reader in isolation: the text normalised and split into lines. */
final class StageTexts {

    private StageTexts() {
    }

    /** The normalised text, nothing read yet. */
    static ReadingContext context(String text) {
        return new ReadingContext(TextNormaliser.normalise(text), List.of(), ReadingDeadline.after(Duration.ofSeconds(10)));
    }

    /** The text's lines, none of them marked yet. */
    static ReadingContext lines(String text) {
        ReadingContext ctx = context(text);
        DocumentLines.splitLines(ctx);
        return ctx;
    }

    /** The text read by the first stages, as the later ones get it. */
    static FirstStages first(String text) {
        return FirstStages.read(context(text));
    }

    /** The text's lines with furniture and repeated lines marked, as the stages after the first see them. */
    static ReadingContext marked(String text) {
        ReadingContext ctx = lines(text);
        DocumentLines.markFurniture(ctx, new ClauseHeadings(ctx));
        return ctx;
    }

    /** The line whose trimmed text is {@code text}. */
    static Line line(ReadingContext ctx, String text) {
        return ctx.lines.stream().filter(l -> l.trimmed().equals(text)).findFirst().orElseThrow();
    }
}
