package kopru.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kopru.site.Site;
import kopru.story.TestStories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every /admin and /api/v1/admin route, called as anonymous, author, editor and admin, against the expected status. */
@QuarkusTest
class AccessMatrixTest {

    private final kopru.admin.CreatedStories created = new kopru.admin.CreatedStories();

    @jakarta.inject.Inject
    kopru.search.SearchIndexer indexer;

    @AfterEach
    void deleteCreatedStories() throws InterruptedException {
        created.deleteAll();
        // The admin's POST /admin/search-index starts a background rebuild: let it finish within the test.
        org.junit.jupiter.api.Assertions.assertTrue(indexer.awaitCaughtUp(java.time.Duration.ofSeconds(60)));
    }
    private static final String[] WHO = {"anonymous", "author", "editor", "admin"};
    /** A story of the imported seed content, and a key no story has. */
    private static final String SEED = "ankara-nevruz-festivali";
    private static final String NONE = "no-such-story-in-the-matrix";

    /** One route and the status each of WHO should get. */
    private record Route(String method, String path, Map<String, String> form, String json, int... expected) {
    }

    private static List<Route> adminRoutes() {
        return List.of(
                new Route("GET", "/admin/login", null, null, 200, 200, 200, 200),
                new Route("GET", "/admin", null, null, 302, 200, 200, 200),
                new Route("GET", "/admin/account", null, null, 302, 200, 200, 200),
                new Route("GET", "/admin/users", null, null, 302, 403, 403, 200),
                new Route("GET", "/admin/audit", null, null, 302, 403, 403, 200),
                new Route("POST", "/admin/account/lang", Map.of("lang", "tr"), null, 302, 303, 303, 303),
                new Route("POST", "/admin/account/password", Map.of("current", "x", "replacement", "y"), null, 302, 303, 303, 303),
                new Route("POST", "/admin/users", Map.of("username", "Bad Name", "password", "x", "role", "author"), null, 302, 403, 403, 303),
                new Route("POST", "/admin/users/role", Map.of("username", "nobody-here", "role", "author"), null, 302, 403, 403, 303),
                new Route("POST", "/admin/users/active", Map.of("username", "nobody-here", "active", "true"), null, 302, 403, 403, 303),
                new Route("GET", "/admin/stories", null, null, 302, 200, 200, 200),
                new Route("GET", "/admin/stories?status=draft&needs=translation&q=a", null, null, 302, 200, 200, 200),
                new Route("GET", "/admin/story", null, null, 302, 200, 200, 200),
                new Route("GET", "/admin/story?key=" + SEED, null, null, 302, 200, 200, 200),
                new Route("GET", "/admin/story?key=" + SEED + "&confirm=delete", null, null, 302, 200, 200, 200),
                new Route("GET", "/admin/revisions?key=" + SEED + "&lang=tr", null, null, 302, 200, 200, 200),
                new Route("GET", "/admin/diff?key=" + SEED + "&lang=tr&from=1&to=1", null, null, 302, 200, 200, 200),
                new Route("POST", "/admin/story", Map.of("key", "Bad Key", "action", "save"), null, 302, 400, 400, 400),
                new Route("POST", "/admin/story/transition", Map.of("key", NONE, "lang", "tr", "to", "draft"), null, 302, 404, 404, 404),
                new Route("POST", "/admin/story/delete", Map.of("key", NONE), null, 302, 403, 404, 404),
                new Route("POST", "/admin/revisions/restore", Map.of("key", NONE, "lang", "tr", "number", "1", "version", "0"), null, 302, 404, 404, 404),
                new Route("POST", "/admin/search-index", Map.of(), null, 302, 403, 403, 303),
                new Route("GET", "/admin/tokens", null, null, 302, 403, 403, 200),
                new Route("POST", "/admin/tokens", Map.of("scope", "root", "label", "x"), null, 302, 403, 403, 400),
                new Route("POST", "/admin/tokens/revoke", Map.of("id", "abc"), null, 302, 403, 403, 400),
                new Route("GET", "/admin/webhooks", null, null, 302, 403, 403, 200),
                new Route("GET", "/admin/webhooks/deliveries?id=999999999", null, null, 302, 403, 403, 404),
                new Route("POST", "/admin/webhooks", Map.of("label", "x", "url", "ftp://x"), null, 302, 403, 403, 400),
                new Route("POST", "/admin/webhooks/active", Map.of("id", "999999999", "active", "true"), null, 302, 403, 403, 404),
                new Route("POST", "/admin/webhooks/delete", Map.of("id", "999999999"), null, 302, 403, 403, 404),
                new Route("GET", "/admin/media", null, null, 302, 200, 200, 200),
                new Route("POST", "/admin/media/alt", Map.of("hash", "0".repeat(64), "altTr", "a", "altKk", "b"), null, 302, 404, 404, 404),
                new Route("GET", "/admin/press?key=no-such-story", null, null, 302, 404, 404, 404),
                new Route("POST", "/admin/press", Map.of("key", "no-such-story"), null, 302, 404, 404, 404),
                new Route("POST", "/admin/story/approve", Map.of("key", "no-such-story", "lang", "tr"), null, 302, 403, 404, 404),
                new Route("POST", "/admin/logout", Map.of(), null, 302, 303, 303, 303));
    }

