package nl.motiemonitor.observability;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * One line in the logger {@value #LOGGER} for every staff action: each request that changes something under
 * {@code /beheer} (any method but GET, HEAD, OPTIONS), each login attempt (also refused and blocked ones) and each
 * logout. It says who (the user, or for a login the name that was typed), what (method, route and path), which body
 * and item (the route's {@code body} and {@code id}, and where a new item went), when, from where (the client's
 * address, from X-Forwarded-For when Tomcat believes the proxy), the outcome (status, and for a login success,
 * refused or blocked) and the request id. Never what was posted: that is in the audit trail of the items, and
 * passwords pass here.
 *
 * <p>Runs outside Spring Security's filters, so it sees logins and logouts, and the final status of whatever
 * happened inside; the user comes from the session, before (logout) or after (login) the request.
 */
class StaffAuditFilter extends OncePerRequestFilter {

    static final String LOGGER = "motiemonitor.audit";
    private static final Logger audit = LoggerFactory.getLogger(LOGGER);
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final int MAX_NAME = 100;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = path(request);
        boolean write = !READS.contains(request.getMethod().toUpperCase(Locale.ROOT));
        return !(write && (path.equals("/beheer") || path.startsWith("/beheer/") || path.equals("/login")
                || path.equals("/logout")));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String before = sessionUser(request);
        Instant at = Instant.now();
        long started = System.nanoTime();
        int status = 0;
        try {
            chain.doFilter(request, response);
            status = response.getStatus();
        } finally {
            // an exception that leaves here becomes an error page: 500, unless a status was set on the way out
            int outcome = status != 0 ? status : Math.max(response.getStatus(), 500);
            write(request, response, before, at, (System.nanoTime() - started) / 1_000_000, outcome);
        }
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, String before, Instant at,
            long millis, int status) {
        String path = path(request);
        boolean login = path.equals("/login");
        String user = before != null ? before : sessionUser(request);
        if (user == null && login) {
            user = typedName(request.getParameter("username"));
        }
        String action = login ? loginOutcome(request, status, user) : path.equals("/logout") ? "logout" : "change";
        Map<String, String> variables = pathVariables(request);
        String route = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        String redirect = redirect(response.getHeader(HttpHeaders.LOCATION));
        LoggingEventBuilder line = audit.atInfo()
                .addKeyValue("audit.user", user)
                .addKeyValue("audit.action", action)
                .addKeyValue("audit.method", request.getMethod())
                .addKeyValue("audit.route", route)
                .addKeyValue("audit.path", path)
                .addKeyValue("audit.body", variables.get("body"))
                .addKeyValue("audit.item", variables.get("id"))
                .addKeyValue("audit.redirect", redirect)
                .addKeyValue("audit.client", request.getRemoteAddr())
                .addKeyValue("audit.status", status)
                .addKeyValue("audit.at", at)
                .addKeyValue("audit.durationMs", millis);
        line.log("staff action: user={} action={} method={} route={} path={} body={} item={} redirect={} client={}"
                        + " status={} at={} durationMs={}", user, action, request.getMethod(), route, path,
                variables.get("body"), variables.get("id"), redirect, request.getRemoteAddr(), status, at, millis);
    }

    /** A login's outcome: success (a new session with a user), blocked (throttled, locked), or refused. */
    private static String loginOutcome(HttpServletRequest request, int status, String user) {
        HttpSession session = request.getSession(false);
        Object failure = session == null ? null : attribute(session, WebAttributes.AUTHENTICATION_EXCEPTION);
        if (failure == null && status < 400 && sessionUser(request) != null) {
            return "login success";
        }
        if (failure instanceof LockedException) {
            return "login blocked";
        }
        return "login refused";
    }

    private static String sessionUser(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Object context = attribute(session,
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        if (context instanceof SecurityContext security) {
            Authentication authentication = security.getAuthentication();
            return authentication == null ? null : authentication.getName();
        }
        return null;
    }

    /** A session attribute, or null when the session was ended meanwhile (logout). */
    private static Object attribute(HttpSession session, String name) {
        try {
            return session.getAttribute(name);
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> pathVariables(HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return variables instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of();
    }

    /** The path a redirect leads to (where a new item was saved), without scheme, host or query. */
    private static String redirect(String location) {
        if (location == null) {
            return null;
        }
        try {
            return URI.create(location).getPath();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The name typed at a failed login, as a log can hold it: one line, not too long. */
    private static String typedName(String typed) {
        if (typed == null) {
            return null;
        }
        String line = typed.strip().replaceAll("\\p{Cntrl}", "?");
        return line.length() > MAX_NAME ? line.substring(0, MAX_NAME) + "…" : line;
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
