package nl.motiemonitor.importing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.motiemonitor.importing.ClauseHeadings.HeadingHit;
import nl.motiemonitor.importing.ReadDocument.Clause;
import nl.motiemonitor.importing.ReadDocument.ClauseKind;

/**
 * The clauses of the motions in a text, in blocks: a block opens at a heading ("Constaterende dat"), its items are
 * bullets, paragraphs or lines ending on ";", and it closes at "en gaat over tot de orde van de dag", at prose of a
 * letter, or at the end. The lines it reads are marked as clauses.
 */
final class MotionClauses {

    private static final Pattern END_OF_MOTION = Pattern.compile(
            "(?:,\\s*+)?\\ben\\s++gaa?t\\s++over\\s++tot\\s++de\\s++orde\\s++van\\s++de\\s++dag\\b\\.?", ReadingContext.CI);
    private static final Pattern LETTER_PROSE = Pattern.compile(
            "^(?:hierbij|het\\s+college|wij\\b|ik\\b|uw\\s+raad|met\\s+vriendelijke|de\\s+motie|deze\\s+motie|het\\s+kabinet"
                    + "|graag|zoals|naar\\s+aanleiding|voor\\s+afdoening|in\\s+reactie|ter\\s+uitvoering)", ReadingContext.CI);
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[,:;\\s]++");
    private static final Pattern LEADING_DAT_COLON = Pattern.compile("^(?i)(?:dat|om)\\s*+:\\s*+");
    private static final Pattern ONLY_PUNCTUATION = Pattern.compile("[\\p{Punct}\\s–—•]++");
    /** The end of the motion is never longer than this (in joined text, where spaces come one at a time). */
    static final int END_OF_MOTION_REACH = 100;

    private final ReadingContext ctx;
    private final ClauseHeadings headings;
    /** The blocks of clauses, in the order of the text, and for each its span {start, end}. */
    final List<List<Clause>> clauseBlocks = new ArrayList<>();
    final List<int[]> blockSpans = new ArrayList<>();
    /** Whether any block ended on "en gaat over tot de orde van de dag". */
    boolean endMarkerSeen;
    private final Set<List<Clause>> closedBlocks = Collections.newSetFromMap(new IdentityHashMap<>());

    MotionClauses(ReadingContext ctx, ClauseHeadings headings) {
        this.ctx = ctx;
        this.headings = headings;
    }

    /** One clause as its lines come. */
    final class ItemBuilder {
        final ClauseKind kind;
        final Joined joined = new Joined();
        int from = -1;
        int to = -1;
        /** How far the item was searched for the end of the motion: only what was added since is searched again. */
        int searched;

        ItemBuilder(ClauseKind kind) {
            this.kind = kind;
        }

        void add(Line l, int start) {
            if (from < 0) {
                from = start;
            }
            to = l.end;
            ctx.appendLine(joined, l, start, l.end);
        }
    }

