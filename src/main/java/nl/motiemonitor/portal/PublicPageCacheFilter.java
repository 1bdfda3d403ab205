package nl.motiemonitor.portal;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.motiemonitor.portal.PublicPageCache.CachedPage;
import nl.motiemonitor.portal.PublicPageCache.PageKey;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Answers a public page from {@link PublicPageCache} when the same page was rendered before for someone anonymous,
 * and keeps what it renders otherwise. Runs after Spring Security's filters, so the security headers are written as
 * for any page, and it knows who asks.
 *
 * <p>Only a GET of an HTML page with status 200, by an anonymous visitor without a session, is served or kept:
 * a session may hold a message for its next page (flash attributes) and a logged-in user sees forms of their own.
 * A response that starts a session or sets a cookie is not kept. The national dashboard (computed in the background
 * on its own schedule) and the pages of the e-mail subscriptions are never kept.
 */
class PublicPageCacheFilter extends OncePerRequestFilter {

    private static final Set<String> NEVER_KEPT = Set.of("/overzicht", "/afmelden", "/abonnementen", "/volgen",
            "/login");

    private final PublicPageCache cache;

    PublicPageCacheFilter(PublicPageCache cache) {
        this.cache = cache;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!eligible(request)) {
            chain.doFilter(request, response);
            return;
        }
        PageKey key = cache.key(request.getRequestURI().substring(request.getContextPath().length()),
                request.getQueryString());
        CachedPage page = cache.find(key);
        if (page != null) {
            send(page, response);
            return;
        }
        long generation = cache.generation();
        ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, rendering);
        if (keepable(request, rendering)) {
            cache.store(key, new CachedPage(rendering.getContentAsByteArray(), rendering.getContentType(),
                    rendering.getHeader(HttpHeaders.CONTENT_LANGUAGE)), generation);
        }
        rendering.copyBodyToResponse();
    }

    private boolean eligible(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || !cache.serving() || request.getSession(false) != null) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (NEVER_KEPT.contains(path) || path.startsWith("/beheer") || path.startsWith("/abonnementen/")) {
            return false;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication instanceof AnonymousAuthenticationToken;
    }

    private static boolean keepable(HttpServletRequest request, ContentCachingResponseWrapper rendering) {
        String contentType = rendering.getContentType();
        return rendering.getStatus() == HttpServletResponse.SC_OK && contentType != null
                && MediaType.TEXT_HTML.isCompatibleWith(MediaType.parseMediaType(contentType))
                && request.getSession(false) == null && !rendering.containsHeader(HttpHeaders.SET_COOKIE);
    }

    private static void send(CachedPage page, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(page.contentType());
        if (page.contentLanguage() != null) {
            response.setHeader(HttpHeaders.CONTENT_LANGUAGE, page.contentLanguage());
        }
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }
}
