package kopru.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import kopru.admin.Browser;
import kopru.admin.TestAccounts;
import kopru.audit.AuditEntry;
import kopru.site.Site;
import org.junit.jupiter.api.Test;

/** The reset-password command and the password policy everywhere a password is set. */
@QuarkusTest
class PasswordRecoveryTest {
    @Inject
    ResetPasswordCommand command;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int reset(String username, String fromEnvironment, String stdin) {
        return command.run(username, fromEnvironment, null, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static boolean logsIn(String username, String password) {
        Site.Reply reply = new Browser().login(username, password);
        return "/admin".equals(Site.locationPath(reply));
    }

    @Test
    void shouldResetAForgottenPasswordFromStandardInput() {
        String name = TestAccounts.create("editor");
        assertEquals(0, reset(name, null, "a brand new password\nignored second line\n"), err.toString());
        assertTrue(logsIn(name, "a brand new password"));
        assertFalse(logsIn(name, TestAccounts.PASSWORD), "the old password still works");
        assertEquals(1L, QuarkusTransaction.requiringNew().call(
                () -> AuditEntry.count("action = 'password-reset' and subject = ?1", name)));
        assertFalse(out.toString().contains("a brand new password"), "the password was echoed: " + out);
    }

    @Test
    void shouldTakeThePasswordFromTheEnvironmentBeforeStandardInput() {
        String name = TestAccounts.create("author");
        assertEquals(0, reset(name, "from the environment", "from standard input\n"), err.toString());
        assertTrue(logsIn(name, "from the environment"));
    }

    @Test
    void shouldRefuseAShortPasswordAnUnknownAccountAndNoPasswordAtAll() {
        String name = TestAccounts.create("author");
        assertEquals(1, reset(name, null, "elevenchars\n"));
        assertTrue(err.toString().contains("12"), err.toString());
        assertTrue(logsIn(name, TestAccounts.PASSWORD), "a refused reset changed the password");
        assertEquals(1, reset("nobody-" + System.nanoTime(), null, "a long enough password\n"));
        assertTrue(err.toString().contains("no account"), err.toString());
        assertEquals(1, reset(name, null, ""));
        assertTrue(logsIn(name, TestAccounts.PASSWORD));
    }

    @Test
    void shouldRefuseAShortAdminPasswordFromTheConfigurationWithoutNamingIt() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> AdminBootstrap.checked("secret-pw"));
        assertTrue(refused.getMessage().contains("KOPRU_ADMIN_PASSWORD") && refused.getMessage().contains("12"), refused.getMessage());
        assertFalse(refused.getMessage().contains("secret-pw"), "the message shows the password");
        assertEquals("twelve chars", AdminBootstrap.checked("twelve chars"));
    }

    @Test
    void shouldRefuseElevenCharacterPasswordsOnTheUsersAndAccountPages() {
        Browser admin = Browser.loggedIn("admin", TestAccounts.ADMIN_PASSWORD);
        String name = "short-" + Long.toString(System.nanoTime(), 36);
        Site.Reply created = admin.postForm("/admin/users", Map.of("username", name, "password", "elevenchars", "role", "author", "lang", "tr"));
        assertTrue(created.header("Location").contains("problem=WEAK_PASSWORD"), created.header("Location"));
        assertTrue(admin.get(Site.locationPath(created) + "?problem=WEAK_PASSWORD").body().contains("en az 12 karakter"));

        String author = TestAccounts.create("author");
        Browser browser = Browser.loggedIn(author, TestAccounts.PASSWORD);
        Site.Reply changed = browser.postForm("/admin/account/password", Map.of("current", TestAccounts.PASSWORD, "replacement", "elevenchars"));
        assertTrue(changed.header("Location").contains("problem=WEAK_PASSWORD"), changed.header("Location"));
    }
}
