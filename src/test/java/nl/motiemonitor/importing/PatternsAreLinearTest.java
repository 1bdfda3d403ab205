package nl.motiemonitor.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every regular expression of the reader does work in proportion to its input, on any input (issue 12.4). Counted,
 * not timed: each pattern runs over generated hostile strings of n and 4n units through a {@link CharSequence} that
 * counts the characters the matcher reads. A linear pattern reads about 4 times as many for 4 times the input; one
 * that backtracks reads 16 times (quadratic) or more ("a" + "en" x n + " x" read the fifth power).
 */
class PatternsAreLinearTest {

    /** Small and large input, in repetitions of a unit. */
    private static final int SMALL = 40;
    private static final int LARGE = 4 * SMALL;
    /** Reads allowed for 4 times the input, relative to the small one; linear is 4. */
    private static final double MAX_GROWTH = 6.0;
    /** Reads per character below which an input is not tried larger. */
    private static final int CHEAP = 8;
    /** Beyond this many reads a run is stopped and counts as not linear. */
    private static final long CAP = 20_000_000;

    /** Units repeated to make the hostile part of an input: pieces of what the patterns look for. */
    static final String[] UNITS = {"en", "a", "A", "aA", "Ab ", "A, ", "A en ", " ", ",", ", ", ".", ". ", "'", "‘",
            "’", "\"", "(", ")", "(a", "-", "1", "12", "1 ", "M", "M1", "M 1", "RIS1", "*", "¹", "@", "a@", "a.", "x ",
            "a ", "de ", "van ", "het ", "is ", "niet ", "nr. ", "motie ", "Motie ", "dat ", "beschouw", "acht",
            "consta", "overw", "lukt ", "heb ", "zal ", "door ", "het lid ", "verzoekt ", "het college ",
            "de minister van ", "Kamerstuk ", "33 959", ": ", ";", "\n", "\n\n", "in ", "eind ", "titel ", "de heer ",
            "Jansen (", "nde", "gende", "fractie ", "wij ", "vinden ", "é"};
    /** What comes before the units: the words that put a pattern into its repeated part. */
    static final String[] PREFIXES = {"", "a", "A", "Motie ", "motie '", "motie nr. ", "beschouw ", "de minister van ",
            "constaterende", "fractie ", "lukt ", "heb ", "(", "1 ", "De ", "Datum ", "Voor: ", "Indiener: ",
            "van het lid ", "aangenomen door het lid ", "hiermee is de motie ", "33 959, nr. ", "de raad van "};
    /** What comes after: nothing, or something that makes the match fail at the very end. */
    static final String[] SUFFIXES = {"", " x", "\n"};

    @Test
    void everyPatternOfTheReaderReadsItsInputALinearNumberOfTimes() throws Exception {
        Map<String, Pattern> patterns = patterns(classesOfThePackage());
        assertThat(patterns).hasSizeGreaterThan(40);
        List<String> failures = patterns.entrySet().parallelStream()
                .map(p -> {
                    String failure = worstInput(p.getValue());
                    return failure == null ? null : p.getKey() + ": " + failure;
                })
                .filter(java.util.Objects::nonNull).sorted().toList();
        assertThat(failures).isEmpty();
    }

    /**
     * The first hostile input on which the pattern is not linear, or null. An input whose small size is read fewer
     * than {@value #CHEAP} times per character is not grown: nothing polynomial stays that cheap at 40 units.
     */
    static String worstInput(Pattern pattern) {
        for (String prefix : PREFIXES) {
            for (String unit : UNITS) {
                for (String suffix : SUFFIXES) {
                    IntFunction<String> input = n -> prefix + unit.repeat(n) + suffix;
                    String smallInput = input.apply(SMALL);
                    long small = reads(pattern, smallInput);
                    if (small < CHEAP * smallInput.length()) {
                        continue;
                    }
                    long large = reads(pattern, input.apply(LARGE));
                    if (large >= CAP || large > MAX_GROWTH * small) {
                        return "'" + shorten(input.apply(3)) + "': " + small + " reads for " + SMALL + " units, "
                                + (large >= CAP ? "over " + CAP : large) + " for " + LARGE;
                    }
                }
            }
        }
        return null;
    }

    /** Characters read by find() over the whole input, then matches(). */
    static long reads(Pattern pattern, String text) {
        Counting counting = new Counting(text);
        try {
            Matcher m = pattern.matcher(counting);
            while (m.find()) {
                if (m.end() == m.start() && m.end() >= text.length()) {
                    break;
                }
            }
            pattern.matcher(counting).matches();
        } catch (TooMany e) {
            return CAP;
        } catch (StackOverflowError e) {
            return CAP;
        }
        return counting.reads;
    }

    private static String shorten(String s) {
        return s.replace("\n", "\\n");
    }

    /**
     * Every class of the reader's package, nested ones included, as compiled into the main classes folder: a new
     * stage of the reader cannot escape this test.
     */
    static List<Class<?>> classesOfThePackage() throws Exception {
        Path folder = Path.of(DocumentReader.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve(DocumentReader.class.getPackageName().replace('.', '/'));
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".class")) {
                    classes.add(Class.forName(DocumentReader.class.getPackageName() + "."
                            + name.substring(0, name.length() - ".class".length()), false,
                            DocumentReader.class.getClassLoader()));
                }
            }
        }
        assertThat(classes).contains(DocumentReader.class, DutchDateText.class, MotionNumbers.class,
                LetterParagraphs.class);
        return classes;
    }

    /** Every static Pattern of these classes, also inside static lists of records. */
    static Map<String, Pattern> patterns(List<Class<?>> classes) throws IllegalAccessException {
        Map<String, Pattern> result = new LinkedHashMap<>();
        for (Class<?> k : classes) {
            for (Field f : k.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                f.setAccessible(true);
                Object value = f.get(null);
                String name = k.getName().substring(k.getPackageName().length() + 1) + "." + f.getName();
                if (value instanceof Pattern p) {
                    result.put(name, p);
                } else if (value instanceof List<?> list) {
                    for (int i = 0; i < list.size(); i++) {
                        for (Field rf : list.get(i).getClass().getDeclaredFields()) {
                            if (rf.getType() == Pattern.class) {
                                rf.setAccessible(true);
                                result.put(name + "[" + i + "]", (Pattern) rf.get(list.get(i)));
                            }
                        }
                    }
                }
            }
        }
        return result;
    }

    private static final class TooMany extends RuntimeException {
        TooMany() {
            super(null, null, false, false);
        }
    }

    /** Counts every character the matcher reads. */
    private static final class Counting implements CharSequence {
        private final String text;
        long reads;

        Counting(String text) {
            this.text = text;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            if (++reads >= CAP) {
                throw new TooMany();
            }
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
