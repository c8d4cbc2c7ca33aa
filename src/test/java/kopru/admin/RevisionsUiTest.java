package kopru.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import kopru.i18n.Lang;
import kopru.site.Site;
import kopru.story.Revision;
import kopru.story.Story;
import kopru.story.TestStories;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** History per story and language, the word diff of any two revisions, restoring one, and "outdated" linking to what changed. */
@QuarkusTest
class RevisionsUiTest {
    private final CreatedStories created = new CreatedStories();

    @AfterEach
    void deleteCreatedStories() {
        created.deleteAll();
    }

    @Test
    void shouldListDiffAndRestoreRevisions() {
        Browser editor = Browser.loggedIn(TestAccounts.create("editor"), TestAccounts.PASSWORD);
        editor.get("/admin/story");
        String key = created.add(TestStories.newKey("revisions"));
        Map<String, String> form = EditorForm.bilingual(key, "Sürüm başlığı", "Нұсқа тақырыбы");
        form.put("tr.body", "Bakan bugün Ankara'da konuştu.");
        EditorForm.save(editor, form);
        edit(editor, key, "Bakan dün Astana'da <b>konuştu</b>.");
        edit(editor, key, "Bakan dün Astana'da <b>konuştu</b> ve ayrıldı.");

        Document history = editor.get("/admin/revisions?key=" + key + "&lang=tr").expect(200).html();
        assertEquals(3, history.select("table.revisions tbody tr").size());

        Site.Reply diff = editor.get("/admin/diff?key=" + key + "&lang=tr&from=1&to=3").expect(200);
        Document page = diff.html();
        assertTrue(page.select(".diff-body del").eachText().contains("bugün"), page.select(".diff-body").html());
        assertTrue(page.select(".diff-body ins").eachText().stream().anyMatch(t -> t.contains("Astana'da")));
        assertTrue(diff.body().contains("&lt;b&gt;konuştu&lt;/b&gt;"), "text in the diff is escaped");
        assertEquals(0, page.select(".diff-body b").size());
        Document backwards = editor.get("/admin/diff?key=" + key + "&lang=tr&from=3&to=2").expect(200).html();
        assertTrue(backwards.select(".diff-body del").text().contains("ve ayrıldı."), "any two revisions, either way round");
        assertTrue(!backwards.select(".diff-body ins").text().contains("ayrıldı"));

        long version = QuarkusTransaction.requiringNew().call(() -> article(key).version);
        Site.Reply stale = editor.postForm("/admin/revisions/restore",
                Map.of("key", key, "lang", "tr", "number", "1", "version", Long.toString(version - 1)));
        assertEquals(303, stale.statusCode());
        assertTrue(stale.header("Location").contains("problem=stale"));
        Site.Reply restored = editor.postForm("/admin/revisions/restore",
                Map.of("key", key, "lang", "tr", "number", "1", "version", Long.toString(version)));
        assertEquals(303, restored.statusCode());
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals("Bakan bugün Ankara'da konuştu.", article(key).body);
            assertEquals(4, Revision.count("article", article(key)), "restoring adds a revision, history stays");
        });
        assertEquals(4, editor.get("/admin/revisions?key=" + key + "&lang=tr").expect(200).html().select("table.revisions tbody tr").size());
    }

    @Test
    void shouldLinkAnOutdatedTranslationToTheDiffOfTheOriginal() {
        Browser author = Browser.loggedIn(TestAccounts.create("author"), TestAccounts.PASSWORD);
        author.get("/admin/story");
        String key = created.add(TestStories.newKey("outdated"));
        Map<String, String> form = EditorForm.bilingual(key, "Özgün", "Аударма");
        form.put("tr.body", "Eski cümle.");
        EditorForm.save(author, form);
        Document current = author.get("/admin/story?key=" + key).expect(200).html();
        assertNotNull(current.selectFirst("#column-kk .translation-current"), "saved together: current");

        edit(author, key, "Yeni cümle.");
        Document page = author.get("/admin/story?key=" + key).expect(200).html();
        assertNotNull(page.selectFirst("#column-kk .translation-outdated"), "the untouched translation is outdated now");
        String link = page.selectFirst("#column-kk .translation-outdated a").attr("href");
        assertEquals("/admin/diff?key=" + key + "&lang=tr&from=1&to=2", link);
        Document diff = author.get(link).expect(200).html();
        assertEquals("Eski", diff.select(".diff-body del").text());
        assertEquals("Yeni", diff.select(".diff-body ins").text());
    }

    private static void edit(Browser browser, String key, String trBody) {
        Map<String, String> form = EditorForm.fromPage(browser.get("/admin/story?key=" + key).expect(200));
        form.put("tr.body", trBody);
        EditorForm.save(browser, form);
    }

    private static kopru.story.Article article(String key) {
        return Story.findByKey(key).orElseThrow().article(Lang.TR).orElseThrow();
    }
}
