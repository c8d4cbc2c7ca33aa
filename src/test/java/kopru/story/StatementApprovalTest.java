package kopru.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Statements need a second editor's approval of their current version (kopru.workflow.statement-approval, on in tests). */
@QuarkusTest
class StatementApprovalTest {
    private static final String PW = TestAccounts.PASSWORD;
    private final CreatedStories created = new CreatedStories();

    @AfterEach
    void deleteCreatedStories() {
        created.deleteAll();
    }

    private String statement(String editor, String kind) {
        String key = created.add(TestStories.newKey("onay"));
        Site.Reply put = Browser.api("PUT", "/api/v1/admin/stories/" + key, editor, PW,
                "{\"kind\":\"" + kind + "\",\"original\":\"tr\",\"articles\":{\"tr\":{\"title\":\"Dışişleri açıklaması\",\"body\":\"Metin.\"}}}");
        assertEquals(201, put.statusCode(), put.body());
        return key;
    }

    private static Site.Reply move(String key, String user, String to) {
        return Browser.api("POST", "/api/v1/admin/stories/" + key + "/tr/transitions", user, PW, "{\"to\":\"" + to + "\"}");
    }

    private static Site.Reply approve(String key, String user) {
        return Browser.api("POST", "/api/v1/admin/stories/" + key + "/tr/approval", user, PW, "{}");
    }

