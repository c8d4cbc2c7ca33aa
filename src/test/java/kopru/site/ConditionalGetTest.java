package kopru.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import kopru.i18n.Lang;
import kopru.story.TestStories;
import org.junit.jupiter.api.Test;

/** ETag and Last-Modified on public pages, answered from a fresh render and from the page cache alike. */
@QuarkusTest
class ConditionalGetTest {
    @Inject
    PageCache cache;

    private void checkConditionalGets(String path) {
        cache.clear();
        for (int round = 1; round <= 2; round++) {
            Site.Reply first = Site.get(path);
            first.expect(200);
            String etag = first.header("ETag");
            String lastModified = first.header("Last-Modified");
            String where = path + " (round " + round + ")";
            assertNotNull(etag, "no ETag on " + where);
            assertNotNull(lastModified, "no Last-Modified on " + where);
            assertTrue(etag.matches("(W/)?\"[^\"]+\""), "ETag must be quoted: " + etag);
            ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME);
            assertTrue(cache.get(path).isPresent(), "the page was not cached after " + where);

            Site.Reply byEtag = Site.get(path, "If-None-Match", etag);
            assertEquals(304, byEtag.statusCode(), "If-None-Match on " + where);
            assertEquals("", byEtag.body(), "a 304 has no body");
            assertEquals(etag, byEtag.header("ETag"));

            Site.Reply byDate = Site.get(path, "If-Modified-Since", lastModified);
            assertEquals(304, byDate.statusCode(), "If-Modified-Since on " + where);
            assertEquals("", byDate.body());

            Site.Reply stale = Site.get(path, "If-None-Match", "\"stale-etag\"");
            assertEquals(200, stale.statusCode(), "stale ETag on " + where);
            assertEquals(first.body(), stale.body());
            assertEquals(etag, stale.header("ETag"));

            Site.Reply old = Site.get(path, "If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT");
            assertEquals(200, old.statusCode(), "If-Modified-Since before the change on " + where);

            Site.Reply listed = Site.get(path, "If-None-Match", "\"other\", " + etag);
            assertEquals(304, listed.statusCode(), "ETag in a list on " + where);

            // If-None-Match wins over If-Modified-Since (RFC 9110).
            Site.Reply both = Site.get(path, "If-None-Match", "\"stale-etag\"", "If-Modified-Since", lastModified);
            assertEquals(200, both.statusCode(), "If-None-Match must win on " + where);
        }
    }

    @Test
    void shouldAnswerConditionalGetsForAnArticle() {
        checkConditionalGets(TestStories.path("kahramanmaras-sahra-hastanesi", Lang.KK));
    }

    @Test
    void shouldAnswerConditionalGetsForTheHomePages() {
        checkConditionalGets("/tr/");
        checkConditionalGets("/kk/");
    }

    @Test
    void shouldAnswerConditionalGetsForASecondPageAndATag() {
        checkConditionalGets("/tr/?page=2");
        checkConditionalGets("/kk/tag/deprem");
    }

    @Test
    void shouldGiveEachLanguageItsOwnEtag() {
        String tr = Site.get("/tr/").header("ETag");
        String kk = Site.get("/kk/").header("ETag");
        assertTrue(!tr.equals(kk), "same ETag for both home pages");
    }
}
