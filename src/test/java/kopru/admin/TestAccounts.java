package kopru.admin;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import kopru.account.Account;
import kopru.i18n.Lang;

/** Accounts made by tests, each with a fresh name so tests do not disturb one another. */
public final class TestAccounts {
    public static final String PASSWORD = "correct horse battery";
    public static final String ADMIN_PASSWORD = "test-admin-password";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private TestAccounts() {
    }

    /** A new active account with the given role and interface language; returns its user name. */
    public static String create(String role, Lang uiLang) {
        String username = role + "-" + Long.toString(System.nanoTime(), 36) + "-" + COUNTER.incrementAndGet();
        QuarkusTransaction.requiringNew().run(() -> {
            Account account = new Account();
            account.username = username;
            account.roles = role;
            account.active = true;
            account.uiLang = uiLang;
            account.createdAt = OffsetDateTime.now();
            account.setPassword(PASSWORD);
            account.persist();
        });
        return username;
    }

    public static String create(String role) {
        return create(role, Lang.TR);
    }
}
