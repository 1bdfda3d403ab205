package nl.motiemonitor.portal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The rendered public pages kept for anonymous visitors (PublicPageCache, docs/adr/0009-public-page-cache.md).
 *
 * @param enabled    whether pages are kept at all
 * @param maxSize    the memory the kept pages may take together (their HTML); unset: a quarter of the heap
 * @param timeToLive how long a page is kept at most, even when no change is heard of
 */
@ConfigurationProperties("motiemonitor.page-cache")
record PublicPageCacheProperties(@DefaultValue("true") boolean enabled, DataSize maxSize,
        @DefaultValue("10m") Duration timeToLive) {

    long maxBytes() {
        return maxSize != null ? maxSize.toBytes() : Runtime.getRuntime().maxMemory() / 4;
    }
}
