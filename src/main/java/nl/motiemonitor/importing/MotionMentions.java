package nl.motiemonitor.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The motions a text is about: those its prose names (by a quoted title or a number) and says something of, or its
 * subject names, each once; then each block of clauses given to its motion. What the prose names but is not about
 * (a Kamerstuk, a RIS number, a motion only mentioned) becomes another reference.
 */
final class MotionMentions {

    static final String QUOTE_OPEN = "['‘\"“„‚«]";
    static final String QUOTE_CLOSE = "['’\"”»‛]";
    static final Pattern MOTION_WITH_TITLE = Pattern.compile(
            "\\bmoties?\\b(?:\\s++(?:(?:nr\\.?|nummer)\\s*+)?+(?<inline>(?=[\\w./-]{0,12}?\\d)\\p{L}{0,4}+[\\d./-][\\w./-]{0,16}+))?(?:\\s+van\\s+(?:het\\s+lid|de\\s+leden|raadslid|de\\s+raadsleden)\\s+[^'‘\"“„.;]{1,80}?)?"
                    + "\\s*+:?+\\s*+" + QUOTE_OPEN + "(?<title>.{3,250}?)" + QUOTE_CLOSE + "(?=[\\s).,;:]|$)"
                    + "(?:\\s*+\\((?<bracket>[^()]{1,40})\\))?", ReadingContext.CI);
    private static final Pattern KAMERSTUK = Pattern.compile(
            "(?i)\\bKamerstuk(?:ken)?\\s++(\\d{2}\\s?\\d{3}(?:-[A-Z0-9]++)?+),?+\\s++nr\\.?+\\s*+(\\d++)");
    private static final Pattern SPACE_OR_DASH = Pattern.compile("[\\s-]");
    private static final Pattern DISCHARGE_SUBJECT = Pattern.compile("afdoening\\s++(?:van\\s++de\\s++)?motie");

    private final ReadingContext ctx;
    private final HeaderFields header;
    private final Names names;
    final List<MotionDraft> motions = new ArrayList<>();
    final List<Sourced<String>> otherReferences = new ArrayList<>();
    /** The first motion (in the order of {@link #motions}) with a title, and with a number, ignoring case. */
    private final Map<String, MotionDraft> motionByTitle = new HashMap<>();
    private final Map<String, MotionDraft> motionByNumber = new HashMap<>();

    MotionMentions(ReadingContext ctx, HeaderFields header, Names names) {
        this.ctx = ctx;
        this.header = header;
        this.names = names;
    }

    void read() {
        Sourced<String> subject = header.get(HeaderField.SUBJECT);
        for (Joined j : Prose.paragraphs(ctx, false)) {
            String s = j.toString();
            MentionSentences sentences = new MentionSentences(ctx, names, s);
            Matcher m = ctx.matcher(MOTION_WITH_TITLE, s);
            int consumedTo = -1;
            while (m.find()) {
                ctx.tick();
                consumedTo = m.end();
                String title = ctx.clean(m.group("title"));
                MotionDraft d = new MotionDraft();
                d.title = new Sourced<>(title, j.span(m.start("title"), m.end("title")));
                d.at = j.span(m.start(), m.end()).start();
                d.end = j.span(m.start(), m.end()).end();
                if (m.group("bracket") != null) {
                    Matcher ris = ctx.matcher(HeaderFields.RIS_IN_TEXT, m.group("bracket"));
                    String number = ris.find() ? "RIS" + ris.group(1) : m.group("bracket").strip();
                    d.number = new Sourced<>(number, j.span(m.start("bracket"), m.end("bracket")));
                } else if (m.group("inline") != null) { // "motie M12 'Natuurinclusief bouwen'"
                    d.number = new Sourced<>(m.group("inline"), j.span(m.start("inline"), m.end("inline")));
                }
                sentences.describe(d, j, m.start(), m.end());
                addMotion(d, subject != null && subject.value().contains(title));
            }
            for (MotionNumbers.Found n : MotionNumbers.in(ctx.guard(s))) {
                ctx.tick();
                if (n.start() < consumedTo || !aboutAMotion(s, n)) {
                    continue;
                }
                String raw = n.number();
                if (oneOrTwoDigits(raw) && !s.substring(Math.max(0, n.start() - 12), n.start())
                        .toLowerCase(Locale.ROOT).contains("nr")) {
                    continue;
                }
                MotionDraft d = new MotionDraft();
                d.number = new Sourced<>(raw.startsWith("RIS") ? ctx.replaceAll(SPACE_OR_DASH, raw, "") : raw,
                        j.span(n.start(), n.end()));
                d.at = j.span(n.start(), n.end()).start();
                d.end = j.span(n.start(), n.end()).end();
                if (n.shape() == MotionNumbers.Shape.BRACKETED) {
                    d.title = nameBefore(s, n.start(), j);
                }
                sentences.describe(d, j, n.start(), n.end());
                addMotion(d, subject != null && subject.value().contains(raw) || sentences.answered(n.start(), n.end()));
            }
            Matcher k = ctx.matcher(KAMERSTUK, s);
            while (k.find()) {
                otherReferences.add(new Sourced<>("Kamerstuk " + k.group(1) + ", nr. " + k.group(2), j.span(k.start(), k.end())));
            }
            Matcher r = ctx.matcher(HeaderFields.RIS_IN_TEXT, s);
            while (r.find()) {
                otherReferences.add(new Sourced<>("RIS" + r.group(1), j.span(r.start(), r.end())));
            }
        }
        if (subject != null && motions.isEmpty()) {
            Matcher m = ctx.matcher(MOTION_WITH_TITLE, subject.value());
            if (m.find()) {
                MotionDraft d = new MotionDraft();
                d.title = new Sourced<>(ctx.clean(m.group("title")), subject.source());
                d.at = subject.source().start();
                d.end = subject.source().end();
                motions.add(d);
            }
        }
        if (subject != null && motions.isEmpty()) {
            readSubjectNumber(subject);
        }
    }

