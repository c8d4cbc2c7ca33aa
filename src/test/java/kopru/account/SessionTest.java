package kopru.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import kopru.admin.Browser;
import kopru.admin.TestAccounts;
import kopru.platform.TestClock;
import kopru.site.Site;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Login sessions live in the database: a cookie is only a random token, and ending a session (logout, a password
 * change or reset, deactivation) is deleting rows, which every node sees on its next request.
 */
@QuarkusTest
class SessionTest {
    @Inject
    TestClock clock;
    @Inject
    LoginSessions sessions;
    @Inject
    LoginHousekeeping housekeeping;
    @Inject
    ResetPasswordCommand resetPassword;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A request with nothing but this session token, as another browser (or another node's client) would send it. */
    private static int dashboardWith(String token) {
        Site.Reply reply = new Browser().get("/admin", "Cookie", SessionAuthenticationMechanism.COOKIE + "=" + token);
        if (reply.statusCode() == 302) {
            assertEquals("/admin/login", Site.locationPath(reply));
        }
        return reply.statusCode();
    }

    private static long sessionsOf(String username) {
        return QuarkusTransaction.requiringNew().call(() -> LoginSession.count("account.username", username));
    }

    @Test
    void shouldStoreOnlyAHashOfTheCookiesToken() {
        String name = TestAccounts.create("author");
        Browser browser = Browser.loggedIn(name, TestAccounts.PASSWORD);
        String token = browser.cookie(SessionAuthenticationMechanism.COOKIE);
        assertNotNull(token);
        assertTrue(token.length() >= 43, token); // 256 random bits
        LoginSession row = QuarkusTransaction.requiringNew().call(() -> LoginSession.<LoginSession>findById(ApiTokens.hash(token)));
        assertNotNull(row, "no session row for the cookie");
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> LoginSession.count("tokenHash", token)));
    }

    @Test
    void shouldEndTheSessionAtLogoutSoThatTheOldCookieOpensNothing() {
        String name = TestAccounts.create("author");
        Browser browser = Browser.loggedIn(name, TestAccounts.PASSWORD);
        String token = browser.cookie(SessionAuthenticationMechanism.COOKIE);
        assertEquals(200, dashboardWith(token));
        assertEquals(303, browser.postForm("/admin/logout", Map.of()).statusCode());
        assertEquals(302, dashboardWith(token), "the cookie still opens /admin after logout");
        assertEquals(0, sessionsOf(name));
    }

    @Test
    void shouldEndEveryOtherSessionButKeepTheCurrentOneWhenThePasswordChanges() {
        String name = TestAccounts.create("editor");
        Browser here = Browser.loggedIn(name, TestAccounts.PASSWORD);
        Browser elsewhere = Browser.loggedIn(name, TestAccounts.PASSWORD);
        String elsewhereToken = elsewhere.cookie(SessionAuthenticationMechanism.COOKIE);
        assertEquals(200, dashboardWith(elsewhereToken));
        Site.Reply changed = here.postForm("/admin/account/password",
                Map.of("current", TestAccounts.PASSWORD, "replacement", "a new long password"));
        assertTrue(changed.header("Location").contains("done=saved"), changed.header("Location"));
        assertEquals(302, dashboardWith(elsewhereToken), "another session survived the password change");
        assertEquals(200, here.get("/admin").statusCode(), "the session that changed the password was ended");
        assertEquals(1, sessionsOf(name));
    }

    @Test
    void shouldEndEverySessionWhenAnAdminDeactivatesTheAccount() {
        String name = TestAccounts.create("author");
        String token = Browser.loggedIn(name, TestAccounts.PASSWORD).cookie(SessionAuthenticationMechanism.COOKIE);
        Browser admin = Browser.loggedIn("admin", TestAccounts.ADMIN_PASSWORD);
        admin.postForm("/admin/users/active", Map.of("username", name, "active", "false"));
        assertEquals(0, sessionsOf(name));
        assertEquals(302, dashboardWith(token));
        admin.postForm("/admin/users/active", Map.of("username", name, "active", "true"));
        assertEquals(302, dashboardWith(token), "reactivation brought an old session back");
    }

    @Test
    void shouldEndEverySessionWhenThePasswordIsReset() {
        String name = TestAccounts.create("author");
        String first = Browser.loggedIn(name, TestAccounts.PASSWORD).cookie(SessionAuthenticationMechanism.COOKIE);
        String second = Browser.loggedIn(name, TestAccounts.PASSWORD).cookie(SessionAuthenticationMechanism.COOKIE);
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        assertEquals(0, resetPassword.run(name, "reset by the operator", null, new ByteArrayInputStream(new byte[0]), quiet, quiet));
        assertEquals(302, dashboardWith(first));
        assertEquals(302, dashboardWith(second));
    }

    /**
     * What makes a login valid on every node and after a restart: any session row in the shared database opens /admin
     * with its token, whichever process wrote it, and two sessions of one account are independent.
     */
    @Test
    void shouldAcceptEverySessionStoredInTheDatabaseIndependently() {
        String name = TestAccounts.create("editor");
        String startedHere = Browser.loggedIn(name, TestAccounts.PASSWORD).cookie(SessionAuthenticationMechanism.COOKIE);
        String startedByAnotherNode = sessions.start(name); // as another node's login writes it: a row, nothing in memory
        assertNotEquals(startedHere, startedByAnotherNode);
        assertEquals(200, dashboardWith(startedHere));
        assertEquals(200, dashboardWith(startedByAnotherNode));
        sessions.end(startedByAnotherNode);
        assertEquals(302, dashboardWith(startedByAnotherNode));
        assertEquals(200, dashboardWith(startedHere), "ending one session ended the other");
    }

    @Test
    void shouldEndASessionAfterEightHoursWithoutARequest() {
        String name = TestAccounts.create("author");
        String token = Browser.loggedIn(name, TestAccounts.PASSWORD).cookie(SessionAuthenticationMechanism.COOKIE);
        clock.advance(Duration.ofHours(7));
        assertEquals(200, dashboardWith(token), "a request within 8 hours keeps the session");
        clock.advance(Duration.ofHours(7));
        assertEquals(200, dashboardWith(token), "the idle time did not start again with the last request");
        clock.advance(LoginSessions.IDLE.plusMinutes(1));
        assertEquals(302, dashboardWith(token));
        housekeeping.deleteExpired();
        assertEquals(0, sessionsOf(name));
    }

    @Test
    void shouldKeepAtMostTwentySessionsPerAccountEndingTheLeastRecentlyUsed() {
        String name = TestAccounts.create("author");
        String first = sessions.start(name);
        for (int i = 1; i < LoginSessions.MAX_PER_ACCOUNT + 5; i++) {
            clock.advance(Duration.ofSeconds(1));
            sessions.start(name);
        }
        assertEquals(LoginSessions.MAX_PER_ACCOUNT, sessionsOf(name));
        assertEquals(302, dashboardWith(first), "the oldest session was kept");
    }

    @Test
    void shouldIgnoreForgedAndOversizedTokens() {
        assertEquals(302, dashboardWith("forged-token"));
        assertEquals(302, dashboardWith("x".repeat(5000)));
        assertEquals(200, new Browser().get("/admin/login", "Cookie", SessionAuthenticationMechanism.COOKIE + "=ended").statusCode(),
                "an ended session must not keep the login page from opening");
    }
}
