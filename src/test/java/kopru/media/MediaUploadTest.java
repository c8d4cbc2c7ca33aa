package kopru.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import javax.imageio.ImageIO;
import kopru.admin.Browser;
import kopru.admin.TestAccounts;
import kopru.i18n.Lang;
import kopru.site.Site;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Uploads through the real multipart form, files on disk, served back over HTTP; hostile files refused. */
@QuarkusTest
class MediaUploadTest {
    private static final AtomicLong SEED = new AtomicLong(System.nanoTime());
    private static final Path MEDIA = Path.of("target/test-data/media");

    private Browser author;

    @AfterEach
    void deleteStories() {
        MediaFollowsStoryTest.deleteCreatedStories();
    }

    @BeforeEach
    void logIn() {
        author = Browser.loggedIn(TestAccounts.create("author"), TestAccounts.PASSWORD);
    }

    private Site.Reply upload(Browser browser, String name, String type, byte[] bytes) {
        return browser.postMultipart("/admin/media", Map.of("csrf-token", browser.csrfToken(), "altTr", "Ankara'da tören",
                "altKk", "Анкарадағы салтанат"), name, type, bytes);
    }

    @Test
    void shouldStoreTheSameBytesOnceAndServeThemForeverCacheable() throws Exception {
        byte[] png = TestImages.image("png", 2000, 1000, SEED.incrementAndGet());
        String hash = TestImages.sha256(png);
        assertEquals(303, upload(author, "foto.png", "image/png", png).statusCode());
        assertEquals(303, upload(author, "yine-ayni.jpg", "image/jpeg", png).statusCode());
        assertEquals(1L, count(hash), "same bytes twice → one record");
        assertEquals(1L, Files.list(MEDIA).filter(p -> p.getFileName().toString().equals(hash + ".png")).count());

        assertEquals(404, fetch("/media/" + hash + ".png", null).statusCode(), "no public story uses it yet");
        MediaFollowsStoryTest.publishStoryShowing("/media/" + hash + ".png");

        HttpResponse<byte[]> original = fetch("/media/" + hash + ".png", null);
        assertEquals(200, original.statusCode());
        assertEquals("image/png", original.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("public, max-age=31536000, immutable", original.headers().firstValue("Cache-Control").orElseThrow());
        assertEquals("nosniff", original.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertTrue(java.util.Arrays.equals(png, original.body()));
        String etag = original.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, fetch("/media/" + hash + ".png", etag).statusCode());

        for (int width : new int[] {480, 960, 1600}) {
            HttpResponse<byte[]> variant = fetch("/media/" + hash + "-" + width + ".png", null);
            assertEquals(200, variant.statusCode(), "variant " + width);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(variant.body()));
            assertEquals(width, image.getWidth());
            assertEquals(width / 2, image.getHeight(), 1);
        }
        assertEquals(404, fetch("/media/" + hash + "-2000.png", null).statusCode(), "no variant as wide as the original");
        assertEquals(404, fetch("/media/" + hash + ".jpg", null).statusCode(), "the extension is part of the name");
    }

    @Test
    void shouldNeverUpscaleASmallImage() throws Exception {
        byte[] jpeg = TestImages.image("jpeg", 600, 400, SEED.incrementAndGet());
        String hash = TestImages.sha256(jpeg);
        assertEquals(303, upload(author, "kucuk.jpg", "image/jpeg", jpeg).statusCode());
        assertEquals(200, staff(hash + "-480.jpg").statusCode());
        assertEquals(404, staff(hash + "-960.jpg").statusCode());
        assertEquals("image/jpeg", staff(hash + ".jpg").header("Content-Type"));
    }

