package nl.motiemonitor.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains a start without database in words an operator can act on. */
class NoDatabaseConfiguredFailureAnalyzer extends AbstractFailureAnalyzer<NoDatabaseConfiguredException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, NoDatabaseConfiguredException cause) {
        return new FailureAnalysis("No database configured. spring.datasource.url is not set, and this jar does not "
                + "contain the embedded development PostgreSQL (it is only on the ./mvnw spring-boot:run and test "
                + "class paths).",
                "Set SPRING_DATASOURCE_URL (e.g. jdbc:postgresql://host:5432/motiemonitor), "
                        + "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD, or run "
                        + "'docker compose up --build'. For development, run './mvnw spring-boot:run'.",
                cause);
    }
}
