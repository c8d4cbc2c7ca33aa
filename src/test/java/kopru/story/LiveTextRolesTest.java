package kopru.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import kopru.admin.Browser;
import kopru.admin.CreatedStories;
import kopru.admin.TestAccounts;
import kopru.audit.AuditEntry;
import kopru.i18n.Lang;
import kopru.site.Site;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Roles on live text, each bypass of issue 12 as a test through real HTTP: an author's change to a published article
 * waits for an editor while the public keeps the published text; embargo and kind stay the editors'; a statement
 * needs a fresh approval after any change, by someone other than its last writer.
 */
@QuarkusTest
class LiveTextRolesTest {
    private static final String PW = TestAccounts.PASSWORD;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final CreatedStories created = new CreatedStories();

    @AfterEach
    void deleteCreatedStories() {
        created.deleteAll();
    }

    private static Site.Reply put(String user, String key, String json) {
        return Browser.api("PUT", "/api/v1/admin/stories/" + key, user, PW, json);
    }

    private static Site.Reply move(String user, String key, String to) {
        return Browser.api("POST", "/api/v1/admin/stories/" + key + "/tr/transitions", user, PW, "{\"to\":\"" + to + "\"}");
    }

    private static Site.Reply pending(String user, String key, String action, int revision) {
        return Browser.api("POST", "/api/v1/admin/stories/" + key + "/tr/pending", user, PW,
                "{\"action\":\"" + action + "\",\"revision\":" + revision + "}");
    }

    private static JsonNode get(String user, String key) {
        return json(Browser.api("GET", "/api/v1/admin/stories/" + key, user, PW, null).expect(200));
    }

