package nl.motiemonitor.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The reader never throws, whatever it is given, and stays fast on hostile input. */
class RobustnessTest {

    private final DocumentReader reader = new DocumentReader();

    @Test
    void emptyNullAndWhitespace() {
        for (String s : new String[] {null, "", " ", "\n\n\n", "\f\f", "\r\n\t"}) {
            ReadDocument d = reader.read(s);
            assertThat(d.kind()).isEqualTo(ReadDocument.Kind.UNKNOWN);
            assertThat(d.motions()).isEmpty();
        }
    }

    @Test
    void aHugeLineAndAHugeDocument() {
        assertThat(Duration.ofMillis(time(() -> reader.read("constaterende dat " + "a".repeat(2_000_000))))).isLessThan(Duration.ofSeconds(10));
        String many = ("Overwegende dat:\n- iets;\n").repeat(20_000);
        assertThat(Duration.ofMillis(time(() -> reader.read(many)))).isLessThan(Duration.ofSeconds(10));
        ReadDocument cut = reader.read("x".repeat(DocumentReader.MAX_CHARS + 10));
        assertThat(cut.dutchWarnings()).anyMatch(w -> w.contains("alleen het begin"));
    }

    @Test
    void randomBytesDecodedEveryWay() {
        Random random = new Random(42);
        for (int i = 0; i < 300; i++) {
            byte[] bytes = new byte[random.nextInt(4000)];
            random.nextBytes(bytes);
            String utf8 = new String(bytes, StandardCharsets.UTF_8);
            String latin = new String(bytes, StandardCharsets.ISO_8859_1);
            assertThatCode(() -> reader.read(utf8)).doesNotThrowAnyException();
            assertThatCode(() -> reader.read(latin)).doesNotThrowAnyException();
        }
    }

    /** The seeds cut, shuffled and garbled: every result is a ReadDocument, with spans inside the text. */
    @Test
    void garbledSeeds() {
        Random random = new Random(7);
        String alphabet = "abcdefghijklmnopqrstuvwxyz ABCDE,.;:'\"‘’“”()-•—–*¹²³0123456789\n\n\ndat:motie RIS";
        for (String seed : Seeds.ALL) {
            String text = Seeds.text(seed);
            for (int round = 0; round < 60; round++) {
                StringBuilder b = new StringBuilder(text);
                int edits = 1 + random.nextInt(200);
                for (int e = 0; e < edits && b.length() > 0; e++) {
                    int at = random.nextInt(b.length());
                    switch (random.nextInt(4)) {
                        case 0 -> b.deleteCharAt(at);
                        case 1 -> b.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                        case 2 -> b.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                        default -> b.delete(at, Math.min(b.length(), at + random.nextInt(300)));
                    }
                }
                String garbled = b.toString();
                ReadDocument d = reader.read(garbled);
                assertThat(d.dutchWarnings()).noneMatch(w -> w.contains("niet volledig worden gelezen"));
                for (ReadDocument.Motion m : d.motions()) {
                    for (ReadDocument.Clause c : m.clauses()) {
                        assertThat(c.source().end()).isLessThanOrEqualTo(d.text().length());
                    }
                }
            }
        }
    }

    private static long time(Runnable r) {
        long start = System.nanoTime();
        r.run();
        return (System.nanoTime() - start) / 1_000_000;
    }
}
