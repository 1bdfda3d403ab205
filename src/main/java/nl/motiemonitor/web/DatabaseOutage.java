package nl.motiemonitor.web;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * What the portal answers while PostgreSQL cannot be reached: {@code 503 Service Unavailable} with
 * {@code Retry-After}, as the Dutch page error/503.html, or for the open-data API as a problem detail. A form that was
 * posted meanwhile was not saved (every write is one transaction, which never began or was rolled back): the page
 * says so and shows what was sent, so nothing typed is lost silently. Pages kept by the public page cache are not
 * served either while the database is away: the cache cannot hear of changes then (portal/PublicPageInvalidation).
 */
final class DatabaseOutage {

    static final long RETRY_AFTER_SECONDS = 10;
    /** Request attributes read by error/503.html. */
    static final String UNSAVED = "unsavedChange";
    static final String UNSAVED_INPUT = "unsavedInput";
    /** The form's name (fragments/forms.html sends it as {@value #FORM_PARAMETER}), for the fields' labels. */
    static final String UNSAVED_FORM = "unsavedForm";
    static final String FORM_PARAMETER = "_formulier";

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutage.class);
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    /** PostgreSQL's connection exceptions (08…), and a server shutting down or starting up (57P01-57P03). */
    private static final Set<String> GOING_OR_STARTING = Set.of("57P01", "57P02", "57P03");
    /**
     * Hikari's answer (without SQLState) on a connection it already dropped as broken: what the rollback after a
     * lost connection gets, and what Spring then throws instead of the first failure.
     */
    private static final String HIKARI_CLOSED = "Connection is closed";
    private static final int MAX_CAUSES = 32;

    private final MessageSource messages;

    DatabaseOutage(MessageSource messages) {
        this.messages = messages;
    }

    /** Whether a failure comes from the database being out of reach (rather than from a query or the data). */
    static boolean causedBy(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++, cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLRecoverableException
                    || cause instanceof DataAccessResourceFailureException) {
                return true;
            }
            if (cause instanceof SQLException sql && (lostConnection(sql.getSQLState())
                    || sql.getSQLState() == null && HIKARI_CLOSED.equals(sql.getMessage()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean lostConnection(String state) {
        return state != null && (state.startsWith("08") || GOING_OR_STARTING.contains(state));
    }

    /** Answers the request 503; false when that is no longer possible (the response was committed). */
    boolean answer(HttpServletRequest request, HttpServletResponse response, Throwable failure) throws IOException {
        log.warn("{} {}: database unreachable, answered 503 ({})", request.getMethod(), request.getRequestURI(),
                failure.getMessage());
        if (response.isCommitted()) {
            return false;
        }
        response.resetBuffer();
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_AFTER_SECONDS));
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (PublicPaths.isApi(path)) {
            ApiProblemResponse.write(response, HttpStatus.SERVICE_UNAVAILABLE.value(),
                    messages.getMessage("api.problem.unavailable", null, Languages.DUTCH),
                    messages.getMessage("api.problem.unavailableDetail", new Object[] {RETRY_AFTER_SECONDS},
                            Languages.DUTCH));
            return true;
        }
        if (!READS.contains(request.getMethod().toUpperCase(Locale.ROOT)) && !path.equals("/login")
                && !path.equals("/logout")) {
            request.setAttribute(UNSAVED, Boolean.TRUE);
            request.setAttribute(UNSAVED_INPUT, sentInput(request));
            request.setAttribute(UNSAVED_FORM, formName(request));
        }
        SessionSavesOutlastAnOutage.answered();
        response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
        return true;
    }

    /**
     * The fields of a posted form as sent, so the writer can copy them: without the CSRF token and other
     * {@code _}-fields, passwords, and the version the form was opened at (never typed, only a check on who saved
     * first).
     */
    private static List<Map.Entry<String, String>> sentInput(HttpServletRequest request) {
        List<Map.Entry<String, String>> input = new ArrayList<>();
        try {
            request.getParameterMap().forEach((name, values) -> {
                String lower = name.toLowerCase(Locale.ROOT);
                if (lower.startsWith("_") || lower.contains("password") || lower.contains("wachtwoord")
                        || lower.equals("version")) {
                    return;
                }
                for (String value : values) {
                    if (value != null && !value.isBlank()) {
                        input.add(Map.entry(name, value));
                    }
                }
            });
        } catch (IllegalStateException e) {
            // a multipart request whose parts could not be read: nothing to show
        }
        return input;
    }

    private static String formName(HttpServletRequest request) {
        try {
            String form = request.getParameter(FORM_PARAMETER);
            return form != null && form.matches("[A-Za-z]{1,40}") ? form : null;
        } catch (IllegalStateException e) {
            return null;
        }
    }
}
