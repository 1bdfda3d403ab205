package nl.motiemonitor.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import nl.motiemonitor.testsupport.Fixtures;
import nl.motiemonitor.testsupport.MotiemonitorTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCache;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** With the production cache settings: a repeated search is answered from the cache for at most a minute. */
@MotiemonitorTest
@TestPropertySource(properties = "spring.cache.type=caffeine")
class SearchCacheTest {

    @Autowired
    SearchService search;

    @Autowired
    CacheManager caches;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Fixtures fixtures;

    @AfterEach
    void removeLetters() {
        jdbc.update("delete from letters where subject like 'Cacheproef%'");
    }

    @Test
    void theSameQueryIsAnsweredFromTheCacheAndExpiresAfterAMinute() {
        Long body = jdbc.queryForObject("select id from bodies where slug = 'den-haag'", Long.class);
        SearchQuery query = new SearchQuery("kraanvogelbrug", null, null, null, null, false, 1, null, null);
        assertThat(search.search(query).total()).isZero();

        fixtures.letter(body).about("Cacheproef").saying("Over de kraanvogelbrug.").register();
        assertThat(search.search(query).total()).as("from the cache").isZero();
        assertThat(search.search(new SearchQuery("kraanvogelbrug", null, null, null, null, true, 1, null, null))
                .total()).as("another query is searched").isEqualTo(1);

        caches.getCache(SearchService.SEARCH_CACHE).clear();
        assertThat(search.search(query).total()).isEqualTo(1);

        Cache<Object, Object> cache = ((CaffeineCache) caches.getCache(SearchService.SEARCH_CACHE)).getNativeCache();
        assertThat(cache.policy().expireAfterWrite()).hasValueSatisfying(expiry ->
                assertThat(expiry.getExpiresAfter()).isEqualTo(Duration.ofSeconds(60)));
    }
}
