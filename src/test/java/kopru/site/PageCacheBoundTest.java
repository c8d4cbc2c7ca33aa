package kopru.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kopru.search.SearchTestProfile;
import org.junit.jupiter.api.Test;

/**
 * A crawl of every list, tag, feed, sitemap and article page over HTTP never lets the page cache hold more bytes than
 * its bound (a tiny one here, see {@link SearchTestProfile}); evicted pages are rebuilt the same; hits, misses and
 * evictions show in /q/metrics.
 */
@QuarkusTest
@TestProfile(SearchTestProfile.class)
class PageCacheBoundTest {
    private static final Pattern LOC = Pattern.compile("<loc>https?://[^/<]+(/[^<]*)</loc>");
    private static final Pattern HREF = Pattern.compile("href=\"(/(?:tr|kk)/tag/[a-z0-9-]+)\"");

    @Inject
    PageCache cache;

    @Test
    void shouldStayUnderItsByteBoundWhileEveryPageIsCrawled() {
        cache.clear();
        List<String> paths = crawlList();
        assertTrue(paths.size() > 60, () -> "too few pages to fill the cache: " + paths.size());
        long held = 0;
        String firstEtag = null;
        for (String path : paths) {
            Site.Reply reply = Site.get(path).expect(200);
            if (firstEtag == null) {
                firstEtag = reply.header("ETag");
            }
            long bytes = cache.weightedBytes();
            assertTrue(bytes <= SearchTestProfile.PAGE_CACHE_BYTES, () -> "the cache holds " + bytes + " bytes after " + path);
            held = Math.max(held, bytes);
        }
        assertTrue(held > SearchTestProfile.PAGE_CACHE_BYTES / 2, "the crawl filled the cache up to its bound");
        assertTrue(cache.size() < paths.size(), "pages were evicted");
        // the first page was evicted long ago: rebuilt, it is the same page
        assertEquals(firstEtag, Site.get(paths.get(0)).expect(200).header("ETag"));

        String metrics = Site.management("/q/metrics").expect(200).body();
        assertTrue(counter(metrics, "cache_evictions_total", "pages") > 0, "evictions are counted");
        long hits = counter(metrics, "cache_gets_total", "pages", "result=\"hit\"");
        long misses = counter(metrics, "cache_gets_total", "pages", "result=\"miss\"");
        assertTrue(misses >= paths.size() - 1, "every first visit was a miss: " + misses);
        // into an empty cache: a full one may refuse a page seen less often than the one it would evict (TinyLFU)
        cache.clear();
        Site.get("/tr/").expect(200);
        Site.get("/tr/").expect(200);
        long after = counter(Site.management("/q/metrics").expect(200).body(), "cache_gets_total", "pages", "result=\"hit\"");
        assertTrue(after >= hits + 1, "the second visit of /tr/ was a hit");
        assertTrue(metrics.contains("cache_eviction_weight_total{cache=\"pages\""), "the evicted bytes are counted");
        assertTrue(metrics.contains("cache_gets_total{cache=\"search-turkish-stems\""), "the search caches are published too");
    }

    /** Every page a crawler finds from the sitemaps and tag links, plus every feed of every scope. */
    private static List<String> crawlList() {
        Set<String> paths = new LinkedHashSet<>(List.of("/tr/", "/kk/", "/sitemap.xml", "/news-sitemap.xml"));
        for (String lang : List.of("tr", "kk")) {
            String sitemap = Site.get("/" + lang + "/sitemap.xml").expect(200).body();
            Matcher loc = LOC.matcher(sitemap);
            while (loc.find()) {
                paths.add(loc.group(1));
            }
            Matcher tag = HREF.matcher(Site.get("/" + lang + "/").expect(200).body());
            while (tag.find()) {
                paths.add(tag.group(1));
            }
        }
        List<String> scopes = new ArrayList<>(List.of("", "/tr", "/kk"));
        for (String path : List.copyOf(paths)) {
            if (path.matches("/(tr|kk)/tag/[a-z0-9-]+")) {
                scopes.add(path);
            }
        }
        for (String lang : List.of("tr", "kk")) {
            for (String kind : List.of("news", "press-release", "statement")) {
                scopes.add("/" + lang + "/kind/" + kind);
            }
        }
        for (String scope : scopes) {
            for (String file : List.of("rss.xml", "atom.xml", "feed.json")) {
                paths.add(scope + "/" + file);
            }
        }
        return new ArrayList<>(paths);
    }

    /** The value of a Prometheus counter line naming {@code cache} and every label given. */
    private static long counter(String metrics, String name, String cache, String... labels) {
        return metrics.lines()
                .filter(line -> line.startsWith(name + "{") && line.contains("cache=\"" + cache + "\""))
                .filter(line -> List.of(labels).stream().allMatch(line::contains))
                .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
