package kopru.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.Predicate;
import kopru.i18n.Lang;
import kopru.story.Actor;
import kopru.story.Article;
import kopru.story.Story;
import kopru.story.StoryService;
import kopru.story.TestStories;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** What readers see after an editor changes a published article: the new text, and old URLs that still work. */
@QuarkusTest
class PublishedChangeTest {
    private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(2);

    @Inject
    StoryService service;
    @Inject
    PageCache cache;

    /**
     * Waits past one round of the once-a-second change-log poll, so that earlier changes have
     * cleared the cache already and only the change under test can clear it again.
     */
    private static void settle() {
        try {
            Thread.sleep(1_500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** GETs the path until the response satisfies the condition, for at most {@link #VISIBLE_WITHIN}. */
    private static Site.Reply eventually(String path, Predicate<Site.Reply> condition, String what) {
        long deadline = System.nanoTime() + VISIBLE_WITHIN.toNanos();
        Site.Reply response;
        do {
            response = Site.get(path);
            if (condition.test(response)) {
                return response;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        } while (System.nanoTime() < deadline);
        fail(what + " not visible on " + path + " within " + VISIBLE_WITHIN + "; last status " + response.statusCode());
        return response;
    }

    private static String h1(Site.Reply response) {
        Element h1 = Site.html(response).selectFirst("main h1");
        return h1 == null ? "" : h1.text();
    }

    private void save(String key, Lang lang, String title, String slug) {
        QuarkusTransaction.requiringNew().run(() -> {
            Story story = Story.findByKey(key).orElseThrow();
            service.saveArticle(story, lang, TestStories.text(title, slug), Actor.system("test")).article();
        });
    }

    @Test
    void shouldRedirectTheOldUrlAfterASlugChange() {
        String key = TestStories.newKey("slug-change");
        String title = "Adresi değişen haber " + key;
        String oldPath = TestStories.publish(service, key, Lang.TR, title);
        settle();
        Site.get(oldPath).expect(200);
        assertTrue(cache.get(oldPath).isPresent(), "the page is cached before the change");

        String newSlug = "yeni-adres-" + key;
        save(key, Lang.TR, title, newSlug);
        String newPath = TestStories.path(key, Lang.TR);
        assertEquals(oldPath.substring(0, oldPath.lastIndexOf('/') + 1) + newSlug, newPath);

        Site.Reply moved = eventually(oldPath, r -> r.statusCode() == 301, "the redirect");
        assertEquals(newPath, Site.locationPath(moved));
        Site.Reply current = Site.get(newPath);
        current.expect(200);
        assertEquals(Site.absolute(newPath), Site.canonical(Site.html(current)));
        assertEquals(title, h1(current));
    }

    @Test
    void shouldRedirectEveryFormerSlugToTheLatest() {
        String key = TestStories.newKey("slug-twice");
        String title = "İki kez taşınan haber " + key;
        String first = TestStories.publish(service, key, Lang.TR, title);
        save(key, Lang.TR, title, "ikinci-" + key);
        String second = TestStories.path(key, Lang.TR);
        save(key, Lang.TR, title, "ucuncu-" + key);
        String third = TestStories.path(key, Lang.TR);

        for (String former : new String[] {first, second}) {
            Site.Reply moved = eventually(former, r -> r.statusCode() == 301 && third.equals(Site.locationPath(r)), "the redirect");
            assertEquals(third, Site.locationPath(moved));
        }
        // A former slug under a wrong month still finds the article.
        String wrongMonth = first.replaceFirst("/\\d{4}/\\d{2}/", "/2019/01/");
        Site.Reply moved = Site.get(wrongMonth);
        assertEquals(301, moved.statusCode());
        assertEquals(third, Site.locationPath(moved));
        Site.get(third).expect(200);
    }

    @Test
    void shouldShowAChangedTitleWithinTwoSeconds() {
        String key = TestStories.newKey("title-change");
        String path = TestStories.publish(service, key, Lang.KK, "Ескі тақырып " + key);
        settle();
        Site.Reply before = Site.get(path);
        before.expect(200);
        assertEquals("Ескі тақырып " + key, h1(before));
        Site.get(path).expect(200);
        assertTrue(cache.get(path).isPresent(), "the page is cached before the change");

        save(key, Lang.KK, "Жаңа тақырып " + key, null);

        Site.Reply after = eventually(path, r -> r.statusCode() == 200 && h1(r).equals("Жаңа тақырып " + key), "the new title");
        assertTrue(Site.html(after).title().startsWith("Жаңа тақырып " + key));
        assertEquals(path, TestStories.path(key, Lang.KK), "a title change without a new slug keeps the URL");
    }

    @Test
    void shouldShowAChangedTitleOnTheHomePageListing() {
        // A story published now comes first on the home page; it is unpublished again at the end.
        String key = TestStories.newKey("home-change");
        Lang lang = Lang.TR;
        Site.get("/tr/").expect(200); // the home page is cached
        QuarkusTransaction.requiringNew().run(() -> {
            Story story = service.saveStory(key, kopru.story.Kind.NEWS, lang, null, java.util.List.of(), Actor.system("test"));
            Article article = service.saveArticle(story, lang, TestStories.text("Manşet " + key, null), Actor.system("test")).article();
            service.publish(article, java.time.OffsetDateTime.now().minusSeconds(1), "test");
        });
        try {
            eventually("/tr/", r -> firstCard(r).equals("Manşet " + key), "the new story on the home page");
            save(key, lang, "Düzeltilmiş manşet " + key, null);
            eventually("/tr/", r -> firstCard(r).equals("Düzeltilmiş manşet " + key), "the changed title on the home page");
        } finally {
            QuarkusTransaction.requiringNew().run(() -> service.unpublish(TestStories.article(key, lang), "test"));
        }
        eventually("/tr/", r -> !r.body().contains(key), "the unpublished story gone from the home page");
    }

    private static String firstCard(Site.Reply response) {
        Element first = Site.html(response).selectFirst("main li.card h2 a");
        return first == null ? "" : first.text();
    }
}