    void read() {
        List<Line> lines = ctx.lines;
        List<Clause> block = null;
        int blockStart = -1;
        ItemBuilder item = null;
        ClauseKind kind = null;
        int itemsInSection = 0;
        boolean lastEndedWithStop = false;
        for (int i = 0; i < lines.size(); i++) {
            ctx.tick();
            Line l = lines.get(i);
            if (l.use != null && l.use != LineRole.REPEATED) {
                if (l.use != LineRole.FURNITURE && l.use != LineRole.FOOTNOTE && block != null) {
                    if (item != null) {
                        lastEndedWithStop = finish(item, block);
                        item = null;
                    }
                }
                continue;
            }
            if (l.blank()) {
                if (item != null) {
                    lastEndedWithStop = finish(item, block);
                    item = null;
                }
                continue;
            }
            String s = l.trimmed();
            int ts = l.trimmedStart();
            HeadingHit h = headings.headingOf(s);
            if (h == null) {
                h = headings.plainHeadingOf(s, block != null);
            }
            if (h != null) {
                if (item != null) {
                    finish(item, block);
                    item = null;
                }
                if (block == null) {
                    block = new ArrayList<>();
                    blockStart = ts;
                }
                kind = h.kind();
                itemsInSection = 0;
                lastEndedWithStop = false;
                l.use = LineRole.CLAUSE;
                String rest = s.substring(h.restAt());
                if (!rest.replace("*", "").isBlank()) {
                    item = new ItemBuilder(kind);
                    item.add(l, ts + h.restAt());
                    itemsInSection++;
                }
                if (endOfMotion(item, block, blockStart)) {
                    block = null;
                    item = null;
                }
                continue;
            }
            if (block == null) {
                continue;
            }
            Matcher bullet = ctx.matcher(DocumentLines.BULLET, s);
            boolean isBullet = bullet.find();
            if (!isBullet && item != null && breaksItem(item, s)) {
                // PDF text has no blank lines between paragraphs: "…;" or "…." + capital starts anew
                lastEndedWithStop = finish(item, block);
                item = null;
            }
            if (!isBullet && item == null) {
                boolean stop = ctx.finds(LETTER_PROSE, s.replace("*", ""))
                        || itemsInSection > 0 && Character.isUpperCase(s.replace("*", "").codePointAt(0))
                        && (lastEndedWithStop || kind == ClauseKind.REQUEST || kind == ClauseKind.INSTRUCTION)
                        && !Chars.endsWithAny(Chars.withoutTrailing(s, "*"), ";,");
                if (stop) {
                    closeBlock(block, blockStart, lines.get(i - 1 >= 0 ? i - 1 : 0).end);
                    block = null;
                    continue;
                }
            }
            if (isBullet) {
                if (item != null) {
                    finish(item, block);
                }
                item = new ItemBuilder(kind);
                item.add(l, ts + bullet.end());
                itemsInSection++;
            } else if (item == null) {
                item = new ItemBuilder(kind);
                item.add(l, ts);
                itemsInSection++;
            } else {
                item.add(l, ts);
            }
            l.use = LineRole.CLAUSE;
            if (endOfMotion(item, block, blockStart)) {
                block = null;
                item = null;
            }
        }
        if (block != null) {
            if (item != null) {
                finish(item, block);
            }
            closeBlock(block, blockStart, item != null ? item.to : blockStart);
        }
    }

    /** Whether {@code line} starts a new item after the item so far: it ended on ";", or on "." or ":" before a capital. */
    static boolean breaksItem(ItemBuilder item, String line) {
        int end = item.joined.length();
        while (end > 0 && (item.joined.charAt(end - 1) == '*' || Chars.isSpace(item.joined.charAt(end - 1)))) {
            end--;
        }
        String next = line.replace("*", "").strip();
        if (end == 0 || next.isEmpty()) {
            return false;
        }
        char last = item.joined.charAt(end - 1);
        boolean upper = Character.isUpperCase(next.codePointAt(0));
        return last == ';' || (last == '.' || last == ':') && upper;
    }

    /**
     * Ends the block when the current item contains "en gaat over tot de orde van de dag". Only what was added to
     * the item since the last line is searched (with the phrase's length before it): the item can run on for
     * thousands of lines.
     */
    private boolean endOfMotion(ItemBuilder item, List<Clause> block, int blockStart) {
        if (item == null) {
            return false;
        }
        CharSequence text = item.joined.chars();
        Matcher m = ctx.matcher(END_OF_MOTION, text).useTransparentBounds(true)
                .region(Math.max(0, item.searched - END_OF_MOTION_REACH), text.length());
        if (!m.find()) {
            item.searched = text.length();
            return false;
        }
        endMarkerSeen = true;
        Joined cut = new Joined();
        for (int c = 0; c < m.start(); c++) {
            cut.add(text.charAt(c), item.joined.sourceOf(c));
        }
        ItemBuilder trimmed = new ItemBuilder(item.kind);
        for (int c = 0; c < cut.length(); c++) {
            trimmed.joined.add(cut.charAt(c), cut.sourceOf(c));
        }
        trimmed.from = item.from;
        trimmed.to = item.to;
        finish(trimmed, block);
        closeBlock(block, blockStart, item.to);
        return true;
    }

    /** Adds the item to the block as a clause, unless it says nothing; whether it ended on a full stop. */
    private boolean finish(ItemBuilder item, List<Clause> block) {
        String text = ctx.clean(item.joined.toString());
        text = ctx.replaceAll(LEADING_DAT_COLON, ctx.replaceAll(LEADING_PUNCTUATION, text, ""), "").strip();
        if (text.isEmpty() || block == null) {
            return false;
        }
        if (ctx.matches(ONLY_PUNCTUATION, text)) {
            return false;
        }
        block.add(new Clause(item.kind, text, item.joined.span()));
        return text.endsWith(".");
    }

    private void closeBlock(List<Clause> block, int start, int end) {
        if (block == null || block.isEmpty()) {
            return;
        }
        if (!closedBlocks.add(block)) {
            return;
        }
        clauseBlocks.add(block);
        int e = Math.max(end, block.get(block.size() - 1).source().end());
        blockSpans.add(new int[] {start, e});
    }
}
