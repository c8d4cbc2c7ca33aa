package kopru.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import kopru.account.Account;
import kopru.audit.AuditEntry;
import kopru.i18n.Lang;
import kopru.site.Site;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LoginTest {

    @Test
    void shouldRedirectAnonymousAdminPagesToLogin() {
        for (String path : new String[] {"/admin", "/admin/stories", "/admin/users", "/admin/account"}) {
            Site.Reply reply = new Browser().get(path);
            assertEquals(302, reply.statusCode(), path);
            assertEquals("/admin/login", Site.locationPath(reply), path);
        }
    }

    @Test
    void shouldAnswerAnonymousApiWith401NotARedirect() {
        Site.Reply reply = Browser.api("GET", "/api/v1/admin/stories/anything", null, null, null);
        assertEquals(401, reply.statusCode());
        assertNull(reply.header("Location"));
    }

    @Test
    void shouldLogInAndShowTheDashboardInTheUsersLanguage() {
        String name = TestAccounts.create("author", Lang.KK);
        Browser browser = Browser.loggedIn(name, TestAccounts.PASSWORD);
        Site.Reply dashboard = browser.get("/admin").expect(200).expectHtml();
        assertEquals("kk", Site.htmlLang(dashboard.html()));
        assertTrue(dashboard.body().contains("Қош келдіңіз, " + name), dashboard.body());
        assertTrue(QuarkusTransaction.requiringNew().call(() -> AuditEntry.count("actor = ?1 and action = 'login'", name)) == 1);
    }

    @Test
    void shouldSetASessionCookieThatScriptsCannotReadAndOtherSitesDoNotSend() {
        String name = TestAccounts.create("author");
        Site.Reply reply = new Browser().login(name, TestAccounts.PASSWORD);
        String cookie = reply.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("kopru-session=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + reply.headers()));
        assertTrue(cookie.toLowerCase().contains("httponly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=strict"), cookie);
    }

    @Test
    void shouldRefuseAWrongPasswordWithAClearMessage() {
        String name = TestAccounts.create("author");
        Browser browser = new Browser();
        Site.Reply reply = browser.login(name, "wrong password");
        assertEquals(302, reply.statusCode());
        assertTrue(reply.header("Location").contains("/admin/login?error"), reply.header("Location"));
        Site.Reply page = browser.get("/admin/login?error=1", "Accept-Language", "tr");
        assertTrue(page.body().contains("Kullanıcı adı veya parola yanlış"), page.body());
        assertEquals(302, browser.get("/admin").statusCode());
    }

    @Test
    void shouldRefuseAnInactiveAccount() {
        String name = TestAccounts.create("editor");
        QuarkusTransaction.requiringNew().run(() -> Account.findByUsername(name).orElseThrow().active = false);
        Site.Reply reply = new Browser().login(name, TestAccounts.PASSWORD);
        assertTrue(reply.header("Location").contains("/admin/login?error"), reply.header("Location"));
        assertEquals(401, Browser.api("GET", "/api/v1/admin/stories/x", name, TestAccounts.PASSWORD, null).statusCode());
    }

    @Test
    void shouldEndTheSessionOfADeactivatedAccountAtOnce() {
        String name = TestAccounts.create("editor");
        Browser browser = Browser.loggedIn(name, TestAccounts.PASSWORD);
        browser.get("/admin").expect(200);
        QuarkusTransaction.requiringNew().run(() -> Account.findByUsername(name).orElseThrow().active = false);
        assertEquals(302, browser.get("/admin").statusCode());
    }

    @Test
    void shouldSlowDownRepeatedFailuresEvenForTheRightPassword() {
        String name = TestAccounts.create("author");
        Browser browser = new Browser();
        for (int i = 0; i < 3; i++) {
            browser.login(name, "guess " + i);
        }
        Site.Reply reply = browser.login(name, TestAccounts.PASSWORD);
        assertTrue(reply.header("Location").contains("/admin/login?error"), "the right password is refused while throttled");
        Site.Reply page = browser.get(reply.header("Location"));
        assertTrue(page.body().contains("saniye bekleyip"), page.body());
        // Another account from the same address is not blocked by someone else's failures.
        String other = TestAccounts.create("author");
        Browser.loggedIn(other, TestAccounts.PASSWORD);
    }

    @Test
    void shouldLogOutWithAPostThatCarriesTheCsrfToken() {
        String name = TestAccounts.create("author");
        Browser browser = Browser.loggedIn(name, TestAccounts.PASSWORD);
        browser.get("/admin").expect(200);
        assertEquals(400, browser.post("/admin/logout", Map.of()).statusCode(), "a logout without the token is refused");
        Site.Reply out = browser.postForm("/admin/logout", Map.of());
        assertEquals(303, out.statusCode());
        assertEquals(302, browser.get("/admin").statusCode());
    }

    @Test
    void shouldPutACsrfTokenInEveryAdminFormAndRefuseFormsWithoutIt() {
        String name = TestAccounts.create("author");
        Browser browser = Browser.loggedIn(name, TestAccounts.PASSWORD);
        Site.Reply page = browser.get("/admin/account").expect(200);
        assertEquals(browser.cookie("kopru-csrf"), Browser.formToken(page));
        assertEquals(400, browser.post("/admin/account/lang", Map.of("lang", "kk")).statusCode());
        assertEquals(400, browser.post("/admin/account/lang", Map.of("lang", "kk", "csrf-token", "forged")).statusCode());
        assertEquals(303, browser.postForm("/admin/account/lang", Map.of("lang", "kk")).statusCode());
    }

    @Test
    void shouldNotSetACsrfCookieOnPublicPages() {
        Site.Reply home = Site.get("/tr/");
        assertTrue(home.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("kopru-csrf")), home.headers().toString());
    }

    @Test
    void shouldChangeTheOwnPasswordOnlyWithTheCurrentOne() {
        String name = TestAccounts.create("author");
        Browser browser = Browser.loggedIn(name, TestAccounts.PASSWORD);
        Site.Reply wrong = browser.postForm("/admin/account/password", Map.of("current", "nope", "replacement", "a new long password"));
        assertTrue(wrong.header("Location").contains("problem=WRONG_PASSWORD"));
        Site.Reply weak = browser.postForm("/admin/account/password", Map.of("current", TestAccounts.PASSWORD, "replacement", "short"));
        assertTrue(weak.header("Location").contains("problem=WEAK_PASSWORD"));
        Site.Reply ok = browser.postForm("/admin/account/password", Map.of("current", TestAccounts.PASSWORD, "replacement", "a new long password"));
        assertTrue(ok.header("Location").contains("done=saved"));
        Browser.loggedIn(name, "a new long password");
    }

    @Test
    void shouldLetAdminsManageUsersAndOthersNot() {
        Browser admin = Browser.loggedIn("admin", TestAccounts.ADMIN_PASSWORD);
        String name = "new-" + Long.toString(System.nanoTime(), 36);
        Site.Reply created = admin.postForm("/admin/users",
                Map.of("username", name, "password", "first password!", "role", "author", "lang", "kk"));
        assertTrue(created.header("Location").contains("done=saved"), created.header("Location"));
        assertTrue(admin.get("/admin/users").expect(200).body().contains(name));
        admin.postForm("/admin/users/role", Map.of("username", name, "role", "editor"));
        Browser user = Browser.loggedIn(name, "first password!");
        assertEquals(403, user.get("/admin/users").statusCode());
        assertEquals(403, user.get("/admin/audit").statusCode());
        admin.postForm("/admin/users/active", Map.of("username", name, "active", "false"));
        assertEquals(302, user.get("/admin").statusCode());
        String audit = admin.get("/admin/audit").expect(200).body();
        assertTrue(audit.contains("roles") && audit.contains(name), audit);
        assertNotNull(admin.cookie("kopru-session"));
    }

    @Test
    void shouldNeverLetTheLastAdminLoseTheRole() {
        Browser admin = Browser.loggedIn("admin", TestAccounts.ADMIN_PASSWORD);
        long admins = QuarkusTransaction.requiringNew().call(() -> Account.count("roles = 'admin' and active = true"));
        if (admins == 1) {
            Site.Reply reply = admin.postForm("/admin/users/role", Map.of("username", "admin", "role", "author"));
            assertTrue(reply.header("Location").contains("problem=LAST_ADMIN"), reply.header("Location"));
        }
    }
}