    /** "Onderwerp: Afdoening motie M2023-45 Groene schoolpleinen": the motion the letter is about, by its number. */
    private void readSubjectNumber(Sourced<String> subject) {
        String written = subject.source().of(ctx.t);
        int offset = written.indexOf(subject.value());
        for (MotionNumbers.Found n : MotionNumbers.in(ctx.guard(subject.value()))) {
            if (n.shape() != MotionNumbers.Shape.MENTION) {
                continue;
            }
            MotionDraft d = new MotionDraft();
            Span span = offset < 0 ? subject.source() : new Span(subject.source().start() + offset + n.start(),
                    subject.source().start() + offset + n.end());
            d.number = new Sourced<>(n.number(), span);
            d.at = span.start();
            d.end = span.end();
            addMotion(d, true);
        }
    }

    /** The name between "motie" and a bracketed number: "de motie Groene schoolpleinen (M2023-45)". */
    private static Sourced<String> nameBefore(String s, int numberStart, Joined j) {
        int open = s.lastIndexOf('(', numberStart);
        String before = s.substring(Math.max(0, open - 120), Math.max(0, open));
        int motie = before.toLowerCase(Locale.ROOT).lastIndexOf("motie ");
        if (open < 0 || motie < 0) {
            return null;
        }
        int from = motie + "motie ".length();
        int over = before.indexOf(" over ", from);
        from = over >= 0 ? over + " over ".length() : from;
        String name = before.substring(from).strip();
        if (name.isEmpty() || Chars.containsAny(name, ".;:!?") || name.split(" ").length > 12) {
            return null;
        }
        int start = Math.max(0, open - 120) + before.indexOf(name, from);
        return new Sourced<>(name, j.span(start, start + name.length()));
    }

    /** A motion only named ("… de motie-Jansen (30196, nr. 22) is aangenomen") is the one whose text has that number. */
    private void joinByNumber() {
        Map<String, MotionDraft> withText = new HashMap<>();
        for (MotionDraft m : motions) {
            if (m.block >= 0 && m.number != null) {
                withText.putIfAbsent(MotionDraft.numberKey(m.number.value()), m);
            }
        }
        motions.removeIf(named -> {
            MotionDraft text = named.block < 0 && named.number != null
                    ? withText.get(MotionDraft.numberKey(named.number.value())) : null;
            if (text == null) {
                return false;
            }
            text.outcome = text.outcome != null ? text.outcome : named.outcome;
            text.title = text.title != null ? text.title : named.title;
            return true;
        });
    }

    static boolean oneOrTwoDigits(String s) {
        return !s.isEmpty() && s.length() <= 2 && Chars.hasOnlyDigits(s);
    }