    private static JsonNode json(Site.Reply reply) {
        try {
            return JSON.readTree(reply.body());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + reply.body(), e);
        }
    }

    private static String text(String title, String body, long version) {
        return "{\"articles\":{\"tr\":{\"title\":\"" + title + "\",\"body\":\"" + body + "\",\"version\":" + version + "}}}";
    }

    /** A news story published by {@code editor}; returns its key. */
    private String published(String editor, String kind, String title) {
        String key = created.add(TestStories.newKey("canli"));
        put(editor, key, "{\"kind\":\"" + kind + "\",\"original\":\"tr\",\"articles\":{\"tr\":{\"title\":\"" + title
                + "\",\"body\":\"Yayımdaki metin.\"}}}").expect(201);
        move(editor, key, "published").expect(200);
        return key;
    }

    private static long version(String user, String key) {
        return get(user, key).at("/articles/tr/version").asLong();
    }

    private static String publicPage(String key) {
        return Site.get(TestStories.path(key, Lang.TR)).expect(200).body();
    }

    @Test
    void shouldKeepThePublishedTextUntilAnEditorPublishesAnAuthorsChange() {
        String editor = TestAccounts.create("editor");
        String author = TestAccounts.create("author");
        String key = published(editor, "news", "Yayımdaki başlık");
        assertTrue(publicPage(key).contains("Yayımdaki başlık"));

        Site.Reply accepted = put(author, key, text("Yazarın yeni başlığı", "Yazarın metni.", version(author, key)));
        assertEquals(202, accepted.statusCode(), accepted.body());
        JsonNode story = json(accepted);
        assertEquals("Yayımdaki başlık", story.at("/articles/tr/title").asText(), "the live text stays");
        assertEquals("Yazarın yeni başlığı", story.at("/articles/tr/pending/title").asText());
        assertEquals(author, story.at("/articles/tr/pending/savedBy").asText());
        int revision = story.at("/articles/tr/pending/revision").asInt();

        String page = publicPage(key);
        assertTrue(page.contains("Yayımdaki başlık") && !page.contains("Yazarın"), "the public keeps the published text");
        assertFalse(Site.get("/api/v1/stories/" + key).body().contains("Yazarın"), "nor does the read API change");
        assertFalse(Site.get("/tr/feed.json").body().contains("Yazarın yeni başlığı"), "nor the feed");

        assertEquals(403, pending(author, key, "publish", revision).statusCode(), "an author does not publish it");
        assertEquals(409, pending(editor, key, "publish", revision + 5).statusCode(), "only the revision the editor saw");
        assertEquals(400, Browser.api("POST", "/api/v1/admin/stories/" + key + "/tr/pending", editor, PW, "{\"action\":\"yayınla\"}")
                .statusCode());
        JsonNode published = json(pending(editor, key, "publish", revision).expect(200));
        assertTrue(published.at("/articles/tr/pending").isNull());
        assertEquals("Yazarın yeni başlığı", published.at("/articles/tr/title").asText());
        assertTrue(publicPage(key).contains("Yazarın yeni başlığı"), "published by the editor: now public");
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> AuditEntry.count("actor = ?1 and action = ?2 and subject = ?3",
                editor, PendingRevisions.AUDIT_PUBLISH, key + "/tr")));
        assertEquals(409, pending(editor, key, "publish", revision).statusCode(), "nothing waits any more");
    }

    @Test
    void shouldLetTheEditorSeeAndDiscardAPendingChangeInTheEditorWithoutJavaScript() {
        String editorName = TestAccounts.create("editor", Lang.KK);
        String authorName = TestAccounts.create("author");
        String key = published(editorName, "news", "Canlı başlık");
        Browser author = Browser.loggedIn(authorName, PW);
        Document form = author.get("/admin/story?key=" + key).expect(200).html();
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        for (Element input : form.select("#story-form input[name], #story-form textarea[name], #story-form select[name]")) {
            fields.put(input.attr("name"), input.is("select") ? input.select("option[selected]").val() : input.is("textarea") ? input.text()
                    : input.val());
        }
        fields.remove("csrf-token");
        fields.put("tr.title", "Yazarın önerisi");
        fields.put("action", "save");
        Site.Reply saved = author.postForm("/admin/story", fields);
        assertEquals(303, saved.statusCode(), saved.body());
        assertTrue(saved.header("Location").endsWith("saved=pending"), saved.header("Location"));
        Document authorView = author.get("/admin/story?key=" + key + "&saved=pending").expect(200).html();
        assertTrue(authorView.selectFirst("p.notice.ok").text().contains("bir editörü bekliyor"), authorView.selectFirst("p.notice.ok").text());
        assertEquals("Yazarın önerisi", authorView.selectFirst("input[name=tr.title]").val(), "the author continues from their change");
        assertEquals(0, authorView.select("form#pending-tr button[value=publish]").size(), "no publish button for an author");
        assertTrue(publicPage(key).contains("Canlı başlık"));

        Browser editor = Browser.loggedIn(editorName, PW);
        Document dashboard = editor.get("/admin").expect(200).html();
        assertEquals(1, dashboard.select("table.waiting a[href=/admin/story?key=" + key + "]").size(), "the dashboard lists what waits");
        Document editorView = editor.get("/admin/story?key=" + key).expect(200).html();
        Element waits = editorView.selectFirst("#column-tr p.pending");
        assertNotNull(waits);
        assertTrue(waits.text().contains(authorName) && waits.text().contains("редакторды күтуде"), waits.text());
        String diff = waits.selectFirst("a").attr("href");
        Document diffPage = editor.get(diff).expect(200).html();
        assertTrue(diffPage.select("ins").text().contains("Yazarın"), diffPage.select(".diff").text());
        assertEquals(1, editorView.select("form#pending-tr button[value=publish]").size());

        String revision = editorView.selectFirst("form#pending-tr input[name=revision]").val();
        Site.Reply discarded = editor.postForm("/admin/story/pending", Map.of("key", key, "lang", "tr", "revision", revision, "action", "discard"));
        assertEquals(303, discarded.statusCode());
        assertTrue(discarded.header("Location").endsWith("saved=discarded"), discarded.header("Location"));
        Document after = editor.get("/admin/story?key=" + key + "&saved=discarded").expect(200).html();
        assertEquals(0, after.select("#column-tr p.pending").size());
        assertEquals("Canlı başlık", after.selectFirst("input[name=tr.title]").val());
        assertTrue(publicPage(key).contains("Canlı başlık"));
        Document history = editor.get("/admin/revisions?key=" + key + "&lang=tr").expect(200).html();
        assertEquals(1, history.select("tr.pending").size(), "the discarded change stays in the history, marked");
    }

    @Test
    void shouldKeepTheEmbargoWhenAnAuthorSendsNone() {
        String editor = TestAccounts.create("editor");
        String author = TestAccounts.create("author");
        String key = created.add(TestStories.newKey("ambargo"));
        String embargo = java.time.OffsetDateTime.now().plusDays(2).withNano(0).toString();
        put(editor, key, "{\"kind\":\"press-release\",\"original\":\"tr\",\"embargo\":\"" + embargo
                + "\",\"articles\":{\"tr\":{\"title\":\"Ambargolu bülten\",\"body\":\"Metin.\"}}}").expect(201);
        move(editor, key, "published").expect(200);
        String path = TestStories.path(key, Lang.TR);
        assertEquals(404, Site.get(path).statusCode());

        Site.Reply lifted = put(author, key, "{\"embargo\":null}");
        assertEquals(403, lifted.statusCode(), lifted.body());
        assertTrue(lifted.body().contains("yalnızca bir editör"), lifted.body());
        assertEquals(403, put(author, key, "{\"kind\":\"news\"}").statusCode(), "nor the kind");
        assertFalse(get(editor, key).at("/embargo").isNull(), "the embargo still holds");
        assertEquals(404, Site.get(path).statusCode(), "and the public still sees nothing");
        assertEquals(200, put(editor, key, "{\"embargo\":null}").statusCode(), "an editor may lift it");
        assertEquals(200, Site.get(path).statusCode());
    }

    @Test
    void shouldMakeAnAuthorsRestoreIntoAPublishedArticlePending() {
        String editor = TestAccounts.create("editor");
        String key = published(editor, "news", "İlk başlık");
        put(editor, key, text("İkinci başlık", "Yeni metin.", version(editor, key))).expect(200);
        assertTrue(publicPage(key).contains("İkinci başlık"));

        Browser author = Browser.loggedIn(TestAccounts.create("author"), PW);
        long version = version(editor, key);
        Site.Reply restored = author.postForm("/admin/revisions/restore", Map.of("key", key, "lang", "tr", "number", "1",
                "version", Long.toString(version)));
        assertEquals(303, restored.statusCode(), restored.body());
        assertTrue(restored.header("Location").endsWith("saved=pending"), restored.header("Location"));
        assertTrue(publicPage(key).contains("İkinci başlık"), "the public keeps the published text");
        assertEquals("İlk başlık", get(editor, key).at("/articles/tr/pending/title").asText());
    }

    @Test
    void shouldNeedANewApprovalWhenAnApprovedStatementChanges() {
        String writer = TestAccounts.create("author");
        String approver = TestAccounts.create("editor");
        String publisher = TestAccounts.create("editor");
        String key = created.add(TestStories.newKey("aciklama"));
        put(writer, key, "{\"kind\":\"statement\",\"original\":\"tr\",\"articles\":{\"tr\":{\"title\":\"Onaylı açıklama\",\"body\":\"Onaylı metin.\"}}}")
                .expect(201);
        Browser.api("POST", "/api/v1/admin/stories/" + key + "/tr/approval", approver, PW, "{}").expect(200);
        move(publisher, key, "published").expect(200);
        assertTrue(publicPage(key).contains("Onaylı metin."));

        Site.Reply changed = put(publisher, key, text("Onaylı açıklama", "Değişmiş metin.", version(publisher, key)));
        assertEquals(202, changed.statusCode(), "even an editor's change of a published statement waits for an approval");
        int revision = json(changed).at("/articles/tr/pending/revision").asInt();
        assertTrue(json(changed).at("/articles/tr/approvedBy").isEmpty(), "the old approval does not cover the new text");
        assertTrue(publicPage(key).contains("Onaylı metin.") && !publicPage(key).contains("Değişmiş"), "not public with the new text");

        Site.Reply unapproved = pending(approver, key, "publish", revision);
        assertEquals(409, unapproved.statusCode());
        assertTrue(unapproved.body().contains("başka bir editörün onayı"), unapproved.body());
        Site.Reply own = Browser.api("POST", "/api/v1/admin/stories/" + key + "/tr/approval", publisher, PW, "{}");
        assertEquals(403, own.statusCode(), "the writer of the change does not approve it");
        Browser.api("POST", "/api/v1/admin/stories/" + key + "/tr/approval", approver, PW, "{}").expect(200);
        assertEquals(409, pending(approver, key, "publish", revision).statusCode(), "nor does the approver publish it alone");
        pending(publisher, key, "publish", revision).expect(200);
        assertTrue(publicPage(key).contains("Değişmiş metin."));
    }

    @Test
    void shouldNotLetAnEditorPublishAnUnapprovedStatementBySwitchingItsKind() {
        String editor = TestAccounts.create("editor");
        String other = TestAccounts.create("editor");
        String key = created.add(TestStories.newKey("tur"));
        put(editor, key, "{\"kind\":\"statement\",\"original\":\"tr\",\"articles\":{\"tr\":{\"title\":\"Tür değiştiren açıklama\",\"body\":\"Metin.\"}}}")
                .expect(201);
        Browser.api("POST", "/api/v1/admin/stories/" + key + "/tr/approval", other, PW, "{}").expect(200);
        put(editor, key, "{\"kind\":\"news\"}").expect(200);
        put(editor, key, "{\"kind\":\"statement\"}").expect(200);
        assertTrue(get(editor, key).at("/articles/tr/approvedBy").isEmpty(), "away and back: the approval is gone");
        assertEquals(409, move(editor, key, "published").statusCode());

        put(editor, key, "{\"kind\":\"news\"}").expect(200);
        move(editor, key, "published").expect(200); // news: one editor may
        Site.Reply back = put(editor, key, "{\"kind\":\"statement\"}");
        assertEquals(409, back.statusCode(), back.body());
        assertTrue(back.body().contains("açıklamaya çevrilemez"), back.body());
        assertEquals("news", get(editor, key).at("/kind").asText(), "it stays what it was published as");
    }

    @Test
    void shouldRefuseTheApprovalOfTheLastWriterWithAClearMessage() {
        String writer = TestAccounts.create("editor", Lang.KK);
        String key = created.add(TestStories.newKey("dortgoz"));
        put(writer, key, "{\"kind\":\"statement\",\"original\":\"tr\",\"articles\":{\"tr\":{\"title\":\"Kendi açıklamam\",\"body\":\"Metin.\"}}}")
                .expect(201);
        Site.Reply own = Browser.api("POST", "/api/v1/admin/stories/" + key + "/tr/approval", writer, PW, "{}");
        assertEquals(403, own.statusCode());
        assertTrue(own.body().contains("«төрт көз»"), own.body());
        Browser browser = Browser.loggedIn(writer, PW);
        Site.Reply form = browser.postForm("/admin/story/approve", Map.of("key", key, "lang", "tr"));
        assertEquals(403, form.statusCode());
        assertTrue(form.body().contains("басқа редактор мақұлдауы керек"), form.body());
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Approval.count("approvedBy", writer)));
    }
}
