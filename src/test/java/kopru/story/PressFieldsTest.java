package kopru.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import kopru.admin.Browser;
import kopru.admin.CreatedStories;
import kopru.admin.TestAccounts;
import kopru.media.MediaItem;
import kopru.media.MediaLibrary;
import kopru.media.TestImages;
import kopru.site.Site;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Press-release fields edited at /admin/press, shown on the public page, in JSON-LD and in the write API. */
@QuarkusTest
class PressFieldsTest {
    private static final String PW = TestAccounts.PASSWORD;
    private final CreatedStories created = new CreatedStories();
    private final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void deleteCreatedStories() {
        created.deleteAll();
    }

    /** A published press release in both languages (published now: deleted after the test). */
    private String pressRelease(String editor, String trBody) throws Exception {
        String key = created.add(TestStories.newKey("basin"));
        String body = json.writeValueAsString(Map.of("kind", "press-release", "original", "tr", "articles", Map.of(
                "tr", Map.of("title", "Yardım bülteni", "body", trBody), "kk", Map.of("title", "Көмек релизі", "body", "Мәтін."))));
        assertEquals(201, Browser.api("PUT", "/api/v1/admin/stories/" + key, editor, PW, body).statusCode());
        for (String lang : new String[] {"tr", "kk"}) {
            assertEquals(200, Browser.api("POST", "/api/v1/admin/stories/" + key + "/" + lang + "/transitions", editor, PW,
                    "{\"to\":\"published\"}").statusCode());
        }
        return key;
    }

    private static MediaItem upload(byte[] bytes, String name) {
        return QuarkusTransaction.requiringNew().call(() -> Arc.container().instance(MediaLibrary.class).get()
                .add(new MediaLibrary.Upload(bytes, name, "Ankara'da tören", "Анкарадағы салтанат"), "test"));
    }

    private JsonNode story(String key, String user) throws Exception {
        return json.readTree(Browser.api("GET", "/api/v1/admin/stories/" + key, user, PW, null).body());
    }

