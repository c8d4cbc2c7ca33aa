package kopru.feed;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import kopru.i18n.Lang;
import kopru.story.Actor;
import kopru.site.Site;
import kopru.story.Article;
import kopru.story.Kind;
import kopru.story.Story;
import kopru.story.StoryService;
import kopru.story.TestStories;
import org.junit.jupiter.api.Test;

/** Drafts, future publish times and embargoes appear in no feed, sitemap or page before their time. */
@QuarkusTest
class NeverLeakTest {
    private static final List<String> OUTPUTS = List.of("/rss.xml", "/atom.xml", "/feed.json", "/tr/rss.xml", "/tr/atom.xml",
            "/tr/feed.json", "/tr/kind/press-release/rss.xml", "/tr/tag/deprem/rss.xml", "/tr/sitemap.xml", "/news-sitemap.xml",
            "/tr/", "/tr/tag/deprem");

    @Inject
    StoryService stories;

    @Test
    void shouldNotLeakAnEmbargoedPressRelease() {
        String title = "Ambargolu bülten " + TestStories.newKey("t");
        create(TestStories.newKey("embargo"), title, OffsetDateTime.now().plusDays(1), OffsetDateTime.now().minusHours(1), true);
        assertNowhere(title);
    }

    @Test
    void shouldNotLeakAStoryPublishedInTheFuture() {
        String title = "Gelecek haber " + TestStories.newKey("t");
        create(TestStories.newKey("future"), title, null, OffsetDateTime.now().plusDays(2), true);
        assertNowhere(title);
    }

    @Test
    void shouldNotLeakADraft() {
        String title = "Taslak haber " + TestStories.newKey("t");
        create(TestStories.newKey("draft"), title, null, null, false);
        assertNowhere(title);
    }

    @Test
    void shouldListAFreshStoryInTheNewsSitemapUntilUnpublished() {
        String key = TestStories.newKey("news-sitemap");
        String title = "Taze haber " + key;
        create(key, title, null, OffsetDateTime.now().minusMinutes(5), true);
        try {
            String news = Site.get("/news-sitemap.xml").expect(200).body();
            assertTrue(news.contains(title), news);
            assertTrue(news.contains("<news:language>tr</news:language>"), news);
            assertTrue(news.contains(Site.absolute(TestStories.path(key, Lang.TR))), news);
            String sitemap = Site.get("/tr/sitemap.xml").expect(200).body();
            assertTrue(sitemap.contains(Site.absolute(TestStories.path(key, Lang.TR))));
        } finally {
            // Unpublished again so that the seed stories stay the newest for other tests.
            FeedsTest.unpublish(stories, key, Lang.TR);
        }
        assertNowhere(title);
    }

    private void create(String key, String title, OffsetDateTime embargo, OffsetDateTime publishAt, boolean publish) {
        QuarkusTransaction.requiringNew().run(() -> {
            Story story = stories.saveStory(key, Kind.PRESS_RELEASE, Lang.TR, embargo, List.of("deprem"), Actor.system("test"));
            Article article = stories.saveArticle(story, Lang.TR, TestStories.text(title, null), Actor.system("test")).article();
            if (publish) {
                stories.publish(article, publishAt, "test");
            }
        });
    }

    private static void assertNowhere(String title) {
        for (String path : OUTPUTS) {
            assertFalse(Site.get(path).expect(200).body().contains(title), () -> path + " shows \"" + title + "\" before its time");
        }
    }
}
