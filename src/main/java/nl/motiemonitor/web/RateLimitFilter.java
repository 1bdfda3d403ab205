package nl.motiemonitor.web;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits how often one client address may ask for the expensive public pages anonymously: search ({@code /zoeken},
 * {@code /{body}/zoeken}), every Atom feed ({@code …/feed}), the dashboards ({@code /overzicht},
 * {@code /{body}/overzicht}), the open-data API ({@code /api/v1/…}, answered with a JSON problem detail), the download of
 * an original document ({@code …/origineel}), and every table as a file: the council's list ({@code /{body}/lijst.pdf},
 * {@code .xlsx}, {@code .csv}) and every list, search and dashboard table as CSV or Excel ({@code /{body}/moties.csv},
 * {@code /zoeken.xlsx}, …), each laid out anew for every request and holding up to every row of its table. Each
 * address has a token
 * bucket (Bucket4j): {@code burst} requests at once, refilled at {@code requests-per-minute}. Beyond that the answer
 * is {@code 429 Too Many Requests} with {@code Retry-After} (whole seconds until the next token) and a Dutch page.
 * Logged-in staff are not limited.
 *
 * <p>The address is the request's remote address, which behind a reverse proxy is the client's only with
 * {@code server.forward-headers-strategy=native} (README, "Configuration"). IPv6 addresses count per /64, the block a
 * single household or server gets. The buckets live in a Caffeine map of at most {@code max-clients} addresses; one
 * unused for as long as its bucket takes to fill up again is dropped, which changes nothing for it. Runs after the
 * public page cache, so a page served from memory costs no token.
 */
class RateLimitFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);
    private static final Pattern BODY_PAGE = Pattern.compile("/[a-z0-9-]++/(?:zoeken|overzicht)");
    /** A table or list as a file, anywhere: {@code /den-haag/lijst.pdf}, {@code /zoeken.csv}, {@code /overzicht.xlsx}. */
    private static final java.util.List<String> DOWNLOADS = java.util.List.of(".pdf", ".xlsx", ".csv");

    private final RateLimitProperties properties;
    private final Cache<String, Bucket> buckets;

    RateLimitFilter(RateLimitProperties properties) {
        this.properties = properties;
        long secondsToFill = Math.max(60, (long) properties.burst() * 60 / properties.requestsPerMinute() + 1);
        this.buckets = Caffeine.newBuilder().maximumSize(properties.maxClients())
                .expireAfterAccess(Duration.ofSeconds(secondsToFill)).build();
    }

    /** The requests this filter limits: GET and HEAD of the expensive public pages and of the open-data API. */
    static boolean limited(String method, String path) {
        return ("GET".equals(method) || "HEAD".equals(method)) && (path.equals("/zoeken") || PublicPaths.isApi(path)
                || path.equals("/overzicht") || path.endsWith("/feed") || path.endsWith("/origineel")
                || BODY_PAGE.matcher(path).matches() || DOWNLOADS.stream().anyMatch(path::endsWith));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!limited(request.getMethod(), path) || loggedIn()) {
            chain.doFilter(request, response);
            return;
        }
        String client = client(request.getRemoteAddr());
        ConsumptionProbe probe = buckets.get(client, key -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999) / 1_000_000_000);
        log.debug("Rate limit: {} asked too often for {}; retry after {} s", client, path, seconds);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        if (PublicPaths.isApi(path)) {
            tooManyForTheApi(response, seconds);
            return;
        }
        response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
    }

    /** The API's clients read JSON: the refusal is a problem detail (RFC 9457), in Dutch like the page. */
    private static void tooManyForTheApi(HttpServletResponse response, long seconds) throws IOException {
        ApiProblemResponse.write(response, HttpStatus.TOO_MANY_REQUESTS.value(), "Te veel verzoeken",
                "Dit adres heeft te veel verzoeken gedaan. Probeer het over %d seconden opnieuw.".formatted(seconds));
    }

    private Bucket newBucket() {
        return Bucket.builder().addLimit(limit -> limit.capacity(properties.burst())
                .refillGreedy(properties.requestsPerMinute(), Duration.ofMinutes(1))).build();
    }

    private static boolean loggedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    /** The address a bucket belongs to: an IPv4 address, or the /64 network of an IPv6 address. */
    static String client(String remoteAddress) {
        if (remoteAddress == null || remoteAddress.indexOf(':') < 0) {
            return String.valueOf(remoteAddress);
        }
        try {
            // an address literal: parsed, never looked up
            InetAddress address = InetAddress.getByName(remoteAddress);
            if (address instanceof Inet6Address) {
                byte[] network = java.util.Arrays.copyOf(address.getAddress(), 8);
                return HexFormat.of().formatHex(network) + "/64";
            }
            return address.getHostAddress();
        } catch (UnknownHostException e) {
            return remoteAddress;
        }
    }
}