    @Test
    void shouldPublishAStatementOnlyWithAnotherEditorsApproval() {
        String first = TestAccounts.create("editor");
        String second = TestAccounts.create("editor");
        String writer = TestAccounts.create("editor");
        String key = statement(writer, "statement");
        assertEquals(200, move(key, writer, "in-review").statusCode());

        Site.Reply unapproved = move(key, second, "published");
        assertEquals(409, unapproved.statusCode());
        assertTrue(unapproved.body().contains("başka bir editörün onayı gerekir"), unapproved.body());

        Site.Reply approved = approve(key, first);
        assertEquals(200, approved.statusCode(), approved.body());
        assertTrue(approved.body().contains("\"approvedBy\":[\"" + first + "\"]"), approved.body());
        assertEquals(409, move(key, first, "published").statusCode(), "the approver may not publish on their own approval");
        assertEquals(200, move(key, second, "published").statusCode());
        assertEquals(Status.PUBLISHED, QuarkusTransaction.requiringNew().call(() -> TestStories.article(key, Lang.TR).status));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(
                () -> AuditEntry.count("actor = ?1 and action = ?2 and subject = ?3", first, StatementApproval.AUDIT_ACTION, key + "/tr")));
    }

    @Test
    void shouldForgetAnApprovalWhenTheTextIsSavedAgain() {
        String first = TestAccounts.create("editor");
        String second = TestAccounts.create("editor");
        String author = TestAccounts.create("author");
        String key = statement(author, "statement");
        assertEquals(200, approve(key, first).statusCode());
        long version = QuarkusTransaction.requiringNew().call(() -> TestStories.article(key, Lang.TR).version);
        Site.Reply saved = Browser.api("PUT", "/api/v1/admin/stories/" + key, author, PW,
                "{\"articles\":{\"tr\":{\"title\":\"Dışişleri açıklaması\",\"body\":\"Değiştirilmiş metin.\",\"version\":" + version + "}}}");
        assertEquals(200, saved.statusCode(), saved.body());
        assertTrue(saved.body().contains("\"approvedBy\":[]"), saved.body());
        assertEquals(409, move(key, second, "published").statusCode());
        assertEquals(409, Browser.api("POST", "/api/v1/admin/stories/" + key + "/tr/transitions", second, PW,
                "{\"to\":\"scheduled\",\"at\":\"2099-01-01T10:00:00+03:00\"}").statusCode(), "scheduling needs it too");
        assertEquals(Status.DRAFT, QuarkusTransaction.requiringNew().call(() -> TestStories.article(key, Lang.TR).status));
    }

    @Test
    void shouldSendAScheduledStatementBackToReviewWhenItsTextChanges() {
        String first = TestAccounts.create("editor");
        String second = TestAccounts.create("editor");
        String key = statement(TestAccounts.create("author"), "statement");
        assertEquals(200, move(key, first, "in-review").statusCode());
        assertEquals(200, approve(key, first).statusCode());
        assertEquals(200, Browser.api("POST", "/api/v1/admin/stories/" + key + "/tr/transitions", second, PW,
                "{\"to\":\"scheduled\",\"at\":\"2099-01-01T10:00:00+03:00\"}").statusCode());
        long version = QuarkusTransaction.requiringNew().call(() -> TestStories.article(key, Lang.TR).version);
        assertEquals(200, Browser.api("PUT", "/api/v1/admin/stories/" + key, second, PW,
                "{\"articles\":{\"tr\":{\"title\":\"Dışişleri açıklaması\",\"body\":\"Sonradan değişen metin.\",\"version\":" + version
                        + "}}}").statusCode());
        assertEquals(Status.IN_REVIEW, QuarkusTransaction.requiringNew().call(() -> TestStories.article(key, Lang.TR).status),
                "the scheduler must not publish a text nobody approved");
    }

    @Test
    void shouldRefuseApprovalsFromAuthorsAndForOtherKinds() {
        String editor = TestAccounts.create("editor");
        String author = TestAccounts.create("author");
        String statement = statement(editor, "statement");
        Site.Reply byAuthor = approve(statement, author);
        assertEquals(403, byAuthor.statusCode());
        assertTrue(byAuthor.body().contains("editör yetkisi"), byAuthor.body());
        String news = statement(editor, "news");
        assertEquals(409, approve(news, TestAccounts.create("editor")).statusCode());
        assertEquals(200, move(news, editor, "published").statusCode(), "news needs no approval");
        assertEquals(404, approve(TestStories.newKey("yok"), editor).statusCode());
    }

    @Test
    void shouldApproveThroughTheAdminFormAndAnswerInTheEditorsLanguage() {
        String first = TestAccounts.create("editor", Lang.KK);
        String key = statement(TestAccounts.create("editor"), "statement");
        Browser browser = Browser.loggedIn(first, PW);
        Site.Reply approved = browser.postForm("/admin/story/approve", Map.of("key", key, "lang", "tr"));
        assertEquals(303, approved.statusCode());
        assertEquals("/admin/story?key=" + key + "&done=saved", approved.header("Location").replaceFirst("^https?://[^/]+", ""));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> Approval.count("approvedBy", first)));

        Document editorPage = browser.get("/admin/story?key=" + key).expect(200).html();
        assertTrue(editorPage.selectFirst("p.approval").text().contains(first), "the editor shows who approved this version");
        assertEquals(1, editorPage.select("form[action=/admin/story/approve] button").size(), "one approve button: only tr is written");

        Site.Reply self = move(key, first, "published");
        assertEquals(409, self.statusCode());
        assertTrue(self.body().contains("басқа редактордың мақұлдауы қажет"), self.body());

        Browser author = Browser.loggedIn(TestAccounts.create("author"), PW);
        Site.Reply refused = author.postForm("/admin/story/approve", Map.of("key", key, "lang", "tr"));
        assertEquals(403, refused.statusCode());
        assertEquals(409, browser.postForm("/admin/story/approve", Map.of("key", statement(first, "news"), "lang", "tr")).statusCode());
        Site.Reply missing = browser.postForm("/admin/story/approve", Map.of("key", "../yok", "lang", "xx"));
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Мұндай мақала"), missing.body());
        assertEquals(400, browser.post("/admin/story/approve", Map.of("key", key, "lang", "tr", "csrf-token", "forged")).statusCode());
    }

    @Test
    void shouldLinkThePressFieldsFromTheEditorOfAPressReleaseOnly() {
        String editor = TestAccounts.create("editor");
        Browser browser = Browser.loggedIn(editor, PW);
        String release = statement(editor, "press-release");
        assertEquals(1, browser.get("/admin/story?key=" + release).expect(200).html().select("a[href=/admin/press?key=" + release + "]").size());
        String news = statement(editor, "news");
        Document newsPage = browser.get("/admin/story?key=" + news).expect(200).html();
        assertEquals(0, newsPage.select("a[href^=/admin/press]").size());
        assertEquals(0, newsPage.select("p.approval").size(), "only statements wait for a second editor");
    }
}
