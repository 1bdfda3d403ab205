package nl.motiemonitor.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.motiemonitor.importing.ReadDocument.Clause;
import nl.motiemonitor.importing.ReadDocument.Footnote;
import nl.motiemonitor.importing.ReadDocument.Outcome;
import nl.motiemonitor.importing.ReadDocument.Precision;

/** What is known of one motion so far, as the stages find it; {@link #build} makes the {@link ReadDocument.Motion}. */
final class MotionDraft {
    Sourced<String> title;
    Sourced<String> number;
    Sourced<LocalDate> adoptedOn;
    Precision precision;
    Sourced<String> debate;
    Sourced<String> debateReference;
    final List<Sourced<String>> sponsors = new ArrayList<>();
    Sourced<Outcome> outcome;
    final List<Sourced<String>> partiesFor = new ArrayList<>();
    final List<Sourced<String>> partiesAgainst = new ArrayList<>();
    List<Clause> clauses = List.of();
    int at;
    int end;
    /** Its place in the list of motions while mentions are read. */
    int order;
    /** The index of its block of clauses, or -1 when the text only names it. */
    int block = -1;

    /** The motion, with the footnotes (in the order of the text) whose marker lies in one of its clauses. */
    ReadDocument.Motion build(List<Footnote> footnotes, ReadingContext ctx) {
        List<int[]> hits = new ArrayList<>();
        for (int c = 0; c < clauses.size(); c++) {
            ctx.tick();
            Span s = clauses.get(c).source();
            for (int f = firstFootnoteFrom(footnotes, s.start()); f < footnotes.size()
                    && footnotes.get(f).source().start() < s.end(); f++) {
                hits.add(new int[] {f, c});
            }
        }
        hits.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        List<Footnote> notes = new ArrayList<>();
        for (int[] hit : hits) {
            Footnote f = footnotes.get(hit[0]);
            notes.add(new Footnote(f.marker(), f.anchor(), hit[1], f.text(), f.source()));
        }
        return new ReadDocument.Motion(title, number, adoptedOn, precision, debate, debateReference, sponsors,
                outcome, partiesFor, partiesAgainst, clauses, notes, new Span(Math.min(at, end), Math.max(at, end)));
    }

    /** A number as a key that ignores how it is written: "30196, nr. 22" and "30196-22" are one motion. */
    static String numberKey(String number) {
        return number.toLowerCase(java.util.Locale.ROOT).replace("nr", "").replaceAll("[^\\p{L}\\d]", "");
    }

    /** "Beantwoorden schriftelijke vragen." as a title: without its final full stop. */
    static String withoutFinalStop(String s) {
        String t = s.strip();
        return t.endsWith(".") && !t.endsWith("..") ? t.substring(0, t.length() - 1) : t;
    }

    /** The index of the first footnote (they are in the order of the text) at or after {@code start}. */
    static int firstFootnoteFrom(List<Footnote> footnotes, int start) {
        int low = 0;
        int high = footnotes.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (footnotes.get(mid).source().start() < start) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
