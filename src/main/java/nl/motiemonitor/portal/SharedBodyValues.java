package nl.motiemonitor.portal;

import java.util.function.Supplier;

import nl.motiemonitor.body.BodyView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Values that every page of a body's list shows and that cost a count over all its items (its term counts, the years
 * of its filter): kept with the body's pages when the public page cache is on ({@link PublicPageCache#value}, dropped
 * when the body changes), computed on every request when it is off. A crawler walking the 1,080 pages of the Tweede
 * Kamer's list would otherwise count its 22,000 items' terms 1,080 times (docs/benchmarks.md, issue 17).
 */
@Component
class SharedBodyValues {

    private final ObjectProvider<PublicPageCache> cache;

    SharedBodyValues(ObjectProvider<PublicPageCache> cache) {
        this.cache = cache;
    }

    <T> T get(BodyView body, String name, Supplier<T> compute) {
        PublicPageCache pages = cache.getIfAvailable();
        return pages == null ? compute.get() : pages.value(body.slug(), name, compute);
    }
}
