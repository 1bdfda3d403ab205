package nl.motiemonitor.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The portal's languages, Dutch (the default) and English, as {@code @languages} in templates: which one a request
 * gets (its {@code ?lang=}, else its {@code lang} cookie, else Dutch) and the links to the same page in the other.
 */
@Component("languages")
public class Languages {

    public static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(DUTCH, ENGLISH);
    public static final String PARAMETER = "lang";

    private final LocaleResolver resolver;
    private final PublicAddress address;

    Languages(LocaleResolver localeResolver, PublicAddress address) {
        this.resolver = localeResolver;
        this.address = address;
    }

    /** The supported language closest to {@code locale}: English for any English, else Dutch. */
    public static Locale supported(Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : DUTCH;
    }

    /** "nl" or "en", for {@code lang} and {@code hreflang}. */
    public static String code(Locale locale) {
        return supported(locale).getLanguage();
    }

    /**
     * The language a request will be answered in, known before Spring MVC resolves it (the page cache needs it
     * first): its {@code ?lang=} when that names a language, else what the locale resolver reads from the cookie.
     */
    public Locale of(HttpServletRequest request) {
        String asked = request.getParameter(PARAMETER);
        if (asked != null) {
            Locale parsed = StringUtils.parseLocale(asked.strip());
            if (parsed != null && SUPPORTED.stream().anyMatch(l -> l.getLanguage().equals(parsed.getLanguage()))) {
                return supported(parsed);
            }
        }
        return resolver.resolveLocale(request);
    }

    /** A version of this page: its language ("nl", "en"; null for x-default) and its address. */
    public record Link(String code, String href) {
    }

    /**
     * This page in each language, as absolute addresses for {@code <link rel="alternate" hreflang>}: with
     * {@code ?lang=nl} and {@code ?lang=en}, and without (x-default, code null). Links, not bare strings, as Thymeleaf
     * does not let {@code th:href} call beans.
     */
    public List<Link> alternates() {
        List<Link> links = new java.util.ArrayList<>(SUPPORTED.stream().map(Languages::code)
                .map(code -> new Link(code, absolute(code))).toList());
        links.add(new Link(null, absolute(null)));
        return links;
    }

    /** This page (its path and query, other parameters kept) in the languages other than {@code current}. */
    public List<Link> switches(Locale current) {
        return SUPPORTED.stream().map(Languages::code).filter(code -> !code.equals(code(current)))
                .map(code -> new Link(code, page().replaceQueryParam(PARAMETER, code).build().toUriString())).toList();
    }

    private String absolute(String code) {
        UriComponentsBuilder page = page();
        page.replaceQueryParam(PARAMETER, code == null ? new Object[0] : new Object[] {code});
        return address.absolute(page.build().toUriString().substring(request().getContextPath().length()));
    }

    private static UriComponentsBuilder page() {
        HttpServletRequest request = request();
        Object forwarded = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = forwarded instanceof String uri ? uri : request.getRequestURI();
        String query = forwarded != null ? null : request.getQueryString();
        return UriComponentsBuilder.fromPath(path).query(query);
    }

    private static HttpServletRequest request() {
        return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
    }
}
