package nl.motiemonitor.portal;

import java.io.IOException;
import java.time.Duration;
import java.util.Enumeration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.motiemonitor.database.ReplicaReads;
import nl.motiemonitor.portal.PublicPageCache.CachedPage;
import nl.motiemonitor.portal.PublicPageCache.PageKey;
import nl.motiemonitor.web.Languages;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.StringUtils;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.UrlPathHelper;

/**
 * Answers a public page from {@link PublicPageCache} when the same page was rendered before for someone anonymous,
 * and keeps what it renders otherwise. Runs after Spring Security's filters, so the security headers are written as
 * for any page, and it knows who asks.
 *
 * <p>Only a GET of an HTML page with status 200, by an anonymous visitor without a session, is served or kept:
 * a session may hold a message for its next page (flash attributes) and a logged-in user sees forms of their own.
 * A response that starts a session or sets a cookie is not kept. The national dashboard (computed in the background
 * on its own schedule) and the pages of the e-mail subscriptions are never kept, nor is a table or list as a file
 * ({@code lijst.pdf}, {@code moties.csv}, {@code overzicht.xlsx}): not HTML, often large, and rate-limited instead
 * (web/RateLimitFilter), so they pass by the cache unbuffered, as the API's JSON does. Of several requests for a page
 * that is not kept yet, one renders it and the others wait for its result ({@link PublicPageCache#claim}); it renders
 * from the primary database, never a replica (database/ReplicaReads), as it is kept until the next change. Pages are
 * kept per language, which is known here before Spring MVC resolves it ({@link Languages#of}); a request that
 * switches language ({@code ?lang=}) sets a cookie, so its page is never kept.
 */
class PublicPageCacheFilter extends OncePerRequestFilter {

    /** How long a request waits for another's rendering of the same page before it renders the page itself. */
    private static final Duration WAIT_FOR_RENDERING = Duration.ofSeconds(5);
    private static final String DO_NOT_KEEP = PublicPageCacheFilter.class.getName() + ".doNotKeep";
    private static final Set<String> NEVER_KEPT = Set.of("/overzicht", "/afmelden", "/abonnementen", "/volgen",
            "/login");

    /** The path as Spring's handler mapping reads it: decoded, without ;parameters, normalised. */
    private static final UrlPathHelper PATHS = new UrlPathHelper();

    private final PublicPageCache cache;
    private final Languages languages;

    PublicPageCacheFilter(PublicPageCache cache, Languages languages) {
        this.cache = cache;
        this.languages = languages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!eligible(request, path) || !path.equals(PATHS.getPathWithinApplication(request))
                || !path.equals(StringUtils.cleanPath(path))) {
            // a path written otherwise than the application reads it (%2D for -, ;parameters, /./, /../) would be kept under
            // a key its body's changes never match: such a request is answered, never kept or served from here
            chain.doFilter(request, response);
            return;
        }
        PageKey key = cache.key(path, request.getQueryString(), Languages.code(languages.of(request)));
        CachedPage page = cache.find(key);
        if (page != null) {
            send(page, request, response);
            return;
        }
        CompletableFuture<CachedPage> mine = new CompletableFuture<>();
        CompletableFuture<CachedPage> other = cache.claim(key, mine);
        if (other != null) {
            CachedPage rendered = awaitRendering(other);
            if (rendered != null) {
                cache.waited();
                send(rendered, request, response);
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        long generation = cache.generation();
        ReplicaReads.primaryOnly();
        CachedPage rendered = null;
        ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, rendering);
            if (keepable(request, rendering)) {
                // Tomcat keeps the page's locale aside and writes Content-Language only when the response is sent
                rendered = CachedPage.of(rendering.getContentAsByteArray(), rendering.getContentType(),
                        rendering.getLocale().toLanguageTag());
            }
        } finally {
            // kept before it is sent: whoever has the page can find it kept, and waiting requests need not wait longer
            cache.rendered(key, mine, rendered, generation);
        }
        if (rendered != null) {
            response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        }
        rendering.copyBodyToResponse();
    }

    /** The page another request is rendering, once it is kept; null when it was not, or took too long. */
    private static CachedPage awaitRendering(CompletableFuture<CachedPage> rendering) {
        try {
            return rendering.get(WAIT_FOR_RENDERING.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /**
     * Says that the page being rendered shows a passing state and must not be kept, such as a search that took too
     * long: the next visitor should get a new try, not this answer until the next change.
     */
    static void doNotKeep() {
        RequestContextHolder.currentRequestAttributes().setAttribute(DO_NOT_KEEP, Boolean.TRUE,
                RequestAttributes.SCOPE_REQUEST);
    }

    private boolean eligible(HttpServletRequest request, String path) {
        if (!"GET".equals(request.getMethod()) || !cache.serving() || request.getSession(false) != null) {
            return false;
        }
        if (NEVER_KEPT.contains(path) || path.startsWith("/beheer") || path.startsWith("/abonnementen/")
                || path.startsWith("/api/")
                || path.endsWith(".pdf") || path.endsWith(".xlsx") || path.endsWith(".csv")) {
            return false;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication instanceof AnonymousAuthenticationToken;
    }

    private static boolean keepable(HttpServletRequest request, ContentCachingResponseWrapper rendering) {
        String contentType = rendering.getContentType();
        return rendering.getStatus() == HttpServletResponse.SC_OK && contentType != null
                && MediaType.TEXT_HTML.isCompatibleWith(MediaType.parseMediaType(contentType))
                && request.getAttribute(DO_NOT_KEEP) == null && request.getSession(false) == null
                && !rendering.containsHeader(HttpHeaders.SET_COOKIE);
    }

    /** The kept page: its gzipped bytes to a client that accepts gzip, else the page as rendered. */
    private static void send(CachedPage page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(page.contentType());
        if (page.contentLanguage() != null) {
            response.setHeader(HttpHeaders.CONTENT_LANGUAGE, page.contentLanguage());
        }
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (acceptsGzip(request)) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
            response.setContentLength(page.gzipped().length);
            response.getOutputStream().write(page.gzipped());
        } else {
            byte[] body = page.body();
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }

    /** Whether the client accepts gzip (Accept-Encoding: gzip, or gzip;q= above 0). */
    private static boolean acceptsGzip(HttpServletRequest request) {
        for (Enumeration<String> headers = request.getHeaders(HttpHeaders.ACCEPT_ENCODING); headers.hasMoreElements();) {
            for (String coding : headers.nextElement().split(",")) {
                String[] parts = coding.strip().split(";");
                if (parts[0].strip().equalsIgnoreCase("gzip") || parts[0].strip().equals("*")) {
                    return parts.length < 2 || !parts[1].replace(" ", "").matches("q=0(\\.0*)?");
                }
            }
        }
        return false;
    }
}
