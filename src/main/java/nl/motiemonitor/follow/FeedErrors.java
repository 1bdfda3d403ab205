package nl.motiemonitor.follow;

import nl.motiemonitor.search.SearchTooExpensiveException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A search feed whose query ran out of the search page's time: {@code 503} with {@code Retry-After}, so a feed reader
 * tries again later instead of at once, and a Dutch sentence for a person who opened it.
 */
@RestControllerAdvice(assignableTypes = FeedController.class)
class FeedErrors {

    static final String RETRY_AFTER_SECONDS = "300";

    @ExceptionHandler(SearchTooExpensiveException.class)
    ResponseEntity<String> tooExpensive() {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .contentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8))
                .body("Deze zoekvraag kost te veel rekentijd voor een feed. Maak haar specifieker, met een extra woord"
                        + " of een filter op bestuursorgaan, soort of jaar, of probeer het later opnieuw.\n");
    }
}
