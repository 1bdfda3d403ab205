package nl.motiemonitor.portal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import nl.motiemonitor.body.Bodies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Public pages as they were rendered for anonymous visitors, kept until what they show changes. The database says
 * which bodies a change touched (NOTIFY public_pages, V11; heard by {@link PublicPageInvalidation}); their pages go,
 * and so do the national pages (front page, search), which show every body. A page is kept per day in the
 * Netherlands, since "N dagen over de termijn" changes at midnight, and per language, since the same path is Dutch or
 * English after the visitor's choice (docs/adr/0014-languages.md).
 *
 * <p>A page rendered while a change was being heard of is not kept: every eviction moves the generation on, and a
 * page is stored only if the generation is still the one its rendering began in. While the database is not being
 * listened to (at start, after a lost connection) nothing is served from here at all.
 *
 * <p>One rendering per page at a time: a request for a page that is being rendered waits for that rendering (the
 * front page right after a change, asked for by dozens at once, is rendered once, not dozens of times), and gets
 * its result if it was kept, or renders itself if it was not.
 */
class PublicPageCache {

    private static final Logger log = LoggerFactory.getLogger(PublicPageCache.class);

    /** Who owns a page: the body its path starts with, or NATIONAL for the portal's own paths. */
    static final String NATIONAL = "";
    /** Bodies times the values each keeps: a few per body. */
    private static final int MAX_VALUES = 10_000;

