package kopru.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import kopru.i18n.Lang;
import kopru.site.Site;
import kopru.story.Revision;
import kopru.story.Story;
import kopru.story.TestStories;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The bilingual editor through real form posts with the CSRF token: create, edit, preview, validation, stale saves, workflow. */
@QuarkusTest
class StoryEditorTest {
    private final CreatedStories created = new CreatedStories();

    @AfterEach
    void deleteCreatedStories() {
        created.deleteAll();
    }

    @Test
    void shouldCreateAndEditStoryInBothLanguagesThroughTheForm() {
        Browser author = Browser.loggedIn(TestAccounts.create("author"), TestAccounts.PASSWORD);
        author.get("/admin/story").expect(200);
        String key = created.add(TestStories.newKey("editor-create"));
        Site.Reply saved = author.postForm("/admin/story", EditorForm.bilingual(key, "İstanbul'da toplantı", "Стамбулдағы кездесу"));
        assertEquals(303, saved.statusCode(), saved.body());
        assertEquals("/admin/story?key=" + key + "&saved=1", saved.header("Location").replaceFirst("^https?://[^/]+", ""));

        Site.Reply page = author.get("/admin/story?key=" + key).expect(200);
        Document html = page.html();
        assertEquals("İstanbul'da toplantı", html.selectFirst("input[name=tr.title]").attr("value"));
        assertEquals("Стамбулдағы кездесу", html.selectFirst("input[name=kk.title]").attr("value"));
        assertTrue(html.selectFirst("input[name=key]").hasAttr("readonly"), "the key of an existing story is read-only");
        assertEquals("draft", html.selectFirst("#column-tr .status").className().replace("status status-", ""));
        assertNotNull(html.selectFirst("#column-kk .preview strong"), "the preview renders the Markdown like the public page");
        assertEquals("in-review", html.select("#transition-tr button[name=to]").attr("value"), "an author may only submit for review");

        Map<String, String> edit = EditorForm.fromPage(page);
        edit.put("kk.body", "Өзгертілген мәтін: Қазақстан мен Түркия.");
        EditorForm.save(author, edit);
        QuarkusTransaction.requiringNew().run(() -> {
            var kk = Story.findByKey(key).orElseThrow().article(Lang.KK).orElseThrow();
            assertEquals("Өзгертілген мәтін: Қазақстан мен Түркия.", kk.body);
            assertEquals(2, Revision.count("article", kk), "every save is a revision");
        });
    }

    @Test
    void shouldPublishThroughTheTransitionFormAndLinkThePublicPage() {
        Browser editor = Browser.loggedIn(TestAccounts.create("editor"), TestAccounts.PASSWORD);
        editor.get("/admin/story");
        String key = created.add(TestStories.newKey("editor-publish"));
        EditorForm.save(editor, EditorForm.bilingual(key, "Yayın denemesi", "Жариялау сынағы"));
        Site.Reply moved = editor.postForm("/admin/story/transition", Map.of("key", key, "lang", "tr", "to", "published", "at", ""));
        assertEquals(303, moved.statusCode());
        Document page = editor.get("/admin/story?key=" + key).expect(200).html();
        assertNotNull(page.selectFirst("#column-tr .status.status-published"));
        String link = page.selectFirst("#column-tr a.public-link").attr("href");
        assertTrue(link.matches("/tr/\\d{4}/\\d{2}/yayin-denemesi"), link);
        assertTrue(Site.get(link).expect(200).body().contains("Yayın denemesi"));
        assertNull(page.selectFirst("#column-kk a.public-link"), "the Kazakh version is not published yet");
    }

