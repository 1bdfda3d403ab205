package nl.motiemonitor.database;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Stops a start without any database early, with a message that says what to set (see
 * {@link NoDatabaseConfiguredFailureAnalyzer}), instead of Boot's generic advice to add H2.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnMissingClass("io.zonky.test.db.postgres.embedded.EmbeddedPostgres")
@ConditionalOnNoDatabaseUrl
class MissingDatabaseConfiguration {

    @Bean
    static BeanFactoryPostProcessor requireDatabaseUrl() {
        return beanFactory -> {
            throw new NoDatabaseConfiguredException();
        };
    }
}
