package nl.motiemonitor.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.task.SimpleAsyncTaskSchedulerCustomizer;
import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * The answers while the database is away ({@link DatabaseOutage}): a filter outside Spring Security's, and a
 * resolver that runs before the controllers' exception handlers (the API's would answer 500). Scheduled work that
 * meets the outage (the mail queue, the dashboards, the similar motions) is logged as one warning line instead of an
 * error with its stack trace every few seconds, and runs again at its next time as always.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class DatabaseOutageConfiguration {

    @Bean
    static BeanPostProcessor sessionSavesOutlastAnOutage() {
        return new SessionSavesOutlastAnOutage();
    }

    @Bean
    DatabaseOutage databaseOutage(MessageSource messages) {
        return new DatabaseOutage(messages);
    }

    @Bean
    FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter(DatabaseOutage outage) {
        FilterRegistrationBean<DatabaseOutageFilter> registration =
                new FilterRegistrationBean<>(new DatabaseOutageFilter(outage));
        // outside Spring Session's filter (HIGHEST_PRECEDENCE + 50), which reads and saves a session in PostgreSQL
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 40);
        return registration;
    }

    @Bean
    ThreadPoolTaskSchedulerCustomizer scheduledWorkDuringAnOutage() {
        return scheduler -> scheduler.setErrorHandler(ScheduledWork::failed);
    }

    @Bean
    SimpleAsyncTaskSchedulerCustomizer scheduledWorkOnVirtualThreadsDuringAnOutage() {
        return scheduler -> scheduler.setErrorHandler(ScheduledWork::failed);
    }

    @Bean
    HandlerExceptionResolver databaseOutageResolver(DatabaseOutage outage) {
        return new Resolver(outage);
    }

    private record Resolver(DatabaseOutage outage) implements HandlerExceptionResolver, Ordered {

        @Override
        public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
                Object handler, Exception failure) {
            try {
                return DatabaseOutage.causedBy(failure) && outage.answer(request, response, failure)
                        ? new ModelAndView() : null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE + 1;
        }
    }

    static final class ScheduledWork {

        private static final Logger log = LoggerFactory.getLogger(ScheduledWork.class);

        private ScheduledWork() {
        }

        /** As Spring's default (logged, not thrown, so a repeated task runs again), one line for an outage. */
        static void failed(Throwable failure) {
            if (DatabaseOutage.causedBy(failure)) {
                log.warn("Scheduled work in {} not done: the database cannot be reached ({})",
                        Thread.currentThread().getName(),
                        NestedExceptionUtils.getMostSpecificCause(failure).getMessage());
            } else {
                log.error("Unexpected error occurred in scheduled task", failure);
            }
        }
    }
}
