package nl.motiemonitor.changefeed;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import nl.motiemonitor.web.Languages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * What goes wrong in the change feed is a problem detail ({@code application/problem+json}) in Dutch, as in the rest
 * of the API: a wrong parameter is a {@code 400} that says what is wrong, a failure a {@code 500} without its cause.
 */
@RestControllerAdvice(assignableTypes = ChangeFeedController.class)
class ChangeFeedErrors {

    private static final Logger log = LoggerFactory.getLogger(ChangeFeedErrors.class);

    private final MessageSource messages;

    ChangeFeedErrors(MessageSource messages) {
        this.messages = messages;
    }

    /** A request the feed cannot answer: {@code code} is its message, {@code arguments} what was sent. */
    static final class InvalidRequest extends RuntimeException {

        private final String code;
        private final transient Object[] arguments;

        InvalidRequest(String code, Object... arguments) {
            super(code, null, false, false);
            this.code = code;
            this.arguments = arguments;
        }
    }

    @ExceptionHandler(InvalidRequest.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ProblemDetail invalid(InvalidRequest invalid, HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "api.problem.badRequest",
                messages.getMessage(invalid.code, invalid.arguments, Languages.DUTCH), request);
    }

    @ExceptionHandler(Exception.class)
    @ResponseStatus(HttpStatus.INTERNAL_SERVER_ERROR)
    ProblemDetail failed(Exception failure, HttpServletRequest request) {
        log.error("The change feed could not answer", failure);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "api.problem.failed",
                messages.getMessage("api.problem.failedDetail", null, Languages.DUTCH), request);
    }

    private ProblemDetail problem(HttpStatus status, String title, String detail,
            HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(messages.getMessage(title, null, Languages.DUTCH));
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }
}
