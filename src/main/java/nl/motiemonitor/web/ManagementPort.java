package nl.motiemonitor.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Recognises a request that came in on the actuator's own port (management.server.port): Spring Security's rules
 * apply there too, and there every exposed endpoint is open, while the public port keeps /actuator closed. The port
 * is known once the management server has started (0 in tests picks a free one).
 */
class ManagementPort implements ApplicationListener<WebServerInitializedEvent>, RequestMatcher {

    private static final String NAMESPACE = "management";
    private volatile int port = -1;

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (NAMESPACE.equals(event.getApplicationContext().getServerNamespace())) {
            port = event.getWebServer().getPort();
        }
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        return port > 0 && request.getLocalPort() == port;
    }
}
