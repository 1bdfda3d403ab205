package nl.motiemonitor.importing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.motiemonitor.importing.ReadDocument.ClauseKind;

/**
 * One clause of a motion as its lines come (for {@link MotionClauses}): the joined text with where each character
 * came from, and where in it "en gaat over tot de orde van de dag" ends the motion.
 */
final class ClauseItem {

    static final Pattern END_OF_MOTION = Pattern.compile(
            "(?:,\\s*+)?\\ben\\s++(?:gaa?t|gaan)\\s++over\\s++tot\\s++de\\s++orde\\s++van\\s++de\\s++dag\\b\\.?", ReadingContext.CI);
    /** The end of the motion is never longer than this (in joined text, where spaces come one at a time). */
    static final int END_OF_MOTION_REACH = 100;

    private final ReadingContext ctx;
    final ClauseKind kind;
    /** Whether the item opened with a bullet or number. */
    final boolean bullet;
    final Joined joined = new Joined();
    int from = -1;
    int to = -1;
    /** How far the item was searched for the end of the motion: only what was added since is searched again. */
    private int searched;

    ClauseItem(ReadingContext ctx, ClauseKind kind, boolean bullet) {
        this.ctx = ctx;
        this.kind = kind;
        this.bullet = bullet;
    }

    void add(Line l, int start) {
        add(l, start, l.end);
    }

    void add(Line l, int start, int end) {
        if (from < 0) {
            from = start;
        }
        to = end;
        ctx.appendLine(joined, l, start, end);
    }

    /**
     * Where in the joined text "en gaat over tot de orde van de dag" starts, or -1. Only what was added since the
     * last call is searched (with the phrase's length before it): the item can run on for thousands of lines.
     */
    int endOfMotion() {
        CharSequence text = joined.chars();
        Matcher m = ctx.matcher(END_OF_MOTION, text).useTransparentBounds(true)
                .region(Math.max(0, searched - END_OF_MOTION_REACH), text.length());
        if (!m.find()) {
            searched = text.length();
            return -1;
        }
        return m.start();
    }

    /** The item's text before {@code end} (of the joined text), with the item's lines. */
    ClauseItem before(int end) {
        ClauseItem cut = new ClauseItem(ctx, kind, bullet);
        for (int c = 0; c < end; c++) {
            cut.joined.add(joined.charAt(c), joined.sourceOf(c));
        }
        cut.from = from;
        cut.to = to;
        return cut;
    }
}
