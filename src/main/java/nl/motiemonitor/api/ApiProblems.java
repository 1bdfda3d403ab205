package nl.motiemonitor.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import nl.motiemonitor.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * What goes wrong in the API is answered as a problem detail (RFC 9457, {@code application/problem+json}) with a
 * Dutch title and detail, never with a stack trace. A body named by a former slug never gets here: the portal's
 * RenamedBodyRedirect answers 301 with the same URL under the body's current slug first.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
class ApiProblems {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(BadApiRequest.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ProblemDetail badRequest(BadApiRequest problem) {
        return problem(HttpStatus.BAD_REQUEST, "Ongeldig verzoek", problem.getMessage());
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ProblemDetail notFound(NotFoundException problem) {
        return problem(HttpStatus.NOT_FOUND, "Niet gevonden", problem.getMessage());
    }

    @ExceptionHandler(Exception.class)
    @ResponseStatus(HttpStatus.INTERNAL_SERVER_ERROR)
    ProblemDetail failed(Exception problem) {
        log.error("The API could not answer", problem);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Interne fout",
                "Er ging iets mis bij het beantwoorden van dit verzoek. Probeer het later opnieuw.");
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
