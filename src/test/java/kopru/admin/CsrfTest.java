package kopru.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import kopru.account.Account;
import kopru.i18n.Lang;
import kopru.site.Site;
import org.junit.jupiter.api.Test;

/**
 * Every state-changing admin request needs the CSRF token, whatever its content type: a page of another site (or a
 * script on one) can POST text/plain, JSON or no body at all, and the browser would add the session cookie.
 */
@QuarkusTest
class CsrfTest {
    private static final String[][] BODIES = {
        {"text/plain", "lang=kk"},
        {"application/json", "{\"lang\":\"kk\"}"},
        {null, null},
        {"text/plain;charset=UTF-8", ""},
        {"Application/X-WWW-Form-Urlencoded", "lang=kk"},
    };

    private static void assertRefused(Site.Reply reply, String what) {
        assertTrue(reply.statusCode() >= 400 && reply.statusCode() < 500, what + " answered " + reply.statusCode());
    }

    @Test
    void shouldRefuseAnAdminPostOfAnyContentTypeWithoutTheToken() {
        String name = TestAccounts.create("author", Lang.TR);
        Browser browser = Browser.loggedIn(name, TestAccounts.PASSWORD);
        browser.csrfToken(); // the CSRF cookie is there, as it is for anyone who opened an admin page
        for (String[] body : BODIES) {
            assertRefused(browser.postRaw("/admin/account/lang", body[0], body[1]), "lang as " + body[0]);
            assertRefused(browser.postRaw("/admin/logout", body[0], body[1]), "logout as " + body[0]);
        }
        assertEquals(Lang.TR, QuarkusTransaction.requiringNew().call(() -> Account.findByUsername(name).orElseThrow().uiLang));
        assertEquals(200, browser.get("/admin").statusCode(), "a refused logout ended the session");
        Site.Reply refused = browser.postRaw("/admin/logout", "text/plain", "", "Accept-Language", "kk");
        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("қауіпсіздік кілті"), refused.body());
    }

    @Test
    void shouldRefuseTheSearchIndexRebuildWithoutTheToken() {
        Browser admin = Browser.loggedIn("admin", TestAccounts.ADMIN_PASSWORD);
        admin.csrfToken();
        for (String[] body : BODIES) {
            Site.Reply reply = admin.postRaw("/admin/search-index", body[0], body[1]);
            assertRefused(reply, "search-index as " + body[0]);
            assertTrue(reply.header("Location") == null, "the rebuild was started: " + reply.header("Location"));
        }
    }

    @Test
    void shouldAcceptTheTokenInAHeaderForScriptsAndRefuseAWrongOne() {
        String name = TestAccounts.create("author");
        Browser browser = Browser.loggedIn(name, TestAccounts.PASSWORD);
        String token = browser.csrfToken();
        assertEquals(400, browser.postRaw("/admin/logout", "application/json", "{}", "X-CSRF-TOKEN", "forged").statusCode());
        assertEquals(200, browser.get("/admin").statusCode());
        assertEquals(303, browser.postRaw("/admin/logout", "application/json", "{}", "X-CSRF-TOKEN", token).statusCode());
        assertEquals(302, browser.get("/admin").statusCode());
    }

    @Test
    void shouldKeepTheWriteApiWorkingWithoutTokens() {
        String editor = TestAccounts.create("editor");
        // Past authentication and CSRF (which would answer 401, 400 or 403) to the story rules: no such story.
        Site.Reply reply = Browser.api("POST", "/api/v1/admin/stories/no-such-story-" + System.nanoTime() + "/tr/transitions", editor,
                TestAccounts.PASSWORD, "{\"to\":\"in-review\"}");
        assertEquals(404, reply.statusCode(), reply.body());
        assertTrue(reply.body().contains("\"error\""), reply.body());
    }
}
