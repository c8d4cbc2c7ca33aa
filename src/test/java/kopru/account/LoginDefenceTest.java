package kopru.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kopru.admin.Browser;
import kopru.admin.TestAccounts;
import kopru.audit.AuditEntry;
import kopru.platform.TestClock;
import kopru.site.Site;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Password guessing over real HTTP: hostile names, parallel guesses, timing, and a throttle kept in the database. */
@QuarkusTest
class LoginDefenceTest {
    @Inject
    TestClock clock;
    @Inject
    LoginThrottle throttle;
    @Inject
    LoginHousekeeping housekeeping;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static long throttleRows() {
        return QuarkusTransaction.requiringNew().call(() -> LoginThrottleEntry.count());
    }

    @Test
    void shouldRefuseHugeUserNamesBeforeAnyWorkAndSaySoInTheUsersLanguage() {
        char[] huge = new char[3_900_000];
        Arrays.fill(huge, 'x');
        String name = new String(huge);
        long rowsBefore = throttleRows();
        for (int i = 0; i < 5; i++) {
            Site.Reply reply = new Browser().login(name + i, "some password");
            assertEquals(302, reply.statusCode());
            assertEquals("/admin/login?error=name", reply.header("Location"));
        }
        assertEquals(rowsBefore, throttleRows(), "a refused name left throttle state behind");
        assertTrue(new Browser().get("/admin/login?error=name", "Accept-Language", "tr").body().contains("en fazla 50 karakter"));
        assertTrue(new Browser().get("/admin/login?error=name", "Accept-Language", "kk").body().contains("ең көбі 50 таңба"));
        // 51 characters is one too many; an ordinary wrong name still gets the ordinary answer.
        assertEquals("/admin/login?error=name", new Browser().login("a".repeat(51), "some password").header("Location"));
        assertEquals("/admin/login?error=1", new Browser().login("a".repeat(50), "some password").header("Location"));
    }

    @Test
    void shouldKeepOnlyAHashOfNameAndAddressPerThrottleRow() {
        String name = TestAccounts.create("author");
        for (int i = 0; i < 3; i++) {
            new Browser().login(name, "wrong guess " + i);
        }
        LoginThrottleEntry row = QuarkusTransaction.requiringNew().call(() -> LoginThrottleEntry.<LoginThrottleEntry>findById(
                LoginThrottle.key(name, "127.0.0.1")));
        assertEquals(64, row.keyHash.length());
        assertEquals(3, row.failures);
        assertTrue(row.blockedUntil != null && row.expiresAt.isAfter(row.blockedUntil.minusSeconds(1)));
        // Another node reads the same row: it too must wait, and so must the name in other letter case.
        assertFalse(throttle.reserve(name.toUpperCase(java.util.Locale.ROOT), "127.0.0.1").isZero());
    }

    @Test
    void shouldEvaluateOnlyTheAllowedNumberOfFortyParallelWrongPasswords() throws Exception {
        String name = TestAccounts.create("editor");
        ExecutorService pool = Executors.newFixedThreadPool(40);
        try {
            List<Callable<String>> guesses = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String guess = "parallel guess " + i;
                guesses.add(() -> new Browser().login(name, guess).header("Location"));
            }
            long start = System.nanoTime();
            List<String> answers = new ArrayList<>();
            for (Future<String> answer : pool.invokeAll(guesses)) {
                answers.add(answer.get());
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            long evaluated = answers.stream().filter("/admin/login?error=1"::equals).count();
            long throttled = answers.stream().filter(a -> a.startsWith("/admin/login?error=wait&seconds=")).count();
            String what = elapsed.toMillis() + " ms: " + answers;
            // On a busy machine the burst can outlast the first wait; then the throttle rightly lets one more through.
            assertTrue(evaluated >= LoginThrottle.FREE_FAILURES && evaluated <= allowedWithin(elapsed), what);
            assertEquals(40 - evaluated, throttled, what);
            assertEquals(evaluated, QuarkusTransaction.requiringNew().call(
                    () -> AuditEntry.count("action = 'login-failed' and actor = ?1", name)), "passwords checked");
        } finally {
            pool.shutdownNow();
        }
    }

    /** How many guesses the throttle lets through within {@code elapsed}: the free ones, then one per wait that ended. */
    private static long allowedWithin(Duration elapsed) {
        long allowed = LoginThrottle.FREE_FAILURES;
        Duration wait = LoginThrottle.FIRST_DELAY;
        for (Duration waited = wait; waited.compareTo(elapsed) <= 0; waited = waited.plus(wait)) {
            allowed++;
            wait = wait.multipliedBy(2);
        }
        return allowed;
    }

    @Test
    void shouldTakeAsLongToRefuseAnUnknownNameAsAKnownOne() {
        new Browser().login("warm-up-" + System.nanoTime(), "a wrong password"); // the dummy hash is made once
        long[] known = new long[5];
        long[] unknown = new long[5];
        for (int i = 0; i < 5; i++) {
            String name = TestAccounts.create("author");
            known[i] = timedFailure(name);
            unknown[i] = timedFailure("nobody-" + System.nanoTime() + "-" + i);
        }
        Arrays.sort(known);
        Arrays.sort(unknown);
        System.out.printf("Refused logins, median of 5: known name %d ms, unknown name %d ms%n", known[2] / 1_000_000, unknown[2] / 1_000_000);
        assertTrue(unknown[2] >= known[2] / 2, "median refusal: unknown " + unknown[2] / 1_000_000 + " ms, known " + known[2] / 1_000_000 + " ms");
    }

    private static long timedFailure(String name) {
        long start = System.nanoTime();
        String location = new Browser().login(name, "a wrong password").header("Location");
        long took = System.nanoTime() - start;
        assertEquals("/admin/login?error=1", location);
        return took;
    }

    @Test
    void shouldLetTheRightPasswordInOnceTheWaitIsOverAndForgetOldRows() {
        String name = TestAccounts.create("author");
        for (int i = 0; i < 3; i++) {
            new Browser().login(name, "wrong guess " + i);
        }
        assertTrue(new Browser().login(name, TestAccounts.PASSWORD).header("Location").startsWith("/admin/login?error=wait"));
        clock.advance(LoginThrottle.FIRST_DELAY.plusSeconds(1));
        Browser.loggedIn(name, TestAccounts.PASSWORD);
        assertEquals(null, QuarkusTransaction.requiringNew().call(() -> LoginThrottleEntry.findById(LoginThrottle.key(name, "127.0.0.1"))),
                "a success forgives the failures");

        String other = TestAccounts.create("author");
        new Browser().login(other, "wrong guess");
        clock.advance(LoginThrottle.MEMORY.plus(Duration.ofMinutes(1)));
        housekeeping.deleteExpired();
        assertEquals(null, QuarkusTransaction.requiringNew().call(() -> LoginThrottleEntry.findById(LoginThrottle.key(other, "127.0.0.1"))),
                "an expired row is not deleted");
    }
}
