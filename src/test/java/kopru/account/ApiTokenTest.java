package kopru.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import kopru.admin.Browser;
import kopru.admin.CreatedStories;
import kopru.admin.TestAccounts;
import kopru.audit.AuditEntry;
import kopru.site.Site;
import kopru.story.TestStories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** API tokens: made on /admin/tokens, shown once, stored hashed, acting as their account on the write API. */
@QuarkusTest
class ApiTokenTest {
    private static final String STORY = "{\"kind\":\"news\",\"original\":\"tr\",\"articles\":{\"tr\":{\"title\":\"Anahtar testi\"}}}";

    @Inject
    ApiTokens tokens;

    private final CreatedStories created = new CreatedStories();

    @AfterEach
    void deleteCreatedStories() {
        created.deleteAll();
    }

    @Test
    void shouldShowTheSecretOnceAndStoreOnlyItsHash() {
        String editor = TestAccounts.create("editor");
        Browser admin = Browser.loggedIn("admin", TestAccounts.ADMIN_PASSWORD);
        admin.get("/admin/tokens").expect(200);
        Site.Reply page = admin.postForm("/admin/tokens", Map.of("scope", "account", "label", "CMS bağlantısı", "account", editor)).expect(200);
        assertEquals("no-store", page.header("Cache-Control"));
        String secret = page.html().selectFirst("#new-secret").text();
        assertTrue(secret.startsWith("kopru_") && secret.length() > 40, secret);

        String again = admin.get("/admin/tokens").expect(200).body();
        assertFalse(again.contains(secret), "the secret is shown once only");
        assertTrue(again.contains("CMS bağlantısı") && again.contains(editor), again);

        List<?> row = QuarkusTransaction.requiringNew().call(() -> java.util.Arrays.asList((Object[]) ApiToken.getEntityManager()
                .createNativeQuery("select * from api_token where label = 'CMS bağlantısı'").getSingleResult()));
        assertTrue(row.stream().noneMatch(column -> column != null && column.toString().contains(secret.substring(6))), row.toString());
        assertTrue(row.contains(ApiTokens.hash(secret)), "the SHA-256 of the secret is kept: " + row);
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> AuditEntry.count("action = 'token-created' and subject = ?1", "CMS bağlantısı")));

        String key = created.add(TestStories.newKey("token"));
        assertEquals(201, bearer("PUT", "/api/v1/admin/stories/" + key, secret, STORY).statusCode());
    }

    @Test
    void shouldActAsTheAccountWithItsRoles() {
        String author = TestAccounts.create("author");
        String secret = tokens.createForAccount("yazar", author, "admin");
        String key = created.add(TestStories.newKey("token-author"));
        String base = "/api/v1/admin/stories/" + key;
        assertEquals(201, bearer("PUT", base, secret, STORY).statusCode());
        assertEquals(200, bearer("GET", base, secret, null).statusCode());
        assertEquals(403, bearer("POST", base + "/tr/transitions", secret, "{\"to\":\"published\"}").statusCode(),
                "an author's token cannot publish");
        assertNotNull(QuarkusTransaction.requiringNew().call(() -> ApiToken.<ApiToken>find("label", "yazar").firstResult().lastUsedAt));
    }

    @Test
    void shouldRefuseWrongRevokedAndDeactivatedTokensWith401() {
        assertEquals(401, bearer("GET", "/api/v1/admin/stories/anything", "kopru_not-a-token", null).statusCode());
        assertEquals(401, bearer("GET", "/api/v1/admin/stories/anything", "", null).statusCode());

        String editor = TestAccounts.create("editor");
        String revoked = tokens.createForAccount("iptal", editor, "admin");
        long id = QuarkusTransaction.requiringNew().call(() -> ApiToken.<ApiToken>find("label", "iptal").firstResult().id);
        Browser admin = Browser.loggedIn("admin", TestAccounts.ADMIN_PASSWORD);
        assertEquals(303, admin.postForm("/admin/tokens/revoke", Map.of("id", Long.toString(id))).statusCode());
        assertEquals(401, bearer("GET", "/api/v1/admin/stories/anything", revoked, null).statusCode());
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> AuditEntry.count("action = 'token-revoked' and subject = 'iptal'")));

        String leaving = TestAccounts.create("editor");
        String secret = tokens.createForAccount("ayrılan", leaving, "admin");
        String key = created.add(TestStories.newKey("token-leaving"));
        assertEquals(201, bearer("PUT", "/api/v1/admin/stories/" + key, secret, STORY).statusCode());
        QuarkusTransaction.requiringNew().run(() -> Account.findByUsername(leaving).orElseThrow().active = false);
        assertEquals(401, bearer("GET", "/api/v1/admin/stories/" + key, secret, null).statusCode());
    }

    @Test
    void shouldNeverLetAPartnerTokenUseTheWriteApi() {
        String secret = tokens.createForPartner("ajans", "Ajans Örnek", "admin");
        String key = TestStories.newKey("token-partner");
        assertEquals(403, bearer("PUT", "/api/v1/admin/stories/" + key, secret, STORY).statusCode());
        assertEquals(403, bearer("GET", "/api/v1/admin/stories/" + key, secret, null).statusCode());
    }

    @Test
    void shouldRefuseBadTokenFormsWith400AndAMessage() {
        Browser admin = Browser.loggedIn("admin", TestAccounts.ADMIN_PASSWORD);
        Site.Reply longLabel = admin.postForm("/admin/tokens", Map.of("scope", "partner", "label", "x".repeat(101), "partner", "Ajans"));
        assertEquals(400, longLabel.statusCode());
        assertTrue(longLabel.body().contains("Etiket 1–100 karakter olmalı."), longLabel.body());
        assertEquals(400, admin.postForm("/admin/tokens", Map.of("scope", "account", "label", "x", "account", "nobody-at-all")).statusCode());
        assertEquals(400, admin.postForm("/admin/tokens", Map.of("scope", "partner", "label", "x", "partner", "<script>")).statusCode());
        assertEquals(400, admin.postForm("/admin/tokens", Map.of("scope", "root", "label", "x")).statusCode());
        assertEquals(400, admin.postForm("/admin/tokens/revoke", Map.of("id", "abc")).statusCode());
        assertEquals(400, admin.post("/admin/tokens", Map.of("scope", "partner", "label", "x", "partner", "Ajans")).statusCode(),
                "a form without the CSRF token is refused");
        Site.assertNoLeak(longLabel.body());
    }

    @Test
    void shouldDocumentBearerTokensInOpenApi() {
        String openapi = Site.get("/q/openapi?format=json").expect(200).body();
        assertTrue(openapi.contains("\"bearer\""), openapi);
    }

    private static Site.Reply bearer(String method, String path, String secret, String json) {
        return Browser.apiWith(method, path, "Bearer " + secret, json);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
