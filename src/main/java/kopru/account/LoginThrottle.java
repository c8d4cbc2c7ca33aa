package kopru.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * Slows down password guessing: after {@value #FREE_FAILURES} failed logins for one user name from one address,
 * each further attempt must wait, twice as long after every failure (capped). Kept in the database, so that every
 * node of a cluster counts the same failures and a restart forgives nothing; a row is a hash of the name and the
 * address, forgotten {@link #MEMORY} after the last attempt (or when its wait ends, if later).
 *
 * <p>An attempt is reserved before its password is checked: it counts as a failure from the start and only a
 * success takes it back. So parallel guesses cannot all pass the check before the first failure is written.
 */
@ApplicationScoped
public class LoginThrottle {
    static final int FREE_FAILURES = 3;
    static final Duration FIRST_DELAY = Duration.ofSeconds(5);
    static final Duration MAX_DELAY = Duration.ofMinutes(15);
    static final Duration MEMORY = Duration.ofHours(1);

    @Inject
    InstantSource clock;
    @Inject
    EntityManager entities;

    /**
     * Reserves one attempt for this user name from this address. Returns zero when the password may be checked,
     * else how long the caller must wait (the attempt is then not counted).
     */
    public Duration reserve(String username, String address) {
        String key = key(username, address);
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        insertIfAbsent(key, now);
        return QuarkusTransaction.requiringNew().call(() -> {
            LoginThrottleEntry entry = entities.find(LoginThrottleEntry.class, key, LockModeType.PESSIMISTIC_WRITE);
            if (entry == null) { // housekeeping deleted it in between: start afresh
                entry = new LoginThrottleEntry();
                entry.keyHash = key;
                entry.expiresAt = now.plus(MEMORY);
                entry.persist();
            } else if (!entry.expiresAt.isAfter(now)) {
                entry.failures = 0;
                entry.blockedUntil = null;
            }
            if (entry.blockedUntil != null && entry.blockedUntil.isAfter(now)) {
                return Duration.between(now, entry.blockedUntil);
            }
            entry.failures++;
            if (entry.failures >= FREE_FAILURES) {
                Duration delay = FIRST_DELAY.multipliedBy(1L << Math.min(20, entry.failures - FREE_FAILURES));
                entry.blockedUntil = now.plus(delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay);
            }
            OffsetDateTime forgotten = now.plus(MEMORY);
            entry.expiresAt = entry.blockedUntil != null && entry.blockedUntil.isAfter(forgotten) ? entry.blockedUntil : forgotten;
            return Duration.ZERO;
        });
    }

    /** The right password: the reserved attempt and every earlier failure are forgiven. */
    public void succeeded(String username, String address) {
        String key = key(username, address);
        QuarkusTransaction.requiringNew().run(() -> LoginThrottleEntry.delete("keyHash", key));
    }

    /** Forgets rows whose time has passed; returns how many. */
    int forgetExpired(Instant now) {
        OffsetDateTime cutoff = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        return QuarkusTransaction.requiringNew().call(() -> (int) LoginThrottleEntry.delete("expiresAt <= ?1", cutoff));
    }

    /**
     * The row's first insert runs on its own: when two nodes insert the same key at once, one of them fails on the
     * primary key (H2) or does nothing (PostgreSQL), and either way the row exists for the locking read that follows.
     */
    private void insertIfAbsent(String key, OffsetDateTime now) {
        try {
            QuarkusTransaction.requiringNew().run(() -> entities.createNativeQuery(
                    "INSERT INTO login_throttle (key_hash, failures, expires_at) VALUES (?1, 0, ?2) ON CONFLICT DO NOTHING")
                    .setParameter(1, key).setParameter(2, now.plus(MEMORY)).executeUpdate());
        } catch (RuntimeException e) {
            // someone else's insert won and the row is there; any other trouble shows in the locking read below
        }
    }

    /** Names differ only in case and surrounding spaces count as one, so that "Admin " is no fresh start. */
    static String key(String username, String address) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return ApiTokens.hash(name + "\n" + (address == null ? "" : address));
    }
}
