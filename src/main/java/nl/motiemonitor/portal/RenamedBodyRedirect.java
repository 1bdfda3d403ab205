package nl.motiemonitor.portal;

import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.motiemonitor.body.Bodies;
import nl.motiemonitor.web.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Old URLs of a body whose slug changed keep working: a page that was not found because its URL names a former slug
 * ({@code /oude-naam/moties/x}, {@code /beheer/oude-naam/moties}, {@code /zoeken?orgaan=oude-naam}, feeds) answers
 * 301 with the same URL under the body's current slug. Asked only when a page was not found, so it costs nothing on
 * the way to any other page; a slug that is some body's current slug is that body's, whatever the history says.
 */
@Component
class RenamedBodyRedirect implements HandlerExceptionResolver, Ordered {

    /** The path variable that names a body in every mapping that has one. */
    static final String BODY_VARIABLE = "body";
    /** The query parameter that names a body in search and its feed. */
    static final String BODY_PARAMETER = "orgaan";

    private final Bodies bodies;

    RenamedBodyRedirect(Bodies bodies) {
        this.bodies = bodies;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception exception) {
        if (!(exception instanceof NotFoundException)) {
            return null;
        }
        return target(request).map(location -> {
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader(HttpHeaders.LOCATION, request.getContextPath() + location);
            return new ModelAndView();
        }).orElse(null);
    }

    /** Where a GET of this request is now (a path within the app), when it names a body by a former slug. */
    Optional<String> target(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return Optional.empty();
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        @SuppressWarnings("unchecked")
        Map<String, String> variables =
                (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String slug = variables == null ? null : variables.get(BODY_VARIABLE);
        if (slug != null) {
            return bodies.renamedTo(slug)
                    .map(current -> replaceSegment(path, slug, current) + (query == null ? "" : "?" + query));
        }
        String parameter = request.getParameter(BODY_PARAMETER);
        if (parameter != null && query != null && parameter.matches("[a-z0-9-]{1,60}")) {
            return bodies.renamedTo(parameter).map(current -> path + "?" + replaceParameter(query, current));
        }
        return Optional.empty();
    }

    /** The path with the first segment that is {@code slug} replaced. */
    static String replaceSegment(String path, String slug, String current) {
        String[] segments = path.split("/", -1);
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].equals(slug)) {
                segments[i] = current;
                break;
            }
        }
        return String.join("/", segments);
    }

    /** The query string with every {@code orgaan=…} naming the current slug, the rest as it came. */
    static String replaceParameter(String query, String current) {
        String[] pairs = query.split("&", -1);
        for (int i = 0; i < pairs.length; i++) {
            if (pairs[i].startsWith(BODY_PARAMETER + "=")) {
                pairs[i] = BODY_PARAMETER + "=" + current;
            }
        }
        return String.join("&", pairs);
    }
}
