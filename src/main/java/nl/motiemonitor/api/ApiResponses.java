package nl.motiemonitor.api;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The API's answers: JSON that a client or a shared cache may keep for a minute (the {@code ETag} filter then answers
 * {@code 304} to a client that has it), and for a page of a list the next page in the body and in an RFC 8288
 * {@code Link} header.
 */
@Component
class ApiResponses {

    static final CacheControl CACHE = CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic();

    private final ApiLinks links;

    ApiResponses(ApiLinks links) {
        this.links = links;
    }

    static <T> ResponseEntity<T> ok(T body) {
        return ResponseEntity.ok().cacheControl(CACHE).body(body);
    }

    /** A page of a list; its next page is this request's URL with {@code na} set to the slice's cursor. */
    <T> ResponseEntity<ApiPage<T>> page(Keyset.Slice<T> slice, HttpServletRequest request) {
        String next = slice.nextCursor() == null ? null
                : UriComponentsBuilder.fromUriString(links.absolute(request.getRequestURI()
                                .substring(request.getContextPath().length())))
                        .query(request.getQueryString()).replaceQueryParam(Keyset.CURSOR, slice.nextCursor())
                        .build().toUriString();
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().cacheControl(CACHE);
        if (next != null) {
            response.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        return response.body(new ApiPage<>(slice.items(), next));
    }
}
