package nl.motiemonitor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class PublicPathsTest {

    /** A string literal that holds a piece of a public item URL, e.g. {@code "/moties/"} or {@code "/brieven/"}. */
    private static final Pattern URL_PIECE = Pattern.compile("\"[^\"]*/(moties|toezeggingen|brieven)(/|\")");

    /** Template links that build a public item URL from pieces instead of calling {@code #paths}. */
    private static final Pattern TEMPLATE_URL_PIECE = Pattern.compile("@\\{/\\{\\w+}/(moties|toezeggingen|brieven)/");

    @Test
    void everyPublicUrlShape() {
        assertThat(PublicPaths.motion("den-haag", "ris323480")).isEqualTo("/den-haag/moties/ris323480");
        assertThat(PublicPaths.commitment("tweede-kamer", "2021-1")).isEqualTo("/tweede-kamer/toezeggingen/2021-1");
        assertThat(PublicPaths.letter("groningen", 12)).isEqualTo("/groningen/brieven/12");
        assertThat(PublicPaths.letterOriginal("groningen", 12)).isEqualTo("/groningen/brieven/12/origineel");
        assertThat(PublicPaths.item("COMMITMENT", "a", "b")).isEqualTo(PublicPaths.commitment("a", "b"));
        assertThat(PublicPaths.feed(PublicPaths.body("den-haag"))).isEqualTo("/den-haag/feed");
        assertThat(PublicPaths.apiItem(PublicPaths.Kind.MOTION, 123)).isEqualTo("/api/v1/moties/123");
        assertThat(PublicPaths.apiItem(PublicPaths.Kind.COMMITMENT, 4)).isEqualTo("/api/v1/toezeggingen/4");
        assertThat(PublicPaths.apiItem(PublicPaths.Kind.LETTER, 5)).isEqualTo("/api/v1/brieven/5");
        assertThat(PublicPaths.apiBody("den-haag")).isEqualTo("/api/v1/organen/den-haag");
        assertThat(PublicPaths.search(null, "")).isEqualTo("/zoeken");
        assertThat(PublicPaths.search("den-haag", "q=motie")).isEqualTo("/den-haag/zoeken?q=motie");
        assertThat(PublicPaths.partyMotions("den-haag", "Partij voor de Dieren"))
                .isEqualTo("/den-haag/zoeken?q=motie&soort=motie&fractie=Partij+voor+de+Dieren");
    }

    @Test
    void noJavaFileButPublicPathsBuildsAPublicItemUrlFromPieces() throws IOException {
        assertThat(offenders(Path.of("src/main/java"), ".java", URL_PIECE))
                .as("public URLs come from PublicPaths").isEmpty();
    }

    @Test
    void noTemplateBuildsAPublicItemUrlFromPieces() throws IOException {
        assertThat(offenders(Path.of("src/main/resources/templates"), ".html", TEMPLATE_URL_PIECE))
                .as("templates link with ${#paths…}").isEmpty();
    }

    /**
     * Lines matching {@code piece}, outside PublicPaths, outside the staff area's own /beheer URLs and outside another
     * site's absolute URLs (a source's page, e.g. the Kamer's "https://www.tweedekamer.nl/kamerstukken/moties/…").
     */
    private static List<String> offenders(Path root, String extension, Pattern piece) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(extension))
                    .filter(file -> !file.endsWith("PublicPaths.java"))
                    .flatMap(file -> lines(file).stream()
                            .filter(line -> piece.matcher(line).find() && !line.contains("/beheer/")
                                    && !line.contains("\"https://")
                                    && !line.strip().startsWith("*") && !line.strip().startsWith("//")
                                    && !line.contains("Mapping("))
                            .map(line -> root.relativize(file) + ": " + line.strip()))
                    .toList();
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
