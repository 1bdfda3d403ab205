package nl.motiemonitor.database;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * Reads of public pages and the API from a streaming replica, when {@code motiemonitor.replica.url} is set
 * (docs/operations.md). Boot's data source stays the pool of the primary; it is wrapped in a
 * {@link LazyConnectionDataSourceProxy} that takes a connection only at the first statement, when it knows whether
 * the transaction is read-only: read-only ones go to {@link ReplicaOrPrimary}, everything else to the primary
 * (writes, Flyway, the LISTEN of the public page cache, statements outside a transaction).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("motiemonitor.replica.url")
class ReplicaConfiguration {

    @Bean(destroyMethod = "close")
    Replica replica(ReplicaProperties properties, JdbcConnectionDetails primary, DataSource dataSource,
            Environment environment) {
        HikariConfig pool = new HikariConfig();
        pool.setPoolName("replica");
        pool.setJdbcUrl(properties.url());
        pool.setUsername(properties.username() != null ? properties.username() : primary.getUsername());
        pool.setPassword(properties.password() != null ? properties.password() : primary.getPassword());
        pool.setReadOnly(true);
        // a replica that is down must not hold up a page for Hikari's default 30 s, nor stop the start
        pool.setConnectionTimeout(1_000);
        pool.setInitializationFailTimeout(-1);
        Binder.get(environment).bind("motiemonitor.replica.hikari", Bindable.ofInstance(pool));
        // dataSource: a connection outside a read-only transaction comes from the primary
        return new Replica(new HikariDataSource(pool), dataSource, properties);
    }

    /** Wraps Boot's pool of the primary; the replica is looked up only when a read-only transaction needs it. */
    @Bean
    static BeanPostProcessor readOnlyTransactionsToReplica(ObjectProvider<Replica> replica) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (!"dataSource".equals(name) || !(bean instanceof DataSource primary)) {
                    return bean;
                }
                LazyConnectionDataSourceProxy routing = new LazyConnectionDataSourceProxy(primary);
                routing.setReadOnlyDataSource(new ReplicaOrPrimary(primary, replica::getObject));
                return routing;
            }
        };
    }

    @Bean
    FilterRegistrationBean<ReplicaReadFilter> replicaReadFilter(ReplicaProperties properties) {
        FilterRegistrationBean<ReplicaReadFilter> registration =
                new FilterRegistrationBean<>(new ReplicaReadFilter(properties.readYourWrites()));
        // outside Spring Security's filters, so the login post is marked too, and around the public page cache's
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }

    @Bean
    MeterBinder replicaMetrics(Replica replica) {
        return registry -> {
            Gauge.builder("motiemonitor.replica.lag", replica,
                    r -> r.lag() == null ? Double.NaN : r.lag().toMillis() / 1000.0)
                    .baseUnit("seconds").description("How far the read replica is behind the primary")
                    .register(registry);
            Gauge.builder("motiemonitor.replica.used", replica, r -> r.usable() ? 1 : 0)
                    .description("1 while public pages read from the replica, 0 while they read the primary")
                    .register(registry);
        };
    }
}
