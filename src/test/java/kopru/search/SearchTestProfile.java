package kopru.search;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The search tests that add stories (relevance set, visibility, catch-up) run in their own application
 * start, so that their extra stories never show up in other features' tests. The database is cleaned
 * at each start; the index notices that it belongs to another database and rebuilds. The page cache is tiny here
 * ({@value #PAGE_CACHE_BYTES} bytes), so that {@code kopru.site.PageCacheBoundTest} can fill it past its bound with
 * a crawl of these pages without a start of its own.
 */
public class SearchTestProfile implements QuarkusTestProfile {
    static final String ADMIN_PASSWORD = "search-test-admin";
    public static final long PAGE_CACHE_BYTES = 120_000;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("kopru.admin-password", ADMIN_PASSWORD, "kopru.page-cache.max-bytes", Long.toString(PAGE_CACHE_BYTES));
    }
}
