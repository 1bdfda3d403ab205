package nl.motiemonitor.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns a lost database met outside a controller (in Spring Security's filters, the page cache, a view) into the
 * 503 of {@link DatabaseOutage}; a controller's is turned by {@link DatabaseOutageConfiguration}'s resolver before
 * the controllers' own exception handlers see it.
 */
class DatabaseOutageFilter extends OncePerRequestFilter {

    private final DatabaseOutage outage;

    DatabaseOutageFilter(DatabaseOutage outage) {
        this.outage = outage;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SessionSavesOutlastAnOutage.requestBegins();
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (!DatabaseOutage.causedBy(failure)) {
                throw failure;
            }
            if (response.isCommitted() && response.getStatus() == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
                return; // answered 503 already; this is what failed after it, such as Spring Session's last read
            }
            if (!outage.answer(request, response, failure)) {
                throw failure;
            }
        }
    }
}
