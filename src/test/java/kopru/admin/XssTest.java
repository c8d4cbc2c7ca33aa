package kopru.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import kopru.i18n.Lang;
import kopru.site.Site;
import kopru.story.TestStories;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Hostile payloads in every field stay text: no script, no event handler, no javascript: link on any page. */
@QuarkusTest
class XssTest {

    private final kopru.admin.CreatedStories created = new kopru.admin.CreatedStories();

    @AfterEach
    void deleteCreatedStories() {
        created.deleteAll();
    }
    private static final List<String> PAYLOADS = List.of(
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "'><svg onload=alert(1)>",
            "<a href=\"javascript:alert(1)\">x</a>", "{msg:siteName}{#for}", "</textarea><script>alert(2)</script>");

    @Test
    void shouldKeepPayloadsInertOnPublicPages() {
        String editor = TestAccounts.create("editor");
        int n = 0;
        for (String payload : PAYLOADS) {
            String key = created.add(TestStories.newKey("xss-" + n++));
            String p = payload.replace("\\", "\\\\").replace("\"", "\\\"");
            Browser.api("PUT", "/api/v1/admin/stories/" + key, editor, TestAccounts.PASSWORD,
                    "{\"kind\":\"news\",\"original\":\"tr\",\"articles\":{\"tr\":{\"title\":\"T " + p + "\",\"summary\":\"" + p
                            + "\",\"dateline\":\"" + p + "\",\"author\":\"" + p + "\",\"body\":\"" + p + "\\n\\n" + p + "\"}}}").expect(201);
            Browser.api("POST", "/api/v1/admin/stories/" + key + "/tr/transitions", editor, TestAccounts.PASSWORD, "{\"to\":\"published\"}")
                    .expect(200);
            assertInert(Site.get(TestStories.path(key, Lang.TR)).expect(200).html(), key);
        }
    }

    @Test
    void shouldKeepPayloadsInertOnAdminPages() {
        for (String payload : PAYLOADS) {
            new Browser().login(payload, "whatever"); // lands in the audit log as a failed login
        }
        Browser admin = Browser.loggedIn("admin", TestAccounts.ADMIN_PASSWORD);
        Site.Reply audit = admin.get("/admin/audit").expect(200);
        assertTrue(audit.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the payload is shown as text");
        assertInert(audit.html(), "audit");
    }

    @Test
    void shouldKeepPayloadsInertOnNewsroomPages() {
        String editor = TestAccounts.create("editor");
        Browser browser = Browser.loggedIn(editor, TestAccounts.PASSWORD);
        int n = 0;
        for (String payload : PAYLOADS) {
            String key = created.add(TestStories.newKey("xss-editor-" + n++));
            String p = payload.replace("\\", "\\\\").replace("\"", "\\\"");
            String article = "{\"title\":\"T " + p + "\",\"summary\":\"" + p + "\",\"dateline\":\"" + p + "\",\"author\":\"" + p
                    + "\",\"body\":\"" + p + "\\n\\n" + p + "\"}";
            String base = "/api/v1/admin/stories/" + key;
            Browser.api("PUT", base, editor, TestAccounts.PASSWORD,
                    "{\"kind\":\"news\",\"original\":\"tr\",\"articles\":{\"tr\":" + article + ",\"kk\":" + article + "}}").expect(201);
            Browser.api("POST", base + "/tr/transitions", editor, TestAccounts.PASSWORD, "{\"to\":\"in-review\"}").expect(200);
            Browser.api("POST", base + "/kk/transitions", editor, TestAccounts.PASSWORD,
                    "{\"to\":\"scheduled\",\"at\":\"2099-01-01T10:00:00+03:00\"}").expect(200);
            for (String path : List.of("/admin/story?key=" + key, "/admin/stories?q=T", "/admin/revisions?key=" + key + "&lang=tr",
                    "/admin/diff?key=" + key + "&lang=tr&from=1&to=2", "/admin")) {
                assertInert(browser.get(path).expect(200).html(), path);
            }
        }
    }

    @Test
    void shouldKeepPressFieldsAndAltTextsInertOnPublicAndAdminPages() {
        String editor = TestAccounts.create("editor");
        Browser browser = Browser.loggedIn(editor, TestAccounts.PASSWORD);
        int n = 0;
        for (String payload : PAYLOADS) {
            String alt = "alt " + payload;
            kopru.media.MediaItem image = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> io.quarkus.arc.Arc.container()
                    .instance(kopru.media.MediaLibrary.class).get().add(new kopru.media.MediaLibrary.Upload(
                            kopru.media.TestImages.image("png", 600, 300, System.nanoTime()), payload + ".png", alt, alt), editor));
            String key = created.add(TestStories.newKey("xss-press-" + n++));
            Browser.api("PUT", "/api/v1/admin/stories/" + key, editor, TestAccounts.PASSWORD,
                    "{\"kind\":\"press-release\",\"original\":\"tr\",\"articles\":{\"tr\":{\"title\":\"Basın\",\"body\":\"![](/media/"
                            + image.hash + ".png)\"}}}").expect(201);
            Browser.api("POST", "/api/v1/admin/stories/" + key + "/tr/transitions", editor, TestAccounts.PASSWORD, "{\"to\":\"published\"}")
                    .expect(200);
            io.quarkus.arc.Arc.container().instance(kopru.story.PressFields.class).get().save(key, new kopru.story.PressFields.Draft(
                    List.of(new kopru.story.PressFields.Contact(payload, payload, payload, null, null)),
                    java.util.Map.of(Lang.TR, payload + "\n\n" + payload),
                    List.of(new kopru.story.PressFields.Attachment(image.hash, payload, payload))), null, editor);
            Document page = Site.get(TestStories.path(key, Lang.TR)).expect(200).html();
            assertInert(page, key);
            assertEquals(alt, page.selectFirst(".body img").attr("alt"), "the alt text is an attribute value, nothing more");
            assertTrue(page.selectFirst(".press-contacts").text().contains(payload), "shown as text");
            assertInert(browser.get("/admin/press?key=" + key).expect(200).html(), "press " + key);
        }
        assertInert(browser.get("/admin/media").expect(200).html(), "media library");
    }

    static void assertInert(Document page, String where) {
        for (Element script : page.select("script")) {
            if ("application/ld+json".equals(script.attr("type"))) {
                assertFalse(script.data().contains("<"), where + ": JSON-LD must escape '<' " + script); // data, never run
            } else {
                assertFalse(script.data().contains("alert") || script.attr("src").isEmpty(), where + ": injected script " + script);
            }
        }
        for (Element element : page.getAllElements()) {
            element.attributes().forEach(a -> {
                assertFalse(a.getKey().toLowerCase().startsWith("on"), where + ": event handler " + element);
                assertFalse(a.getValue().toLowerCase().strip().startsWith("javascript:"), where + ": javascript link " + element);
            });
        }
        assertEquals(0, page.select("svg, iframe, object, embed").size(), where + ": injected element"); // a bare <img> the sanitiser keeps is inert
    }
}