    @Test
    void shouldScheduleOnlyWithAFutureTimeShownInBothZones() {
        Browser editor = Browser.loggedIn(TestAccounts.create("editor", Lang.KK), TestAccounts.PASSWORD);
        editor.get("/admin/story");
        String key = created.add(TestStories.newKey("editor-schedule"));
        EditorForm.save(editor, EditorForm.bilingual(key, "Zamanlı", "Жоспарлы"));
        Site.Reply refused = editor.postForm("/admin/story/transition", Map.of("key", key, "lang", "kk", "to", "scheduled", "at", "2020-01-01T10:00"));
        assertEquals(303, refused.statusCode());
        Document shown = editor.get(refused.header("Location").replaceFirst("^https?://[^/]+", "")).expect(200).html();
        assertTrue(shown.select(".notice.error").text().contains("болашақтағы"), "a Kazakh message: " + shown.select(".notice").text());
        editor.postForm("/admin/story/transition", Map.of("key", key, "lang", "kk", "to", "scheduled", "at", "2099-05-01T12:00"));
        Document page = editor.get("/admin/story?key=" + key).expect(200).html();
        assertNotNull(page.selectFirst("#column-kk .status.status-scheduled"));
        String zones = page.select("#column-kk .zones").text();
        String almaty = java.time.LocalDateTime.parse("2099-05-01T12:00").atZone(Lang.TR.zone()).withZoneSameInstant(Lang.KK.zone())
                .toLocalTime().toString();
        assertTrue(zones.contains("2099-05-01 12:00 (Europe/Istanbul)") && zones.contains(almaty + " (Asia/Almaty)"), zones);
    }

    @Test
    void shouldRefuseHostileInputWith400KeepingTheTextInTheUsersLanguage() {
        Browser author = Browser.loggedIn(TestAccounts.create("author", Lang.KK), TestAccounts.PASSWORD);
        author.get("/admin/story");
        String key = TestStories.newKey("editor-hostile");
        Map<String, String> form = EditorForm.bilingual(key, "x".repeat(301), "Қате\u0007 тақырып");
        form.put("tr.body", "</textarea><script>alert(1)</script>");
        form.put("embargo", "not a time");
        Site.Reply reply = author.postForm("/admin/story", form);
        assertEquals(400, reply.statusCode());
        Document page = reply.html();
        String errors = page.select(".notice.error").text();
        assertTrue(errors.contains("300") && errors.contains("басқару таңбалары") && errors.contains("пішімінде"), errors);
        assertEquals("</textarea><script>alert(1)</script>", page.selectFirst("textarea[name=tr.body]").wholeText(), "the typed text stays");
        assertEquals("Қате\u0007 тақырып", page.selectFirst("input[name=kk.title]").attr("value"));
        XssTest.assertInert(page, "editor with refused input");
        assertFalse(QuarkusTransaction.requiringNew().call(() -> Story.keyUsed(key)), "nothing was written");

        Map<String, String> badKey = EditorForm.bilingual("<script>", "Başlık", "Тақырып");
        assertEquals(400, author.postForm("/admin/story", badKey).statusCode());
        Map<String, String> bodyless = EditorForm.bilingual(TestStories.newKey("x"), "", "");
        bodyless.keySet().removeIf(k -> k.startsWith("tr.") || k.startsWith("kk."));
        assertEquals(400, author.postForm("/admin/story", bodyless).statusCode());
        Map<String, String> wrongTag = EditorForm.bilingual(TestStories.newKey("x"), "Etiket", "Тег");
        wrongTag.put("tags", "no-such-tag");
        Site.Reply tagReply = author.postForm("/admin/story", wrongTag);
        assertEquals(400, tagReply.statusCode());
        assertTrue(tagReply.html().select(".notice.error").text().contains("Белгісіз тег"));
    }

    @Test
    void shouldKeepPayloadsInertInTheEditorPreviewAndPublicPage() {
        Browser editor = Browser.loggedIn(TestAccounts.create("editor"), TestAccounts.PASSWORD);
        editor.get("/admin/story");
        String key = created.add(TestStories.newKey("editor-xss"));
        String payload = "\"><img src=x onerror=alert(1)><script>alert(1)</script><a href=\"javascript:alert(1)\">x</a>";
        Map<String, String> form = EditorForm.bilingual(key, "T " + payload, "Т " + payload);
        form.put("tr.summary", payload);
        form.put("tr.dateline", payload);
        form.put("tr.author", payload);
        form.put("tr.body", payload + "\n\n" + payload);
        form.put("action", "preview");
        Site.Reply preview = editor.postForm("/admin/story", form);
        assertEquals(200, preview.statusCode());
        XssTest.assertInert(preview.html(), "preview");
        form.put("action", "save");
        EditorForm.save(editor, form);
        XssTest.assertInert(editor.get("/admin/story?key=" + key).expect(200).html(), "editor");
        XssTest.assertInert(editor.get("/admin/stories?q=" + key.substring(0, 5)).expect(200).html(), "story list");
        editor.postForm("/admin/story/transition", Map.of("key", key, "lang", "tr", "to", "published"));
        XssTest.assertInert(Site.get(TestStories.path(key, Lang.TR)).expect(200).html(), "public page");
    }

