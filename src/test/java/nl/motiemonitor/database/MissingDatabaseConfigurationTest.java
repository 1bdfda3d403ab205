package nl.motiemonitor.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The production jar (no embedded PostgreSQL inside) refuses to start without a database URL, and says why. */
class MissingDatabaseConfigurationTest {

    private final ApplicationContextRunner productionJar = new ApplicationContextRunner()
            .withClassLoader(new FilteredClassLoader(EmbeddedPostgres.class))
            .withUserConfiguration(MissingDatabaseConfiguration.class);

    @Test
    void stopsAtOnceWhenNoDatabaseUrlIsSet() {
        productionJar.run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).isInstanceOf(NoDatabaseConfiguredException.class);
        });
    }

    @Test
    void startsWhenADatabaseUrlIsSet() {
        productionJar.withPropertyValues("spring.datasource.url=jdbc:postgresql://db:5432/motiemonitor")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void doesNothingWhereTheEmbeddedDatabaseIsAvailable() {
        new ApplicationContextRunner().withUserConfiguration(MissingDatabaseConfiguration.class)
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void tellsTheOperatorWhatToSet() {
        FailureAnalysis analysis = new NoDatabaseConfiguredFailureAnalyzer()
                .analyze(new IllegalStateException(new NoDatabaseConfiguredException()));

        assertThat(analysis.getDescription()).contains("No database configured");
        assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL", "./mvnw spring-boot:run");
    }
}
