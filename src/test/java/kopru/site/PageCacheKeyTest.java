package kopru.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import kopru.i18n.Lang;
import kopru.story.TestStories;
import org.junit.jupiter.api.Test;

/** The page cache holds one entry per page, however a client spells its URL: it cannot be flooded. */
@QuarkusTest
class PageCacheKeyTest {
    @Inject
    PageCache cache;

    private void assertOneEntryFor(String canonical, String... spellings) {
        cache.clear();
        Site.Reply first = Site.get(canonical);
        first.expect(200);
        assertEquals(1, cache.size());
        for (String spelling : spellings) {
            Site.Reply response = Site.get(spelling);
            int status = response.statusCode();
            assertTrue(status == 200 || status == 301 || status == 404, () -> spelling + " gave " + status);
            if (status == 200) {
                assertEquals(first.header("ETag"), response.header("ETag"), spelling);
            }
            assertEquals(1, cache.size(), () -> spelling + " added a cache entry");
        }
        assertTrue(cache.get(canonical).isPresent(), "the canonical path is the key");
    }

    @Test
    void shouldCacheAnArticleOnceWhateverItsSpelling() {
        String path = TestStories.path("almati-istanbul-direkt-ucuslar", Lang.TR);
        assertOneEntryFor(path, path.substring(0, path.length() - 1) + "%72", path.replace("ucuslari", "ucusl%61ri"),
                path + ";x=1", path + ";x=2", path + ";session=" + "a".repeat(100), path + "?utm_source=x");
    }

    @Test
    void shouldCacheTheHomePageOnceWhateverItsSpelling() {
        assertOneEntryFor("/kk/", "/k%6B/", "/%6Bk/", "/kk;x=1/", "/kk/?utm=1", "/kk/?page=1");
    }

    @Test
    void shouldCacheATagPageOnceWhateverItsSpelling() {
        assertOneEntryFor("/tr/tag/deprem", "/tr/tag/depre%6D", "/tr/tag/deprem;x=1", "/tr/tag/deprem;x=2", "/tr/tag/deprem?page=1");
    }
}
