package nl.motiemonitor.web;

import org.aopalliance.intercept.MethodInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Spring Session reads and saves the session in PostgreSQL around a request's own work; when the database goes away
 * in between, that must not change what the request answers (DatabaseOutageTest found each case):
 * <ul>
 * <li>the save at the end, after a clerk's letter was committed: failing, it would turn the redirect to the saved
 *     letter into the 503 page, whose "Uw wijziging is niet opgeslagen" would then be untrue. Lost is only what the
 *     request changed in the session (its last access, a message for the next page);</li>
 * <li>the read right after that save (whether to send the session cookie again), for the same reason;</li>
 * <li>a read for the error page once the 503 is decided (its CSRF token, the security context): it is shown as to a
 *     visitor without a session.</li>
 * </ul>
 * What a request is at is kept per thread: Tomcat renders the error page on the thread of the request.
 */
final class SessionSavesOutlastAnOutage implements BeanPostProcessor {

    private static final Logger log = LoggerFactory.getLogger(SessionSavesOutlastAnOutage.class);
    private static final ThreadLocal<Boolean> PAST_ITS_WORK = ThreadLocal.withInitial(() -> false);

    /** A request begins: its session is read and saved as usual. */
    static void requestBegins() {
        PAST_ITS_WORK.set(false);
    }

    /** The request has its answer (the 503 page): a session the database cannot give is no session. */
    static void answered() {
        PAST_ITS_WORK.set(true);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof JdbcIndexedSessionRepository)) {
            return bean;
        }
        ProxyFactory proxy = new ProxyFactory(bean);
        proxy.setProxyTargetClass(true);
        proxy.addAdvice((MethodInterceptor) call -> {
            String method = call.getMethod().getName();
            boolean save = method.equals("save");
            if (!save && !(method.equals("findById") && PAST_ITS_WORK.get())) {
                return call.proceed();
            }
            try {
                return call.proceed();
            } catch (RuntimeException failure) {
                if (!DatabaseOutage.causedBy(failure)) {
                    throw failure;
                }
                log.warn("Session not {}: database unreachable ({})", save ? "saved" : "read", failure.getMessage());
                return null;
            } finally {
                if (save) {
                    answered();
                }
            }
        });
        return proxy.getProxy();
    }
}
