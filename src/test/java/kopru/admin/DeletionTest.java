package kopru.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import kopru.i18n.Lang;
import kopru.search.SearchIndexer;
import kopru.site.Site;
import kopru.story.ChangeLogEntry;
import kopru.story.Story;
import kopru.story.TestStories;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Deleting a story: confirmed in the UI or through the API, gone from pages, search and feeds, audited, key never reused. */
@QuarkusTest
class DeletionTest {
    private final CreatedStories created = new CreatedStories();

    @Inject
    SearchIndexer indexer;

    @AfterEach
    void deleteCreatedStories() {
        created.deleteAll();
    }

    @Test
    void shouldRemoveADeletedStoryFromPageSearchAndFeedsAndAuditIt() throws InterruptedException {
        String editorName = TestAccounts.create("editor");
        Browser editor = Browser.loggedIn(editorName, TestAccounts.PASSWORD);
        editor.get("/admin/story");
        String key = created.add(TestStories.newKey("delete"));
        String word = "silinecekxq" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
        EditorForm.save(editor, EditorForm.bilingual(key, "Haber " + word, "Жаңалық " + word));
        editor.postForm("/admin/story/transition", Map.of("key", key, "lang", "tr", "to", "published"));
        editor.postForm("/admin/story/transition", Map.of("key", key, "lang", "kk", "to", "published"));
        String trPage = TestStories.path(key, Lang.TR);
        String kkPage = TestStories.path(key, Lang.KK);
        Site.get(trPage).expect(200);
        assertTrue(indexer.awaitCaughtUp(Duration.ofSeconds(20)));
        assertEquals(1, searchTotal(word));
        assertTrue(Site.get("/tr/rss.xml").expect(200).body().contains(word));

        Document confirm = editor.get("/admin/story?key=" + key + "&confirm=delete").expect(200).html();
        assertNotNull(confirm.selectFirst("form[action=/admin/story/delete] input[name=key][value=" + key + "]"), "a confirmation step");
        Site.Reply deleted = editor.postForm("/admin/story/delete", Map.of("key", key, "confirm", "yes"));
        assertEquals(303, deleted.statusCode());

        assertEquals(404, Site.get(trPage).statusCode());
        assertEquals(404, Site.get(kkPage).statusCode());
        assertFalse(Site.get("/tr/rss.xml").expect(200).body().contains(word));
        assertFalse(Site.get("/feed.json").expect(200).body().contains(word));
        assertTrue(indexer.awaitCaughtUp(Duration.ofSeconds(20)));
        assertEquals(0, searchTotal(word));
        assertEquals(404, editor.get("/admin/story?key=" + key).statusCode());
        assertFalse(editor.get("/admin/stories?q=" + word).expect(200).body().contains(key));
        assertEquals(List.of("delete", "delete"), QuarkusTransaction.requiringNew().call(() -> ChangeLogEntry.<ChangeLogEntry>list(
                "storyKey = ?1 and action = ?2", key, ChangeLogEntry.Action.DELETE).stream().map(c -> "delete").toList()), "one row per language");

        String audit = Browser.loggedIn("admin", TestAccounts.ADMIN_PASSWORD).get("/admin/audit").expect(200).html()
                .select("tbody tr").stream().filter(r -> r.text().contains(key)).findFirst().orElseThrow().text();
        assertTrue(audit.contains("delete") && audit.contains(editorName), audit);

        Site.Reply reuse = Browser.api("PUT", "/api/v1/admin/stories/" + key, editorName, TestAccounts.PASSWORD,
                "{\"kind\":\"news\",\"original\":\"tr\",\"articles\":{\"tr\":{\"title\":\"Yeniden\"}}}");
        assertEquals(400, reuse.statusCode(), "the key of a deleted story is never reused");
        assertTrue(QuarkusTransaction.requiringNew().call(() -> Story.keyUsed(key)), "the story and its revisions are kept");
    }

    @Test
    void shouldDeleteThroughTheApiWith204And404AndRoleRules() {
        String editor = TestAccounts.create("editor");
        String author = TestAccounts.create("author");
        String key = created.add(TestStories.newKey("api-delete"));
        Browser.api("PUT", "/api/v1/admin/stories/" + key, author, TestAccounts.PASSWORD,
                "{\"kind\":\"news\",\"original\":\"tr\",\"articles\":{\"tr\":{\"title\":\"API silme\"}}}").expect(201);
        assertEquals(403, Browser.api("DELETE", "/api/v1/admin/stories/" + key, author, TestAccounts.PASSWORD, null).statusCode());
        assertEquals(204, Browser.api("DELETE", "/api/v1/admin/stories/" + key, editor, TestAccounts.PASSWORD, null).statusCode());
        assertEquals(404, Browser.api("GET", "/api/v1/admin/stories/" + key, editor, TestAccounts.PASSWORD, null).statusCode());
        assertEquals(404, Browser.api("DELETE", "/api/v1/admin/stories/" + key, editor, TestAccounts.PASSWORD, null).statusCode());
        assertEquals(404, Browser.api("DELETE", "/api/v1/admin/stories/" + TestStories.newKey("never"), editor, TestAccounts.PASSWORD, null).statusCode());
        assertEquals(400, Browser.api("DELETE", "/api/v1/admin/stories/BAD%20KEY", editor, TestAccounts.PASSWORD, null).statusCode());
    }

    private static int searchTotal(String word) {
        Site.Reply reply = Site.get("/api/v1/search?q=" + word + "&lang=all").expect(200);
        return Integer.parseInt(reply.body().replaceAll("(?s).*\"total\"\\s*:\\s*(\\d+).*", "$1"));
    }
}
