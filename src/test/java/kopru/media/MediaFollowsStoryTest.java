package kopru.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import kopru.admin.Browser;
import kopru.admin.CreatedStories;
import kopru.admin.TestAccounts;
import kopru.audit.AuditEntry;
import kopru.platform.TestClock;
import kopru.site.Site;
import kopru.story.MediaWithdrawal;
import kopru.story.TestStories;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A media file follows the stories that use it: staff-only (never cached) while they are drafts or embargoed, public
 * and cacheable once one is public; withdrawn, it is 410 Gone for everyone. All through real HTTP.
 */
@QuarkusTest
class MediaFollowsStoryTest {
    private static final String PW = TestAccounts.PASSWORD;
    private static final AtomicLong SEED = new AtomicLong(System.nanoTime() ^ 0x5eed);
    private static final CreatedStories CREATED = new CreatedStories();

    @Inject
    TestClock clock;

    @AfterEach
    void cleanUp() {
        clock.reset();
        deleteCreatedStories();
    }

    /** The stories made by {@link #storyShowing} (also for other tests): other tests expect the seed to be the newest. */
    static void deleteCreatedStories() {
        CREATED.deleteAll();
    }

    /** Uploads a new PNG as {@code browser}'s account; returns its file name under /media/. */
    static String upload(Browser browser) {
        byte[] png = TestImages.image("png", 300, 200, SEED.incrementAndGet());
        Site.Reply reply = browser.postMultipart("/admin/media", Map.of("csrf-token", browser.csrfToken(), "altTr", "Tören",
                "altKk", "Салтанат"), "foto.png", "image/png", png);
        assertEquals(303, reply.statusCode(), reply.body());
        return TestImages.sha256(png) + ".png";
    }

    /** A story whose body shows {@code url}, written by a new editor; not published. Returns its key. */
    static String storyShowing(String editor, String url, String embargo) {
        String key = CREATED.add(TestStories.newKey("medya"));
        Site.Reply put = Browser.api("PUT", "/api/v1/admin/stories/" + key, editor, PW, "{\"kind\":\"news\",\"original\":\"tr\""
                + (embargo == null ? "" : ",\"embargo\":\"" + embargo + "\"")
                + ",\"articles\":{\"tr\":{\"title\":\"Fotoğraflı haber\",\"body\":\"Metin.\\n\\n![Tören](" + url + ")\"}}}");
        assertEquals(201, put.statusCode(), put.body());
        return key;
    }

    static void publish(String key, String editor) {
        Site.Reply moved = Browser.api("POST", "/api/v1/admin/stories/" + key + "/tr/transitions", editor, PW, "{\"to\":\"published\"}");
        assertEquals(200, moved.statusCode(), moved.body());
    }

    /** Publishes a new news story that shows {@code url}: its file becomes public. */
    static String publishStoryShowing(String url) {
        String editor = TestAccounts.create("editor");
        String key = storyShowing(editor, url, null);
        publish(key, editor);
        return key;
    }

    @Test
    void shouldShowADraftStorysImageToStaffOnlyUntilTheStoryIsPublished() {
        Browser author = Browser.loggedIn(TestAccounts.create("author"), PW);
        String file = upload(author);
        String editor = TestAccounts.create("editor");
        String key = storyShowing(editor, "/media/" + file, null);

        Site.Reply anonymous = Site.get("/media/" + file);
        assertEquals(404, anonymous.statusCode(), "a draft's image is not public");
        assertTrue(anonymous.header("Cache-Control").contains("no-store"), anonymous.header("Cache-Control"));

        Site.Reply sent = author.get("/media/" + file);
        assertEquals(303, sent.statusCode(), "a signed-in request goes where the session is read");
        assertEquals("/admin/media/file/" + file, Site.locationPath(sent));
        Site.Reply staff = author.get("/admin/media/file/" + file);
        assertEquals(200, staff.statusCode());
        assertEquals("private, no-store", staff.header("Cache-Control"));
        assertEquals("image/png", staff.header("Content-Type"));
        assertEquals(302, Site.get("/admin/media/file/" + file).statusCode(), "the staff path needs a login");

        publish(key, editor);
        Site.Reply published = Site.get("/media/" + file);
        assertEquals(200, published.statusCode());
        assertEquals(MediaFiles.CACHE_FOREVER, published.header("Cache-Control"));
        String variant = file.replace(".png", "-480.png");
        assertEquals(404, Site.get("/media/" + variant).statusCode(), "a 300 px image has no 480 px copy");
    }

    @Test
    void shouldKeepAnEmbargoedStorysImageHiddenUntilTheEmbargoPasses() {
        Browser author = Browser.loggedIn(TestAccounts.create("author"), PW);
        String file = upload(author);
        String editor = TestAccounts.create("editor");
        String key = storyShowing(editor, "/media/" + file, OffsetDateTime.now().plusHours(2).toString());
        publish(key, editor);

        assertEquals(404, Site.get("/media/" + file).statusCode(), "published but embargoed: not public yet");
        assertEquals(200, author.get("/admin/media/file/" + file).statusCode());

        clock.advance(Duration.ofHours(3));
        Site.Reply after = Site.get("/media/" + file);
        assertEquals(200, after.statusCode(), "the embargo passed");
        assertEquals(MediaFiles.CACHE_FOREVER, after.header("Cache-Control"));
    }

    @Test
    void shouldAnswer410ToEveryoneOnceAnEditorWithdrawsAFile() {
        Browser author = Browser.loggedIn(TestAccounts.create("author"), PW);
        String file = upload(author);
        String hash = file.substring(0, 64);
        publishStoryShowing("/media/" + file);
        assertEquals(200, Site.get("/media/" + file).statusCode());

        assertEquals(403, author.postForm("/admin/media/withdraw", Map.of("hash", hash)).statusCode(), "authors do not withdraw");
        assertEquals(200, Site.get("/media/" + file).statusCode());

        String editorName = TestAccounts.create("editor");
        Browser editor = Browser.loggedIn(editorName, PW);
        Site.Reply withdrawn = editor.postForm("/admin/media/withdraw", Map.of("hash", hash));
        assertEquals(303, withdrawn.statusCode(), withdrawn.body());

        Site.Reply gone = Site.get("/media/" + file, "Accept-Language", "kk");
        assertEquals(410, gone.statusCode());
        assertEquals("no-store", gone.header("Cache-Control"));
        assertTrue(gone.body().contains("Бұл файл жариялаудан алынды"), gone.body());
        Site.Reply goneTr = Site.get("/media/" + file.replace(".png", "-480.png"), "Accept-Language", "tr");
        assertEquals(410, goneTr.statusCode(), "every size of it");
        assertTrue(goneTr.body().contains("Bu dosya yayından kaldırıldı"), goneTr.body());
        assertEquals(410, editor.get("/admin/media/file/" + file).statusCode(), "staff too");
        assertEquals(410, editor.get("/media/" + file).statusCode());

        Document library = editor.get("/admin/media").expect(200).html();
        assertNotNull(library.selectFirst("#media-" + hash + " .media-withdrawn"), "the library shows it withdrawn");
        assertEquals(0, library.select("#media-" + hash + " form[action=/admin/media/withdraw]").size());
        assertEquals(1L, QuarkusTransaction.requiringNew().call(
                () -> AuditEntry.count("actor = ?1 and action = ?2 and subject = ?3", editorName, MediaWithdrawal.AUDIT_ACTION, hash)));
        assertEquals(404, editor.postForm("/admin/media/withdraw", Map.of("hash", "../nope")).statusCode());
    }
}