    @Test
    void shouldRefuseAStaleSaveWith409ShowingBothTexts() {
        String key = created.add(TestStories.newKey("editor-stale"));
        Browser first = Browser.loggedIn(TestAccounts.create("author"), TestAccounts.PASSWORD);
        first.get("/admin/story");
        EditorForm.save(first, EditorForm.bilingual(key, "Ortak metin", "Ортақ мәтін"));
        Browser second = Browser.loggedIn(TestAccounts.create("editor"), TestAccounts.PASSWORD);
        Map<String, String> mine = EditorForm.fromPage(first.get("/admin/story?key=" + key).expect(200));
        Map<String, String> theirs = EditorForm.fromPage(second.get("/admin/story?key=" + key).expect(200));

        theirs.put("tr.body", "İkinci kişinin metni.");
        EditorForm.save(second, theirs);
        mine.put("tr.body", "Birinci kişinin emeği, kaybolmamalı.");
        Site.Reply stale = first.postForm("/admin/story", mine);

        assertEquals(409, stale.statusCode());
        Document page = stale.html();
        assertEquals("Birinci kişinin emeği, kaybolmamalı.", page.selectFirst("textarea[name=tr.body]").wholeText(), "my text stays in the form");
        assertEquals("İkinci kişinin metni.", page.selectFirst("#column-tr .theirs textarea").wholeText(), "their version beside it");
        assertNull(page.selectFirst("#column-kk .theirs"), "the Kazakh article was not changed by anyone");
        QuarkusTransaction.requiringNew().run(() -> assertEquals("İkinci kişinin metni.",
                Story.findByKey(key).orElseThrow().article(Lang.TR).orElseThrow().body, "the stale save wrote nothing"));

        // Having seen their version, the first editor merges and saves deliberately.
        Map<String, String> merged = EditorForm.fromPage(stale);
        merged.put("tr.body", "İkinci kişinin metni. Birinci kişinin emeği.");
        EditorForm.save(first, merged);
        QuarkusTransaction.requiringNew().run(() -> assertEquals("İkinci kişinin metni. Birinci kişinin emeği.",
                Story.findByKey(key).orElseThrow().article(Lang.TR).orElseThrow().body));
    }

    @Test
    void shouldSaveLongBodiesAndRefuseOverlongOnesWithAMessage() {
        Browser author = Browser.loggedIn(TestAccounts.create("author"), TestAccounts.PASSWORD);
        author.get("/admin/story");
        String key = created.add(TestStories.newKey("editor-long"));
        Map<String, String> form = EditorForm.bilingual(key, "Uzun metin", "Ұзын мәтін");
        String paragraph = "Türkiye ile Kazakistan arasındaki işbirliği güçleniyor. Қазақстан мен Түркия арасындағы ынтымақтастық.\n\n";
        form.put("tr.body", paragraph.repeat(60_000 / paragraph.length()));
        EditorForm.save(author, form);
        QuarkusTransaction.requiringNew().run(() -> assertEquals(form.get("tr.body"),
                Story.findByKey(key).orElseThrow().article(Lang.TR).orElseThrow().body));

        Map<String, String> overlong = EditorForm.bilingual(TestStories.newKey("editor-overlong"), "Çok uzun", "Тым ұзын");
        overlong.put("tr.body", "a".repeat(200_001));
        Site.Reply reply = author.postForm("/admin/story", overlong);
        assertEquals(413, reply.statusCode());
        assertTrue(reply.html().select(".notice.error").text().contains("200000"), reply.html().select(".notice").text());
    }

    @Test
    void shouldAnswer404ForAnUnknownStory() {
        Browser author = Browser.loggedIn(TestAccounts.create("author"), TestAccounts.PASSWORD);
        assertEquals(404, author.get("/admin/story?key=" + TestStories.newKey("none")).statusCode());
        assertEquals(404, author.get("/admin/story?key=%3Cscript%3E").statusCode());
        List.of("/admin/revisions?key=nope&lang=xx", "/admin/diff?key=nope&lang=tr&from=a&to=1")
                .forEach(path -> assertEquals(404, author.get(path).statusCode(), path));
    }
}
