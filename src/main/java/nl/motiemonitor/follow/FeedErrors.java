package nl.motiemonitor.follow;

import jakarta.servlet.http.HttpServletRequest;
import nl.motiemonitor.search.SearchTooExpensiveException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A search feed whose query ran out of the search page's time: {@code 503} with {@code Retry-After}, so a feed reader
 * tries again later instead of at once, and a sentence for a person who
 * opened it, in the feed's language ({@code ?lang=}, see {@link FeedController#language}).
 */
@RestControllerAdvice(assignableTypes = FeedController.class)
class FeedErrors {

    static final String RETRY_AFTER_SECONDS = "300";

    private final MessageSource messages;

    FeedErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(SearchTooExpensiveException.class)
    ResponseEntity<String> tooExpensive(HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .contentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8))
                .body(messages.getMessage("follow.feed.tooExpensive", null, FeedController.language(request)) + "\n");
    }
}