    @Test
    void shouldAcceptAPdfByItsHeaderWithoutAltText() throws Exception {
        byte[] pdf = ("%PDF-1.4\n% test " + SEED.incrementAndGet() + "\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        String hash = TestImages.sha256(pdf);
        Site.Reply reply = author.postMultipart("/admin/media", Map.of("csrf-token", author.csrfToken()), "bulten.pdf", "application/pdf", pdf);
        assertEquals(303, reply.statusCode(), reply.body());
        assertEquals("application/pdf", staff(hash + ".pdf").header("Content-Type"));
    }

    @Test
    void shouldRefuseAScriptRenamedPngInTheEditorsLanguage() {
        byte[] script = ("<script>alert(" + SEED.incrementAndGet() + ")</script>").getBytes(StandardCharsets.UTF_8);
        Site.Reply reply = upload(author, "resim.png", "image/png", script);
        assertEquals(415, reply.statusCode());
        assertTrue(reply.body().contains("Bu dosya türü kabul edilmiyor"), reply.body());
        assertEquals(0L, count(TestImages.sha256(script)));

        Browser kazakh = Browser.loggedIn(TestAccounts.create("author", Lang.KK), TestAccounts.PASSWORD);
        Site.Reply kk = upload(kazakh, "resim.png", "image/png", script);
        assertEquals(415, kk.statusCode());
        assertTrue(kk.body().contains("Бұл файл түрі қабылданбайды"), kk.body());
    }

    @Test
    void shouldRefuseAGifHeaderInFrontOfHtml() {
        byte[] polyglot = ("GIF89a/*<html><script>alert(" + SEED.incrementAndGet() + ")</script></html>*/").getBytes(StandardCharsets.US_ASCII);
        assertEquals(415, upload(author, "poly.gif", "image/gif", polyglot).statusCode());
        assertEquals(0L, count(TestImages.sha256(polyglot)));
    }

    @Test
    void shouldServeAnImageWithHtmlAppendedOnlyAsAnImage() throws Exception {
        byte[] png = TestImages.image("png", 200, 100, SEED.incrementAndGet());
        byte[] polyglot = java.util.Arrays.copyOf(png, png.length + 40);
        System.arraycopy("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII), 0, polyglot, png.length, 38);
        String hash = TestImages.sha256(polyglot);
        assertEquals(303, upload(author, "poly.html", "text/html", polyglot).statusCode());
        Site.Reply served = staff(hash + ".png");
        assertEquals("image/png", served.header("Content-Type"), "never the declared text/html");
        assertEquals("nosniff", served.header("X-Content-Type-Options"));
    }

    @Test
    void shouldRefuseADecompressionBombFromItsHeader() {
        long started = System.nanoTime();
        Site.Reply reply = upload(author, "bomb.png", "image/png", TestImages.pngBomb());
        assertEquals(400, reply.statusCode());
        assertTrue(reply.body().contains("boyutları çok büyük"), reply.body());
        assertTrue(System.nanoTime() - started < 5_000_000_000L, "refused from the header, not after decoding");
        assertEquals(0L, count(TestImages.sha256(TestImages.pngBomb())));
    }

    @Test
    void shouldRefuseEmptyAndMissingFiles() {
        Site.Reply empty = upload(author, "bos.png", "image/png", new byte[0]);
        assertEquals(400, empty.statusCode());
        assertTrue(empty.body().contains("Dosya boş."), empty.body());
        Site.Reply none = author.postMultipart("/admin/media", Map.of("csrf-token", author.csrfToken(), "altTr", "x"), null, null, null);
        assertEquals(400, none.statusCode());
        assertTrue(none.body().contains("Dosya seçilmedi."), none.body());
    }

    @Test
    void shouldRefuseATooLargeFileWith413AndAClearMessage() {
        byte[] big = new byte[400_000];
        new Random(SEED.incrementAndGet()).nextBytes(big);
        Site.Reply reply = upload(author, "buyuk.png", "image/png", big);
        assertEquals(413, reply.statusCode());
        assertTrue(reply.body().contains("Dosya çok büyük"), reply.body());
    }

    @Test
    void shouldRefuseAnUploadWithoutTheCsrfTokenOrLogin() {
        byte[] png = TestImages.image("png", 50, 50, SEED.incrementAndGet());
        Site.Reply forged = author.postMultipart("/admin/media", Map.of("csrf-token", "forged", "altTr", "a", "altKk", "b"), "x.png", "image/png", png);
        assertEquals(400, forged.statusCode());
        assertEquals(302, new Browser().postMultipart("/admin/media", Map.of("altTr", "a", "altKk", "b"), "x.png", "image/png", png).statusCode());
        assertEquals(0L, count(TestImages.sha256(png)));
    }

    @Test
    void shouldRequireAltTextsForImages() {
        byte[] png = TestImages.image("png", 50, 50, SEED.incrementAndGet());
        Site.Reply reply = author.postMultipart("/admin/media", Map.of("csrf-token", author.csrfToken(), "altTr", "yalnız Türkçe"), "x.png", "image/png", png);
        assertEquals(400, reply.statusCode());
        assertTrue(reply.body().contains("alternatif metin gerekir"), reply.body());
        assertEquals(0L, count(TestImages.sha256(png)));
    }

    @Test
    void shouldKeepOnlyTheBaseOfATraversingFileName() throws Exception {
        byte[] png = TestImages.image("png", 60, 60, SEED.incrementAndGet());
        String hash = TestImages.sha256(png);
        assertEquals(303, upload(author, "../../../../etc/passwd.png", "image/png", png).statusCode());
        assertEquals("passwd.png", QuarkusTransaction.requiringNew().call(() -> MediaItem.findByHash(hash).orElseThrow().originalName));
        assertTrue(Files.exists(MEDIA.resolve(hash + ".png")));
        assertEquals(404, Site.get("/media/..%2F..%2Fpom.xml").statusCode());
        assertEquals(404, Site.get("/media/" + hash + ".png%00.html").statusCode());
    }

    @Test
    void shouldListUploadsAndEditAltTexts() {
        byte[] png = TestImages.image("png", 700, 300, SEED.incrementAndGet());
        String hash = TestImages.sha256(png);
        upload(author, "liste.png", "image/png", png);
        Site.Reply page = author.get("/admin/media").expectHtml();
        assertNotNull(page.html().selectFirst("#media-" + hash + " img[src=/admin/media/file/" + hash + "-480.png]"), page.body());
        Site.Reply edited = author.postForm("/admin/media/alt", Map.of("hash", hash, "altTr", "Yeni metin", "altKk", "Жаңа мәтін"));
        assertEquals(303, edited.statusCode());
        assertEquals("Жаңа мәтін", QuarkusTransaction.requiringNew().call(() -> MediaItem.findByHash(hash).orElseThrow().altKk));
        assertEquals(400, author.postForm("/admin/media/alt", Map.of("hash", hash, "altTr", "", "altKk", "")).statusCode());
        assertEquals(404, author.postForm("/admin/media/alt", Map.of("hash", "../etc", "altTr", "a", "altKk", "b")).statusCode());
        assertFalse(page.body().contains("<script>"));
    }

    /** A file as the signed-in author sees it before any public story uses it. */
    private Site.Reply staff(String fileName) {
        return author.get("/admin/media/file/" + fileName);
    }

    private static long count(String hash) {
        return QuarkusTransaction.requiringNew().call(() -> MediaItem.count("hash", hash));
    }

    private static HttpResponse<byte[]> fetch(String path, String ifNoneMatch) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + path));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        // HTTP/1.1: the JDK client's HTTP/2 upgrade lower-cases header names by the default locale ("ıf-none-match" in Turkish).
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
