package kopru.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import kopru.admin.Browser;
import kopru.admin.CreatedStories;
import kopru.admin.TestAccounts;
import kopru.i18n.Lang;
import kopru.site.Site;
import kopru.story.StoryService;
import kopru.story.TestStories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.jsoup.nodes.Element;

/** /admin/webhooks: create with a secret shown once, a readable delivery log, disable, delete; hostile input refused. */
@QuarkusTest
class WebhookAdminTest {
    private static HttpServer partner;

    @Inject
    StoryService stories;

    private final CreatedStories created = new CreatedStories();

    @BeforeAll
    static void startPartner() throws IOException {
        partner = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        partner.createContext("/admin-hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        partner.start();
    }

    @AfterAll
    static void stopPartner() {
        partner.stop(0);
    }

    @AfterEach
    void deleteStories() {
        created.deleteAll();
    }

    @Test
    void shouldCreateShowTheSecretOnceLogDeliveriesDisableAndDelete() throws InterruptedException {
        Browser admin = Browser.loggedIn("admin", TestAccounts.ADMIN_PASSWORD);
        admin.get("/admin/webhooks").expect(200);
        String url = "http://127.0.0.1:" + partner.getAddress().getPort() + "/admin-hook";
        Site.Reply reply = admin.postForm("/admin/webhooks", Map.of("label", "Ajans kancası", "url", url, "secret", "")).expect(200);
        assertEquals("no-store", reply.header("Cache-Control"));
        String secret = reply.html().selectFirst("#new-secret").text();
        assertTrue(secret.matches("[0-9a-f]{64}"), secret);
        Webhook webhook = QuarkusTransaction.requiringNew().call(() -> Webhook.<Webhook>find("label", "Ajans kancası").firstResult());
        assertEquals(secret, webhook.secret, "the secret shown is the one deliveries are signed with");
        assertFalse(admin.get("/admin/webhooks").expect(200).body().contains(secret), "the secret is shown once only");

        String key = created.add(TestStories.newKey("hook-admin"));
        TestStories.publish(stories, key, Lang.TR, "Kanca günlüğü");
        Element row = awaitDeliveredRow(admin, webhook.id, key);
        assertTrue(row.text().contains("publish") && row.text().contains("HTTP 204") && row.text().contains("Teslim edildi"), row.text());

        admin.postForm("/admin/webhooks/active", Map.of("id", webhook.id.toString(), "active", "false")).expect(303);
        assertFalse(QuarkusTransaction.requiringNew().call(() -> Webhook.<Webhook>findById(webhook.id).active));
        admin.postForm("/admin/webhooks/delete", Map.of("id", webhook.id.toString())).expect(303);
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Webhook.count("id", webhook.id)));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> WebhookDelivery.count("webhook.id", webhook.id)),
                "the delivery log goes with the webhook");
        assertEquals(404, admin.get("/admin/webhooks/deliveries?id=" + webhook.id).statusCode());
    }

    @Test
    void shouldRefuseHostileInputWithAMessageAndWriteNothing() {
        Browser admin = Browser.loggedIn("admin", TestAccounts.ADMIN_PASSWORD);
        long before = QuarkusTransaction.requiringNew().call(() -> Webhook.count());
        for (String url : List.of("ftp://example.com/hook", "javascript:alert(1)", "/relative/hook", "http://", "http://exa mple.com/",
                "https://user:password@example.com/", "http://example.com/" + "x".repeat(2000), "", "mailto:a@b.c")) {
            Site.Reply reply = admin.postForm("/admin/webhooks", Map.of("label", "kötü", "url", url));
            assertEquals(400, reply.statusCode(), url);
            assertTrue(reply.body().contains("Adres http:// veya https:// ile başlayan tam bir URL olmalı"), reply.body());
            Site.assertNoLeak(reply.body());
        }
        assertEquals(400, admin.postForm("/admin/webhooks", Map.of("label", "x".repeat(101), "url", "https://example.com/")).statusCode());
        assertEquals(400, admin.postForm("/admin/webhooks", Map.of("label", "kısa", "url", "https://example.com/", "secret", "short")).statusCode());
        assertEquals(400, admin.post("/admin/webhooks", Map.of("label", "csrf", "url", "https://example.com/")).statusCode(),
                "a form without the CSRF token is refused");
        assertEquals(404, admin.postForm("/admin/webhooks/delete", Map.of("id", "'; drop table webhook; --")).statusCode());
        assertEquals(before, QuarkusTransaction.requiringNew().call(() -> Webhook.count()), "nothing was written");
    }

    @Test
    void shouldSpeakKazakhToAKazakhAdmin() {
        String name = TestAccounts.create("admin", Lang.KK);
        Browser admin = Browser.loggedIn(name, TestAccounts.PASSWORD);
        String page = admin.get("/admin/webhooks").expect(200).body();
        assertTrue(page.contains("Жаңа вебхук"), page);
        Site.Reply bad = admin.postForm("/admin/webhooks", Map.of("label", "x", "url", "ftp://x"));
        assertTrue(bad.body().contains("Мекенжай http:// немесе https://"), bad.body());
    }

    private static Element awaitDeliveredRow(Browser admin, long id, String key) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            for (Element row : admin.get("/admin/webhooks/deliveries?id=" + id).expect(200).html().select("tbody tr")) {
                if (row.text().contains(key) && row.text().contains("HTTP 204")) {
                    return row;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no delivered row for " + key + " within 20 s");
    }
}
