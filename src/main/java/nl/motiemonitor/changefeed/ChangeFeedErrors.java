package nl.motiemonitor.changefeed;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import nl.motiemonitor.web.Languages;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A wrong parameter of the change feed: {@code 400} as {@code application/problem+json}, in Dutch, nothing more. */
@RestControllerAdvice(assignableTypes = ChangeFeedController.class)
class ChangeFeedErrors {

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
    ResponseEntity<ProblemDetail> invalid(InvalidRequest invalid, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage(invalid.code, invalid.arguments, Languages.DUTCH));
        problem.setTitle(messages.getMessage("api.problem.badRequest", null, Languages.DUTCH));
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
