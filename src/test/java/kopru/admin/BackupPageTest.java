package kopru.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import kopru.i18n.Lang;
import kopru.site.Site;
import kopru.story.Story;
import kopru.story.TestStories;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** /admin/backup: admins only, in their language; an upload shows the dry run and changes nothing until applied. */
@QuarkusTest
class BackupPageTest {

    @Test
    void shouldShowTheDryRunAndApplyOnlyWhenAsked() {
        Browser admin = Browser.loggedIn(TestAccounts.create("admin"), TestAccounts.PASSWORD);
        Document page = admin.get("/admin/backup").expect(200).html();
        assertEquals("Yedekleme ve geri yükleme", page.selectFirst("h1").text());
        String key = TestStories.newKey("sayfa");
        byte[] zip = zip(Map.of("stories/" + key + "/story.yaml", "kind: news\ntags: []\noriginal: tr\n",
                "stories/" + key + "/tr.md", "---\ntitle: Sayfadan gelen\nstatus: draft\n---\nGövde.\n"));

        Document dryRun = admin.postMultipart("/admin/backup", Map.of("csrf-token", admin.csrfToken()), "yedek.zip", "application/zip", zip)
                .expect(200).html();
        assertTrue(dryRun.text().contains("1 yeni"), dryRun.text());
        QuarkusTransaction.requiringNew().run(() -> assertTrue(Story.findByKey(key).isEmpty(), "a dry run changes nothing"));

        String token = dryRun.selectFirst("form[action=/admin/backup/apply] input[name=token]").attr("value");
        Document applied = admin.postForm("/admin/backup/apply", Map.of("token", token)).expect(200).html();
        assertTrue(applied.text().contains("İçe aktarıldı"), applied.text());
        QuarkusTransaction.requiringNew().run(() -> assertTrue(Story.findByKey(key).isPresent()));
    }

    @Test
    void shouldListEveryProblemWithFileAndLineInKazakh() {
        Browser admin = Browser.loggedIn(TestAccounts.create("admin", Lang.KK), TestAccounts.PASSWORD);
        assertEquals("Сақтық көшірме және қалпына келтіру", admin.get("/admin/backup").expect(200).html().selectFirst("h1").text());
        String key = TestStories.newKey("kate");
        byte[] zip = zip(Map.of("stories/" + key + "/story.yaml", "kind: blog\ntags: []\noriginal: tr\n",
                "stories/" + key + "/tr.md", "---\ntitle: Bir\n---\nGövde.\n"));
        Site.Reply reply = admin.postMultipart("/admin/backup", Map.of("csrf-token", admin.csrfToken()), "y.zip", "application/zip", zip);
        assertEquals(422, reply.statusCode());
        Document page = reply.html();
        assertTrue(page.text().contains("Мәселелер бар"), page.text());
        assertTrue(page.text().contains("stories/" + key + "/story.yaml:1"), page.text());
        assertTrue(page.select("form[action=/admin/backup/apply]").isEmpty(), "nothing to apply");
    }

    @Test
    void shouldBeForAdminsOnly() {
        Browser editor = Browser.loggedIn(TestAccounts.create("editor"), TestAccounts.PASSWORD);
        assertEquals(403, editor.get("/admin/backup").statusCode());
        assertEquals(403, editor.get("/admin/backup/export").statusCode());
    }

    static byte[] zip(Map<String, String> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> file : new TreeMap<>(files).entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return bytes.toByteArray();
    }
}
