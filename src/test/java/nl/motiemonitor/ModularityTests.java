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
    void writesTheModuleDocumentation() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeDocumentation();

        assertThat(DOCS.resolve("components.puml")).exists();
        assertThat(DOCS.resolve("module-letter.adoc")).exists();
        assertThat(modules.stream().map(module -> DOCS.resolve("module-" + module.getIdentifier() + ".puml")))
                .allMatch(Files::exists);
    }
}
