package nl.motiemonitor.importing;

import java.util.List;

import nl.motiemonitor.importing.ReadDocument.Footnote;

/**
 * The stages that read the text's parts, each marking the lines it takes so the next one passes them by: lines and
 * furniture, footnotes, the header, the closing, the clauses. What comes after works on what these found.
 */
record FirstStages(ReadingContext ctx, Names names, List<Footnote> footnotes, HeaderFields header, Closing closing,
        MotionClauses clauses) {

    static FirstStages read(ReadingContext ctx) {
        ClauseHeadings headings = new ClauseHeadings(ctx);
        DocumentLines.read(ctx, headings);
        List<Footnote> footnotes = Footnotes.read(ctx);
        HeaderFields header = new HeaderFields(ctx, headings);
        header.read();
        Names names = new Names(ctx);
        Closing closing = new Closing(ctx, names);
        closing.read();
        MotionClauses clauses = new MotionClauses(ctx, headings);
        clauses.read();
        return new FirstStages(ctx, names, footnotes, header, closing, clauses);
    }

    /** Whether the text is a motion itself, and what the lines around its clauses say. */
    MotionDocument motionDocument() {
        return new MotionDocument(ctx, header, closing, clauses, names);
    }
}
