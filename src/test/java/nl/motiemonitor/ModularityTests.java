package nl.motiemonitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules only use each other's APIs (a module's top-level public types; everything else is package-private)
 * and have no cycles. The module documentation in {@code docs/modules} is written from the same model, so it never
 * drifts from the code: commit it when it changes.
 */
class ModularityTests {

    private static final Path DOCS = Path.of("docs/modules");

    private final ApplicationModules modules = ApplicationModules.of(MotiemonitorApplication.class);

    @Test
    void modulesOnlyUseEachOthersApisAndHaveNoCycles() {
        modules.verify();
    }

    @Test
    void writesTheModuleDocumentation() throws java.io.IOException {
        // left by builds from before spring-modulith-apt was excluded (see the pom); the Documenter cannot parse it
        Files.deleteIfExists(Path.of("target/generated-spring-modulith/javadoc.json"));
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeDocumentation();
        try (var files = Files.list(DOCS)) {
            for (Path diagram : files.filter(file -> file.toString().endsWith(".puml")).toList()) {
                sortRelations(diagram);
            }
        }

        assertThat(DOCS.resolve("components.puml")).exists();
        assertThat(DOCS.resolve("module-letter.adoc")).exists();
        assertThat(modules.stream().map(module -> DOCS.resolve("module-" + module.getIdentifier() + ".puml")))
                .allMatch(Files::exists);
    }

    /** The Documenter writes a diagram's relations in no fixed order; sorted, the files change only with the code. */
    private static void sortRelations(Path diagram) throws java.io.IOException {
        java.util.List<String> lines = new java.util.ArrayList<>(Files.readAllLines(diagram));
        java.util.List<Integer> relations = java.util.stream.IntStream.range(0, lines.size())
                .filter(i -> lines.get(i).startsWith("Rel(")).boxed().toList();
        java.util.List<String> sorted = relations.stream().map(lines::get).sorted().toList();
        for (int i = 0; i < relations.size(); i++) {
            lines.set(relations.get(i), sorted.get(i));
        }
        Files.write(diagram, lines);
    }
}