    @Test
    void shouldAnswerEveryAdminRouteAsTheMatrixSays() {
        List<String> wrong = new ArrayList<>();
        for (Route route : adminRoutes()) {
            for (int i = 0; i < WHO.length; i++) {
                Browser browser = browser(WHO[i]);
                Site.Reply reply = "GET".equals(route.method) ? browser.get(route.path)
                        : i == 0 ? browser.post(route.path, route.form) : browser.postForm(route.path, route.form);
                if (reply.statusCode() != route.expected[i]) {
                    wrong.add(route.method + " " + route.path + " as " + WHO[i] + ": " + reply.statusCode() + " instead of " + route.expected[i]);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void shouldAnswerEveryApiRouteAsTheMatrixSays() {
        List<String> wrong = new ArrayList<>();
        String[] users = {null, TestAccounts.create("author"), TestAccounts.create("editor"), "admin"};
        for (int i = 0; i < WHO.length; i++) {
            String user = users[i];
            String password = "admin".equals(user) ? TestAccounts.ADMIN_PASSWORD : TestAccounts.PASSWORD;
            String key = created.add(TestStories.newKey("matrix-" + WHO[i]));
            String base = "/api/v1/admin/stories/" + key;
            boolean anonymous = user == null;
            check(wrong, WHO[i], Browser.api("PUT", base, user, password, "{\"kind\":\"news\",\"original\":\"tr\",\"articles\":{\"tr\":{\"title\":\"Matris\"}}}"),
                    anonymous ? 401 : 201);
            // Anonymous gets 401 before the missing story could matter; others work on the story they made.
            String own = anonymous ? "/api/v1/admin/stories/" + TestStories.newKey("none") : base;
            check(wrong, WHO[i], Browser.api("GET", own, user, password, null), anonymous ? 401 : 200);
            check(wrong, WHO[i], Browser.api("GET", own + "/tr/revisions", user, password, null), anonymous ? 401 : 200);
            check(wrong, WHO[i], Browser.api("POST", own + "/tr/approval", user, password, "{}"),
                    anonymous ? 401 : "author".equals(WHO[i]) ? 403 : 409); // only statements take approvals
            check(wrong, WHO[i], Browser.api("POST", own + "/tr/transitions", user, password, "{\"to\":\"in-review\"}"), anonymous ? 401 : 200);
            check(wrong, WHO[i], Browser.api("POST", own + "/tr/transitions", user, password, "{\"to\":\"published\"}"),
                    anonymous ? 401 : "author".equals(WHO[i]) ? 403 : 200);
            check(wrong, WHO[i], Browser.api("POST", own + "/tr/transitions", user, password, "{\"to\":\"archived\"}"),
                    anonymous ? 401 : "author".equals(WHO[i]) ? 409 : 200);
            check(wrong, WHO[i], Browser.api("DELETE", own, user, password, null), anonymous ? 401 : "author".equals(WHO[i]) ? 403 : 204);
            // Webhooks are for admins only: others are refused before an unknown webhook or bad input could matter.
            int admins = anonymous ? 401 : "admin".equals(WHO[i]) ? 0 : 403;
            String hooks = "/api/v1/admin/webhooks";
            check(wrong, WHO[i], Browser.api("GET", hooks, user, password, null), admins == 0 ? 200 : admins);
            check(wrong, WHO[i], Browser.api("POST", hooks, user, password, "{\"label\":\"x\",\"url\":\"ftp://x\"}"), admins == 0 ? 400 : admins);
            check(wrong, WHO[i], Browser.api("GET", hooks + "/999999999", user, password, null), admins == 0 ? 404 : admins);
            check(wrong, WHO[i], Browser.api("PATCH", hooks + "/999999999", user, password, "{\"active\":true}"), admins == 0 ? 404 : admins);
            check(wrong, WHO[i], Browser.api("DELETE", hooks + "/999999999", user, password, null), admins == 0 ? 404 : admins);
            check(wrong, WHO[i], Browser.api("GET", hooks + "/999999999/deliveries", user, password, null), admins == 0 ? 404 : admins);
            // The partner feed takes partner tokens only: a password opens nothing there.
            check(wrong, WHO[i], Browser.api("GET", "/api/v1/partner/feed.json", user, password, null), 401);
        }
        assertEquals(List.of(), wrong);
    }

    private static void check(List<String> wrong, String who, Site.Reply reply, int expected) {
        if (reply.statusCode() != expected) {
            wrong.add(reply.path() + " as " + who + ": " + reply.statusCode() + " instead of " + expected + " " + reply.body());
        }
    }

    private static Browser browser(String who) {
        return switch (who) {
            case "anonymous" -> new Browser();
            case "admin" -> Browser.loggedIn("admin", TestAccounts.ADMIN_PASSWORD);
            default -> Browser.loggedIn(TestAccounts.create(who), TestAccounts.PASSWORD);
        };
    }
}
