package nl.motiemonitor.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The five seed letters, the project's fixtures, in src/test/resources/importing/seeds. */
final class Seeds {

    static final String DEN_HAAG_RIS323480 = "000_065fbb4fe9100304.txt";
    static final String DEN_HAAG_RIS307041 = "001_bba232735a31b917.txt";
    static final String GRONINGEN_2019_02_14 = "002_a29f2e24d9fb2106.txt";
    static final String DEN_HAAG_RIS307039 = "003_524f7cde854920ef.txt";
    static final String TWEEDE_KAMER = "004_3f57564431372e23.txt";

    static final String[] ALL = {DEN_HAAG_RIS323480, DEN_HAAG_RIS307041, GRONINGEN_2019_02_14, DEN_HAAG_RIS307039, TWEEDE_KAMER};

    private Seeds() {
    }

    static String text(String name) {
        return resource("/importing/seeds/" + name);
    }

    static String resource(String path) {
        try (InputStream in = Seeds.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ReadDocument read(String name) {
        return new DocumentReader().read(text(name));
    }
}