    private final Cache<PageKey, CachedPage> pages;
    private final Cache<ValueKey, Object> values;
    /** How each kept value of a body is computed, to compute it again right after the body changed. */
    private final ConcurrentMap<String, ConcurrentMap<String, Supplier<?>>> recipes = new ConcurrentHashMap<>();
    private final ExecutorService recomputing = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "public-page-values");
        thread.setDaemon(true);
        return thread;
    });
    private final ConcurrentMap<PageKey, CompletableFuture<CachedPage>> rendering = new ConcurrentHashMap<>();
    private final Clock clock;
    private final AtomicLong generation = new AtomicLong();
    private final LongAdder hits = new LongAdder();
    private final LongAdder renders = new LongAdder();
    private final LongAdder waits = new LongAdder();
    private volatile boolean listening;

    PublicPageCache(PublicPageCacheProperties properties, Clock clock) {
        this.clock = clock;
        this.pages = Caffeine.newBuilder()
                .maximumWeight(properties.maxBytes())
                .weigher((PageKey key, CachedPage page) -> page.weight(key))
                .expireAfterWrite(properties.timeToLive())
                .build();
        this.values = Caffeine.newBuilder()
                .maximumSize(MAX_VALUES)
                .expireAfterWrite(properties.timeToLive())
                .build();
    }

    /** A value the pages of a body share, kept for the day it was computed on. */
    record ValueKey(LocalDate day, String owner, String name) {
    }

    /**
     * A value that many pages of a body show and that is costly to compute, e.g. the body's term counts on every page
     * of its list (a count over all its items): kept under the same rules as the body's pages (dropped with them when
     * the body changes, at midnight, not kept while nobody listens, not kept when a change was heard of while it was
     * computed), so a page rendered from it is never staler than a kept page.
     */
    <T> T value(String owner, String name, Supplier<T> compute) {
        recipes.computeIfAbsent(owner, body -> new ConcurrentHashMap<>()).putIfAbsent(name, compute);
        return keep(owner, name, compute);
    }

    @SuppressWarnings("unchecked")
    private <T> T keep(String owner, String name, Supplier<T> compute) {
        ValueKey key = new ValueKey(LocalDate.now(clock), owner, name);
        Object kept = listening ? values.getIfPresent(key) : null;
        if (kept != null) {
            return (T) kept;
        }
        long began = generation.get();
        T value = compute.get();
        if (value != null && listening && generation.get() == began) {
            values.put(key, value);
            if (generation.get() != began) {
                values.invalidate(key);
            }
        }
        return value;
    }

    record PageKey(LocalDate day, String language, String owner, String uri) {
    }

    /**
     * A page kept gzipped with the headers it was sent with (content type, content language): an HTML page shrinks to
     * a fifth or less, so the same memory keeps five times the pages of the long tail (issue 17), and a client that
     * accepts gzip gets the kept bytes as they are.
     */
    record CachedPage(byte[] gzipped, int length, String contentType, String contentLanguage) {

        static CachedPage of(byte[] body, String contentType, String contentLanguage) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
            try (GZIPOutputStream gzip = new GZIPOutputStream(out, 8192)) {
                gzip.write(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new CachedPage(out.toByteArray(), body.length, contentType, contentLanguage);
        }

        /** The page as rendered. */
        byte[] body() {
            try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(gzipped), 8192)) {
                return gzip.readNBytes(length);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        int weight(PageKey key) {
            return gzipped.length + key.uri().length() * 2 + 200;
        }
    }

    /** How often a page was served from here, rendered (and offered to keep), and taken from another's rendering. */
    record Counts(long hits, long renders, long waits) {
    }

    /**
     * The key of a request for a path (without context path) and its query string (null when there is none), in a
     * language ("nl", "en").
     */
    PageKey key(String path, String query, String language) {
        String uri = query == null ? path : path + "?" + query;
        return new PageKey(LocalDate.now(clock), language, owner(path), uri);
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
        CachedPage page = listening ? pages.getIfPresent(key) : null;
        if (page != null) {
            hits.increment();
        }
        return page;
    }

    long generation() {
        return generation.get();
    }

    /**
     * Claims the rendering of a page: empty when this request is to render it (and then must call
     * {@link #rendered}), or the rendering another request has underway.
     */
    CompletableFuture<CachedPage> claim(PageKey key, CompletableFuture<CachedPage> mine) {
        return rendering.putIfAbsent(key, mine);
    }

    void waited() {
        waits.increment();
    }

    /**
     * Ends a rendering claimed with {@link #claim}: keeps the page (null: not to be kept) unless a change was heard
     * of since {@code renderedInGeneration}, and hands the waiting requests the page if it was kept, else null.
     */
    void rendered(PageKey key, CompletableFuture<CachedPage> mine, CachedPage page, long renderedInGeneration) {
        renders.increment();
        boolean kept = page != null && store(key, page, renderedInGeneration);
        rendering.remove(key, mine);
        mine.complete(kept ? page : null);
    }

    private boolean store(PageKey key, CachedPage page, long renderedInGeneration) {
        if (!listening || generation.get() != renderedInGeneration) {
            return false;
        }
        pages.put(key, page);
        if (generation.get() != renderedInGeneration) {
            pages.invalidate(key);
            return false;
        }
        return true;
    }

    /** The pages of these bodies and the national pages go. */
    void evict(Set<String> bodySlugs) {
        generation.incrementAndGet();
        pages.asMap().keySet().removeIf(key -> key.owner().equals(NATIONAL) || bodySlugs.contains(key.owner()));
        values.asMap().keySet().removeIf(key -> key.owner().equals(NATIONAL) || bodySlugs.contains(key.owner()));
        recomputeValues(bodySlugs);
    }

    /**
     * The values of the changed bodies are computed again at once, in the background: the first visitor after a
     * clerk's change then finds the body's term counts kept instead of waiting for them (270 ms for the Tweede
     * Kamer). Kept under the usual rules, so a further change meanwhile leaves them out.
     */
    private void recomputeValues(Set<String> bodySlugs) {
        for (String slug : bodySlugs) {
            Map<String, Supplier<?>> known = recipes.get(slug);
            if (known != null && listening) {
                known.forEach((name, compute) -> recomputing.execute(() -> {
                    try {
                        keep(slug, name, compute);
                    } catch (RuntimeException e) {
                        log.debug("The value {} of {} will be computed when it is next asked for", name, slug, e);
                    }
                }));
            }
        }
    }

    /** Just these pages go (paths like /den-haag/moties/ris323480), with any query string. */
    void evictPages(Set<String> paths) {
        generation.incrementAndGet();
        pages.asMap().keySet().removeIf(key -> {
            int query = key.uri().indexOf('?');
            return paths.contains(query < 0 ? key.uri() : key.uri().substring(0, query));
        });
    }

    void evictAll() {
        generation.incrementAndGet();
        pages.invalidateAll();
        values.invalidateAll();
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

    Collection<PageKey> keys() {
        return List.copyOf(pages.asMap().keySet());
    }

    Counts counts() {
        return new Counts(hits.sum(), renders.sum(), waits.sum());
    }
}