    /** A Kamerstuk or Eerste Kamer number is a motion's only when the sentence names a motion just before it. */
    static boolean aboutAMotion(String s, MotionNumbers.Found n) {
        if (n.shape() == MotionNumbers.Shape.MENTION || n.shape() == MotionNumbers.Shape.CHAIR) {
            return true;
        }
        String before = s.substring(Math.max(0, n.start() - 150), n.start()).toLowerCase(Locale.ROOT);
        int motie = before.lastIndexOf("motie");
        if (motie < 0) {
            return false;
        }
        for (int i = motie; i + 1 < before.length(); i++) {
            if (".;!?".indexOf(before.charAt(i)) >= 0 && Chars.isSpace(before.charAt(i + 1))) {
                return false; // a sentence ended between "motie" and the number
            }
        }
        return true;
    }

    /** A key that two strings share exactly when {@link String#equalsIgnoreCase} says they are equal. */
    static String ignoringCase(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(Character.toUpperCase(chars[i]));
        }
        return new String(chars);
    }

    private static void index(Map<String, MotionDraft> index, Sourced<String> key, MotionDraft motion) {
        if (key != null) {
            index.merge(ignoringCase(key.value()), motion, (a, b) -> a.order <= b.order ? a : b);
        }
    }

    /** A motion mentioned again (same title or number, ignoring case) adds to the first mention; others are new. */
    private void addMotion(MotionDraft d, boolean inSubject) {
        boolean adoptedHere = d.outcome != null;
        MotionDraft byTitle = d.title == null ? null : motionByTitle.get(ignoringCase(d.title.value()));
        MotionDraft byNumber = d.number == null ? null : motionByNumber.get(ignoringCase(d.number.value()));
        MotionDraft existing = byTitle == null ? byNumber : byNumber == null || byTitle.order < byNumber.order ? byTitle : byNumber;
        if (existing != null) {
            if (existing.number == null) {
                existing.number = d.number;
                index(motionByNumber, existing.number, existing);
            }
            if (existing.title == null) {
                existing.title = d.title;
                index(motionByTitle, existing.title, existing);
            }
            if (existing.outcome == null && d.outcome != null) {
                existing.outcome = d.outcome;
                existing.adoptedOn = d.adoptedOn;
                existing.precision = d.precision;
                existing.debate = d.debate;
                existing.debateReference = d.debateReference;
                existing.sponsors.addAll(d.sponsors);
            }
            return;
        }
        if (adoptedHere || inSubject || motions.isEmpty() && d.title != null) {
            d.order = motions.size();
            motions.add(d);
            index(motionByTitle, d.title, d);
            index(motionByNumber, d.number, d);
        } else {
            otherReferences.add(d.title != null ? d.title : d.number);
        }
    }

    /**
     * Gives each block of clauses to its motion ({@link ClauseBlockOwners}); then what the subject and a motion
     * document add.
     */
    void finish(MotionClauses clauses, MotionDocument document) {
        ClauseBlockOwners.assign(ctx, motions, clauses);
        motions.sort((a, b) -> Integer.compare(a.at, b.at));
        Sourced<String> subject = header.get(HeaderField.SUBJECT);
        boolean discharges = subject != null && ctx.finds(DISCHARGE_SUBJECT, subject.value().toLowerCase(Locale.ROOT));
        List<Sourced<String>> registrationNumbers = header.registrationNumbers;
        if (discharges && motions.size() == 1 && motions.get(0).number == null && registrationNumbers.size() == 1) {
            motions.get(0).number = registrationNumbers.get(0);
            ctx.warn("reader.warning.letterNumber", registrationNumbers.get(0).value());
        }
        if (motions.size() == 1 && motions.get(0).title == null && subject != null) {
            Matcher m = ctx.matcher(MOTION_WITH_TITLE, subject.value());
            if (m.find()) {
                motions.get(0).title = new Sourced<>(ctx.clean(m.group("title")), subject.source());
            }
        }
        // a motion document: title, number, sponsors and outcome around the clauses
        if (document.is()) {
            document.read(motions);
            joinByNumber();
        }
        for (MotionDraft m : motions) {
            if (m.number == null && m.title != null && m.outcome != null) {
                ctx.warn("reader.warning.noNumber", m.title.value());
            }
        }
    }
}
