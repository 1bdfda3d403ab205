package nl.motiemonitor.database;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.WebUtils;

/**
 * Decides per request whether its reads may go to the replica: a GET or HEAD of a public page or the API, from a
 * browser that has not written for {@code readYourWrites}. Any other request (a form post, a login) marks the browser
 * with a cookie for that long, so the pages it reads next come from the primary and show its own change. A cookie,
 * not the session: it needs no session for an anonymous visitor, and holds behind a load balancer without sticky
 * sessions, whichever machine answers.
 */
final class ReplicaReadFilter extends OncePerRequestFilter {

    static final String WROTE_COOKIE = "motiemonitor-wrote";
    private static final Set<String> READS = Set.of("GET", "HEAD");
    /** The staff area, the login and a user's own subscriptions: read where they write. */
    private static final List<String> PRIMARY_PATHS = List.of("/beheer", "/login", "/volgen", "/abonnementen",
            "/afmelden");

    private final Duration readYourWrites;

    ReplicaReadFilter(Duration readYourWrites) {
        this.readYourWrites = readYourWrites;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!READS.contains(request.getMethod())) {
            markWrote(request, response);
        } else if (mayReadReplica(request)) {
            ReplicaReads.allow();
        }
        try {
            chain.doFilter(request, response);
        } finally {
            ReplicaReads.primaryOnly();
        }
    }

    private static boolean mayReadReplica(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean primaryPath = PRIMARY_PATHS.stream()
                .anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
        return !primaryPath && !wroteRecently(request);
    }

    private static boolean wroteRecently(HttpServletRequest request) {
        return WebUtils.getCookie(request, WROTE_COOKIE) != null;
    }

    /** Before the request is handled: a redirect after the post commits the response, and its headers with it. */
    private void markWrote(HttpServletRequest request, HttpServletResponse response) {
        Cookie wrote = new Cookie(WROTE_COOKIE, "1");
        wrote.setPath("/");
        wrote.setMaxAge((int) readYourWrites.toSeconds());
        wrote.setHttpOnly(true);
        wrote.setSecure(request.isSecure());
        wrote.setAttribute("SameSite", "Lax");
        response.addCookie(wrote);
    }
}
