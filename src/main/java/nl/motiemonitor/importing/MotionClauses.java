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
 * letter, or at the end. The lines it reads are marked as clauses. Within a section whose items have bullets, a
 * paragraph without one after a blank line may go on with the item ({@link DictumItems#continuesItem}); an intro
 * ending on ":" before bulleted items is the start of each item's text, not a clause; the preamble ("gehoord de
 * beraadslaging") and a heading's rest that only names the addressee are no clauses.
 */
final class MotionClauses {

    private static final Pattern LETTER_PROSE = Pattern.compile(
            "^(?:hierbij|het\\s+college|wij\\b|ik\\b|uw\\s+raad|met\\s+vriendelijke|de\\s+motie|deze\\s+motie|het\\s+kabinet"
                    + "|graag|zoals|naar\\s+aanleiding|voor\\s+afdoening|in\\s+reactie|ter\\s+uitvoering)", ReadingContext.CI);
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[,:;\\s]++");
    private static final Pattern LEADING_DAT_COLON = Pattern.compile("^(?i)(?:dat|om)\\s*+:\\s*+");
    private static final Pattern ONLY_PUNCTUATION = Pattern.compile("[\\p{Punct}\\s–—•]++");

    private final ReadingContext ctx;
    private final ClauseHeadings headings;
    /** The blocks of clauses, in the order of the text, and for each its span {start, end}. */
    final List<List<Clause>> clauseBlocks = new ArrayList<>();
    final List<int[]> blockSpans = new ArrayList<>();
    /** Whether any block ended on "en gaat over tot de orde van de dag". */
    boolean endMarkerSeen;
    private final Set<List<Clause>> closedBlocks = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Of the current heading's section: whether an item had a bullet, the text its bulleted items share, and the
     * last clause if it may be that introduction (no bullet, ends on ":"). */
    private boolean sectionBulleted;
    private String intro;
    private Clause introCandidate;

    MotionClauses(ReadingContext ctx, ClauseHeadings headings) {
        this.ctx = ctx;
        this.headings = headings;
    }

    void read() {
        List<Line> lines = ctx.lines;
        List<Clause> block = null;
        int blockStart = -1;
        ClauseItem item = null;
        ClauseKind kind = null;
        int itemsInSection = 0;
        boolean lastEndedWithStop = false;
        boolean afterBlank = false;
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
                if (item != null && item.bullet && sectionBulleted) {
                    afterBlank = true; // the item may go on after the blank line (PDF line breaks)
                } else if (item != null) {
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
            if (h == null) {
                h = headings.inlineListHeadingOf(s);
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
                afterBlank = false;
                sectionBulleted = false;
                intro = null;
                introCandidate = null;
                l.use = LineRole.CLAUSE;
                String rest = s.substring(h.restAt());
                int[] inline = DictumItems.inlineItems(ctx, rest);
                if (inline.length > 0) {
                    // "Verzoekt het college: - A; - B; - C" flattened into one line: each "- " an item
                    sectionBulleted = true;
                    for (int k = 0; k < inline.length; k += 2) {
                        if (item != null) {
                            finish(item, block);
                        }
                        item = new ClauseItem(ctx, kind, true);
                        item.add(l, ts + h.restAt() + inline[k], ts + h.restAt() + inline[k + 1]);
                        itemsInSection++;
                    }
                    if (h.restAt() > 0 && ctx.finds(DocumentLines.BULLET, s) && !endOfMotion(item, block, blockStart)) {
                        // a register's field ("- Toelichting" / "- Verzoekt …: - A; - B"): the next lines are other fields
                        finish(item, block);
                        closeBlock(block, blockStart, l.end);
                        block = null;
                        item = null;
                        continue;
                    }
                } else if (!rest.replace("*", "").isBlank() && !DictumItems.isAddresseeOnly(rest)) {
                    item = new ClauseItem(ctx, kind, false);
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
            if (!isBullet && DictumItems.isPreamble(ctx, s)) {
                if (item != null) {
                    lastEndedWithStop = finish(item, block);
                    item = null;
                }
                afterBlank = false;
                continue;
            }
            if (afterBlank && item != null) {
                afterBlank = false;
                if (!isBullet && DictumItems.continuesItem(item.joined.chars(), s)) {
                    item.add(l, ts);
                    l.use = LineRole.CLAUSE;
                    if (endOfMotion(item, block, blockStart)) {
                        block = null;
                        item = null;
                    }
                    continue;
                }
                lastEndedWithStop = finish(item, block);
                item = null;
            }
            if (!isBullet && item != null && DictumItems.breaksItem(item.joined.chars(), s)) {
                // PDF text has no blank lines between paragraphs: "…;" or "…." + capital starts anew
                lastEndedWithStop = finish(item, block);
                item = null;
            }
            if (!isBullet && item == null) {
                // "En gaat over tot de orde van de dag." on its own line is read as an item: it ends the motion
                String plain = s.replace("*", "");
                boolean stop = !ctx.matcher(ClauseItem.END_OF_MOTION, plain).lookingAt()
                        && (ctx.finds(LETTER_PROSE, plain)
                        || itemsInSection > 0 && Character.isUpperCase(plain.codePointAt(0))
                        && (lastEndedWithStop || kind == ClauseKind.REQUEST || kind == ClauseKind.INSTRUCTION)
                        && !Chars.endsWithAny(Chars.withoutTrailing(s, "*"), ";,"));
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
                sectionBulleted = true;
                takeIntro(block);
                item = new ClauseItem(ctx, kind, true);
                item.add(l, ts + DictumItems.bulletEnd(s, bullet.end()));
                itemsInSection++;
            } else if (item == null) {
                item = new ClauseItem(ctx, kind, false);
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

    /**
     * When the first bulleted item follows a clause that ends on ":" ("verzoekt de regering de Inspectie aan te
     * moedigen om:"), that clause is the introduction of the items, not a clause of its own: each item's text starts
     * with it. The item's source stays the item alone (the introduction is further up, before the other items).
     */
    private void takeIntro(List<Clause> block) {
        if (introCandidate != null && !block.isEmpty() && block.get(block.size() - 1) == introCandidate) {
            block.remove(block.size() - 1);
            intro = introCandidate.text();
        }
        introCandidate = null;
    }

    /** Ends the block when the current item contains "en gaat over tot de orde van de dag" (cut off before it). */
    private boolean endOfMotion(ClauseItem item, List<Clause> block, int blockStart) {
        if (item == null) {
            return false;
        }
        int end = item.endOfMotion();
        if (end < 0) {
            return false;
        }
        endMarkerSeen = true;
        finish(item.before(end), block);
        closeBlock(block, blockStart, item.to);
        return true;
    }

    /** Adds the item to the block as a clause, unless it says nothing; whether it ended on a full stop. */
    private boolean finish(ClauseItem item, List<Clause> block) {
        String text = ctx.clean(item.joined.toString());
        text = ctx.replaceAll(LEADING_DAT_COLON, ctx.replaceAll(LEADING_PUNCTUATION, text, ""), "").strip();
        if (text.isEmpty() || block == null) {
            return false;
        }
        if (ctx.matches(ONLY_PUNCTUATION, text)) {
            return false;
        }
        String own = text;
        if (item.bullet) {
            text = DictumItems.withIntro(intro, text);
        }
        Clause clause = new Clause(item.kind, text, item.joined.span());
        block.add(clause);
        introCandidate = !item.bullet && own.endsWith(":") ? clause : null;
        return own.endsWith(".");
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
