package nl.motiemonitor.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import nl.motiemonitor.body.Bodies;

/**
 * Public pages as they were rendered for anonymous visitors, kept until what they show changes. The database says
 * which bodies a change touched (NOTIFY public_pages, V11; heard by {@link PublicPageInvalidation}); their pages go,
 * and so do the national pages (front page, search), which show every body. A page is kept per day in the
 * Netherlands, since "N dagen over de termijn" changes at midnight.
 *
 * <p>A page rendered while a change was being heard of is not kept: every eviction moves the generation on, and a
 * page is stored only if the generation is still the one its rendering began in. While the database is not being
 * listened to (at start, after a lost connection) nothing is served from here at all.
 */
class PublicPageCache {

    /** Who owns a page: the body its path starts with, or NATIONAL for the portal's own paths. */
    static final String NATIONAL = "";

    private final Cache<PageKey, CachedPage> pages;
    private final Clock clock;
    private final AtomicLong generation = new AtomicLong();
    private volatile boolean listening;

    PublicPageCache(PublicPageCacheProperties properties, Clock clock) {
        this.clock = clock;
        this.pages = Caffeine.newBuilder()
                .maximumWeight(properties.maxSize().toBytes())
                .weigher((PageKey key, CachedPage page) -> page.weight(key))
                .expireAfterWrite(properties.timeToLive())
                .build();
    }

    record PageKey(LocalDate day, String owner, String uri) {
    }

    /** A page's bytes with the headers it was sent with (content type, content language). */
    record CachedPage(byte[] body, String contentType, String contentLanguage) {

        int weight(PageKey key) {
            return body.length + key.uri().length() * 2 + 200;
        }
    }

    /** The key of a request for a path (without context path) and its query string, or none. */
    PageKey key(String path, String query) {
        String uri = query == null ? path : path + "?" + query;
        return new PageKey(LocalDate.now(clock), owner(path), uri);
    }

    /** The body slug a path starts with, or NATIONAL for "/", "/zoeken", "/feed" and the portal's other paths. */
    static String owner(String path) {
        int end = path.indexOf('/', 1);
        String first = end < 0 ? path.substring(1) : path.substring(1, end);
        return first.isEmpty() || Bodies.RESERVED_SLUGS.contains(first) ? NATIONAL : first;
    }

    boolean serving() {
        return listening;
    }

    CachedPage find(PageKey key) {
        return listening ? pages.getIfPresent(key) : null;
    }

    long generation() {
        return generation.get();
    }

    /** Keeps a page, unless a change was heard of since {@code renderedInGeneration}. */
    void store(PageKey key, CachedPage page, long renderedInGeneration) {
        if (listening && generation.get() == renderedInGeneration) {
            pages.put(key, page);
            if (generation.get() != renderedInGeneration) {
                pages.invalidate(key);
            }
        }
    }

    /** The pages of these bodies and the national pages go. */
    void evict(Set<String> bodySlugs) {
        generation.incrementAndGet();
        pages.asMap().keySet().removeIf(key -> key.owner().equals(NATIONAL) || bodySlugs.contains(key.owner()));
    }

    void evictAll() {
        generation.incrementAndGet();
        pages.invalidateAll();
    }

    /** Whether changes are being heard of; when not, every page goes and none is served or kept. */
    void listening(boolean listening) {
        if (!listening) {
            this.listening = false;
        }
        evictAll();
        this.listening = listening;
    }

    long size() {
        return pages.estimatedSize();
    }

    java.util.Collection<PageKey> keys() {
        return java.util.List.copyOf(pages.asMap().keySet());
    }
}