    private static Map<String, String> form(String key, String stamp, String email, String mediaHash) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("key", key);
        form.put("stamp", stamp);
        form.put("contactName", "Ayşe Yılmaz");
        form.put("contactRoleTr", "Basın sözcüsü");
        form.put("contactRoleKk", "Баспасөз хатшысы");
        form.put("contactPhone", "+90 312 555 00 00");
        form.put("contactEmail", email);
        form.put("aboutTr", "**Köprü** Türkiye ile Kazakistan arasında <script>alert(1)</script> haber köprüsüdür.");
        form.put("aboutKk", "**Көпір** — Түркия мен Қазақстан арасындағы жаңалықтар көпірі.");
        form.put("attachmentMedia", mediaHash);
        form.put("attachmentTitleTr", "Bülten (PDF)");
        form.put("attachmentTitleKk", "Релиз (PDF)");
        return form;
    }

    @Test
    void shouldShowContactsAboutAndAttachmentsOnThePublicPageAndInJsonLd() throws Exception {
        String editor = TestAccounts.create("editor");
        String key = pressRelease(editor, "Metin.");
        MediaItem pdf = upload(("%PDF-1.7\n% basin " + System.nanoTime() + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII), "bulten.pdf");
        String trUrl = story(key, editor).at("/articles/tr/url").asText();
        assertNull(Site.get(trUrl).expectHtml().html().selectFirst(".press-contacts"), "nothing yet (and the page is now cached)");

        Browser browser = Browser.loggedIn(editor, PW);
        Site.Reply page = browser.get("/admin/press?key=" + key).expectHtml();
        String stamp = page.html().selectFirst("input[name=stamp]").attr("value");
        assertEquals(303, browser.postForm("/admin/press", form(key, stamp, "basin@example.org", pdf.hash)).statusCode());

        Document tr = Site.get(trUrl).expectHtml().html();
        Element contacts = tr.selectFirst(".press-contacts");
        assertNotNull(contacts, "the change reached the cached page");
        assertTrue(contacts.text().contains("Ayşe Yılmaz, Basın sözcüsü"), contacts.text());
        assertNotNull(contacts.selectFirst("a[href=mailto:basin@example.org]"));
        assertEquals("Köprü", tr.selectFirst(".press-about strong").text());
        assertTrue(tr.select(".press-about script").isEmpty(), "the about text is sanitised");
        Element attachment = tr.selectFirst(".press-attachments a[href=/media/" + pdf.hash + ".pdf]");
        assertEquals("Bülten (PDF)", attachment.text());
        assertTrue(attachment.parent().text().contains("(PDF, 1 KB)"), attachment.parent().text());

        JsonNode ld = json.readTree(tr.selectFirst("script[type=application/ld+json]").data());
        assertEquals("ContactPoint", ld.at("/sourceOrganization/contactPoint/0/@type").asText());
        assertEquals("Basın sözcüsü", ld.at("/sourceOrganization/contactPoint/0/contactType").asText());
        assertEquals("+90 312 555 00 00", ld.at("/sourceOrganization/contactPoint/0/telephone").asText());
        assertEquals("MediaObject", ld.at("/associatedMedia/0/@type").asText());
        assertTrue(ld.at("/associatedMedia/0/contentUrl").asText().endsWith("/media/" + pdf.hash + ".pdf"));
        assertEquals("application/pdf", ld.at("/associatedMedia/0/encodingFormat").asText());

        Document kk = Site.get(story(key, editor).at("/articles/kk/url").asText()).expectHtml().html();
        assertTrue(kk.selectFirst(".press-contacts").text().contains("Баспасөз хатшысы"));
        assertEquals("Релиз (PDF)", kk.selectFirst(".press-attachments a").text());
        assertEquals("Баспасөзге арналған байланыс", kk.selectFirst(".press-contacts h2").text());

        JsonNode api = story(key, editor);
        assertEquals("Ayşe Yılmaz", api.at("/contacts/0/name").asText());
        assertEquals("Баспасөз хатшысы", api.at("/contacts/0/role/kk").asText());
        assertEquals("/media/" + pdf.hash + ".pdf", api.at("/attachments/0/url").asText());
        assertTrue(api.at("/articles/tr/about").asText().startsWith("**Köprü**"));
    }

    @Test
    void shouldRefuseStaleAndBadInputKeepingWhatWasTyped() throws Exception {
        String editor = TestAccounts.create("editor");
        String key = pressRelease(editor, "Metin.");
        MediaItem pdf = upload(("%PDF-1.7\n% eski " + System.nanoTime() + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII), "eski.pdf");
        Browser browser = Browser.loggedIn(editor, PW);
        String stamp = browser.get("/admin/press?key=" + key).html().selectFirst("input[name=stamp]").attr("value");

        Site.Reply badEmail = browser.postForm("/admin/press", form(key, stamp, "not-an-email\"><script>", pdf.hash));
        assertEquals(400, badEmail.statusCode());
        assertTrue(badEmail.body().contains("Satır 1: E-posta adresi geçerli değil."), badEmail.body());
        assertEquals("Ayşe Yılmaz", badEmail.html().selectFirst("input[name=contactName]").attr("value"), "what was typed is still there");
        assertEquals(400, browser.postForm("/admin/press", form(key, stamp, "a@b.org", "0".repeat(64))).statusCode());
        assertEquals(0, story(key, editor).at("/contacts").size(), "nothing was written");

        assertEquals(303, browser.postForm("/admin/press", form(key, stamp, "a@b.org", pdf.hash)).statusCode());
        Site.Reply stale = browser.postForm("/admin/press", form(key, stamp, "c@d.org", pdf.hash));
        assertEquals(409, stale.statusCode());
        assertTrue(stale.body().contains("başka biri tarafından değiştirildi"), stale.body());
        assertEquals("c@d.org", stale.html().selectFirst("input[name=contactEmail]").attr("value"));
        assertEquals("a@b.org", story(key, editor).at("/contacts/0/email").asText());

        assertEquals(404, browser.get("/admin/press?key=" + TestStories.newKey("yok")).statusCode());
        assertEquals(404, browser.get("/admin/press?key=../../etc").statusCode());
    }

    @Test
    void shouldGiveLibraryImagesInTheBodySrcsetAndTheLanguagesAltText() throws Exception {
        String editor = TestAccounts.create("editor");
        MediaItem image = upload(TestImages.image("jpeg", 1200, 800, System.nanoTime()), "foto.jpg");
        String key = pressRelease(editor, "Giriş.\n\n![](/media/" + image.hash + ".jpg)\n\n![Kendi metnim](/media/" + image.hash + ".jpg)");
        Document tr = Site.get(story(key, editor).at("/articles/tr/url").asText()).expectHtml().html();
        Element first = tr.select(".body img").get(0);
        assertEquals("Ankara'da tören", first.attr("alt"), "the library's Turkish alt text fills an empty one");
        assertEquals("/media/" + image.hash + "-480.jpg 480w, /media/" + image.hash + "-960.jpg 960w, /media/" + image.hash + ".jpg 1200w",
                first.attr("srcset").replaceAll("\\s*,\\s*", ", "));
        assertEquals("(max-width: 48rem) 100vw, 48rem", first.attr("sizes"));
        assertEquals("1200", first.attr("width"));
        assertEquals("Kendi metnim", tr.select(".body img").get(1).attr("alt"), "an author's own alt text stays");
    }
}
