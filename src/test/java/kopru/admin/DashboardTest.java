package kopru.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import kopru.i18n.Lang;
import kopru.search.SearchIndexer;
import kopru.site.Site;
import kopru.story.Story;
import kopru.story.TestStories;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The dashboard: counts with links, scheduled times in both zones, a missed schedule flagged, the admin's index rebuild. */
@QuarkusTest
class DashboardTest {
    private final CreatedStories created = new CreatedStories();

    @Inject
    Scheduler scheduler;
    @Inject
    SearchIndexer indexer;

    @AfterEach
    void cleanUp() {
        created.deleteAll();
        scheduler.resume();
    }

    @Test
    void shouldFlagAScheduledArticleWhoseTimePassedUnpublished() {
        String editor = TestAccounts.create("editor");
        String key = created.add(TestStories.newKey("missed"));
        Browser.api("PUT", "/api/v1/admin/stories/" + key, editor, TestAccounts.PASSWORD,
                "{\"kind\":\"news\",\"original\":\"tr\",\"articles\":{\"tr\":{\"title\":\"Kaçan yayın\"}}}").expect(201);
        Browser.api("POST", "/api/v1/admin/stories/" + key + "/tr/transitions", editor, TestAccounts.PASSWORD,
                "{\"to\":\"scheduled\",\"at\":\"2099-01-01T10:00:00+03:00\"}").expect(200);
        Browser browser = Browser.loggedIn(editor, TestAccounts.PASSWORD);
        Element onTime = row(browser.get("/admin").expect(200).html(), key);
        assertTrue(onTime.text().contains("2099-01-01 10:00 (Europe/Istanbul)") && onTime.text().contains("(Asia/Almaty)"), onTime.text());
        assertNull(onTime.selectFirst(".flag"), "not missed yet");

        // As if the scheduler had been down: the time passed and nothing published the article.
        scheduler.pause();
        QuarkusTransaction.requiringNew().run(() -> Story.findByKey(key).orElseThrow().article(Lang.TR).orElseThrow().publishedAt = TestStories.OLD_DATE);
        Document page = browser.get("/admin").expect(200).html();
        assertNotNull(page.selectFirst(".missed-schedule"), "flagged prominently at the top");
        assertNotNull(row(page, key).selectFirst(".flag"));
    }

    @Test
    void shouldCountAndLinkWhatWaits() {
        String author = TestAccounts.create("author");
        String key = created.add(TestStories.newKey("waiting"));
        Browser.api("PUT", "/api/v1/admin/stories/" + key, author, TestAccounts.PASSWORD,
                "{\"kind\":\"news\",\"original\":\"tr\",\"articles\":{\"tr\":{\"title\":\"Bekleyen\"}}}").expect(201);
        Browser browser = Browser.loggedIn(author, TestAccounts.PASSWORD);
        long drafts = count(browser.get("/admin").expect(200).html(), ".count-drafts");
        long translations = count(browser.get("/admin").expect(200).html(), ".count-needs-translation");
        Browser.api("POST", "/api/v1/admin/stories/" + key + "/tr/transitions", author, TestAccounts.PASSWORD, "{\"to\":\"in-review\"}").expect(200);
        Document page = browser.get("/admin").expect(200).html();
        assertEquals(drafts - 1, count(page, ".count-drafts"));
        assertTrue(count(page, ".count-in-review") >= 1);
        assertTrue(translations >= 1, "the story lacks its Kazakh version");
        assertNotNull(page.selectFirst("a[href=/admin/stories?needs=translation]"));
        assertNull(page.selectFirst("form[action=/admin/search-index]"), "only admins rebuild the index");
    }

    @Test
    void shouldLetAdminsRebuildTheSearchIndex() throws InterruptedException {
        Browser admin = Browser.loggedIn("admin", TestAccounts.ADMIN_PASSWORD);
        assertNotNull(admin.get("/admin").expect(200).html().selectFirst("form[action=/admin/search-index]"));
        Site.Reply reply = admin.postForm("/admin/search-index", Map.of());
        assertEquals(303, reply.statusCode());
        assertNotNull(admin.get("/admin?rebuilding=1").expect(200).html().selectFirst(".notice.ok"));
        // The rebuild runs in the background: let it finish rather than leave it to the application's shutdown.
        assertTrue(indexer.awaitCaughtUp(Duration.ofSeconds(60)), "the rebuild finishes");
        Browser editor = Browser.loggedIn(TestAccounts.create("editor"), TestAccounts.PASSWORD);
        editor.get("/admin");
        assertEquals(403, editor.postForm("/admin/search-index", Map.of()).statusCode());
    }

    private static Element row(Document page, String key) {
        return page.select("table.scheduled tr").stream().filter(r -> r.text().contains(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no scheduled row for " + key));
    }

    private static long count(Document page, String selector) {
        return Long.parseLong(page.selectFirst(selector).text());
    }
}
