package kopru.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@value #FREE_FAILURES} failed logins for one account from one
 * address, each further attempt must wait, twice as long after every failure (capped). Kept in memory:
 * a restart forgives, and each node of a cluster counts on its own.
 */
@ApplicationScoped
public class LoginThrottle {
    static final int FREE_FAILURES = 3;
    static final Duration FIRST_DELAY = Duration.ofSeconds(5);
    static final Duration MAX_DELAY = Duration.ofMinutes(15);

    private record Failures(int count, Instant blockedUntil) {
    }

    private final Map<String, Failures> byAccountAndAddress = new ConcurrentHashMap<>();
    /** The latest block per address, so that the login page (which no longer knows the name) can say how long to wait. */
    private final Map<String, Instant> byAddress = new ConcurrentHashMap<>();

    /** How long this account must still wait from this address; zero when it may try now. */
    public Duration wait(String username, String address, Instant now) {
        Failures failures = byAccountAndAddress.get(key(username, address));
        return failures == null ? Duration.ZERO : remaining(failures.blockedUntil, now);
    }

    /** The longest wait any account has from this address. */
    public Duration waitForAddress(String address, Instant now) {
        Instant until = byAddress.get(address == null ? "" : address);
        return until == null ? Duration.ZERO : remaining(until, now);
    }

    public void failed(String username, String address, Instant now) {
        Failures failures = byAccountAndAddress.merge(key(username, address), new Failures(1, now),
                (old, one) -> new Failures(old.count + 1, now));
        if (failures.count >= FREE_FAILURES) {
            Duration delay = FIRST_DELAY.multipliedBy(1L << Math.min(20, failures.count - FREE_FAILURES));
            Instant until = now.plus(delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay);
            byAccountAndAddress.put(key(username, address), new Failures(failures.count, until));
            byAddress.put(address == null ? "" : address, until);
        }
    }

    public void succeeded(String username, String address) {
        byAccountAndAddress.remove(key(username, address));
    }

    private static Duration remaining(Instant until, Instant now) {
        return until == null || !until.isAfter(now) ? Duration.ZERO : Duration.between(now, until);
    }

    private static String key(String username, String address) {
        return username + "\u0000" + address;
    }
}
