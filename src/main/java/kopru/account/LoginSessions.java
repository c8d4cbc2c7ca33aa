package kopru.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.InstantSource;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;

/**
 * Login sessions kept in the database, as Ghost keeps them: the cookie holds 256 random bits, the table their
 * SHA-256, the account and the times. Every /admin request reads its row, so a login is valid on every node and
 * after a restart with nothing configured, and ending a session (logout, password change or reset, deactivation)
 * takes effect everywhere on the next request. A session ends after {@link #IDLE} without a request.
 */
@ApplicationScoped
public class LoginSessions {
    static final Duration IDLE = Duration.ofHours(8);
    /** last_seen_at is refreshed at most this often, so that a busy editor costs one write a minute, not one per request. */
    static final Duration SEEN_RESOLUTION = Duration.ofMinutes(1);
    /** Sessions one account may hold at once; a new login ends the least recently used beyond it. */
    static final int MAX_PER_ACCOUNT = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    InstantSource clock;

    /** A session's account as it is now, and the session's own id (the token's hash). */
    public record Holder(AccountDirectory.Entry account, String sessionId) {
    }

    /** A new session of an active account; returns the cookie's token, which is never stored. */
    @Transactional
    public String start(String username) {
        Account account = Account.findByUsername(username).filter(a -> a.active)
                .orElseThrow(() -> new AccountRuleException(AccountRuleException.Problem.NO_SUCH_ACCOUNT));
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        OffsetDateTime now = now();
        LoginSession session = new LoginSession();
        session.tokenHash = ApiTokens.hash(token);
        session.account = account;
        session.createdAt = now;
        session.lastSeenAt = now;
        session.expiresAt = now.plus(IDLE);
        session.persist();
        LoginSession.<LoginSession>find("account = ?1 order by lastSeenAt desc, createdAt desc", account).range(MAX_PER_ACCOUNT, Integer.MAX_VALUE)
                .list().forEach(LoginSession::delete);
        return token;
    }

    /** Who a cookie's token stands for: an unexpired session of an active account; its idle time starts again. */
    @Transactional
    public Optional<Holder> use(String token) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        OffsetDateTime now = now();
        Optional<LoginSession> found = LoginSession.<LoginSession>find(
                "from LoginSession s join fetch s.account a where s.tokenHash = ?1 and s.expiresAt > ?2 and a.active = true",
                ApiTokens.hash(token), now).firstResultOptional();
        found.filter(s -> s.lastSeenAt.plus(SEEN_RESOLUTION).isBefore(now)).ifPresent(s -> {
            s.lastSeenAt = now;
            s.expiresAt = now.plus(IDLE);
        });
        return found.map(s -> new Holder(AccountDirectory.entryOf(s.account), s.tokenHash));
    }

    /** Logout: this session ends on every node. */
    @Transactional
    public void end(String token) {
        if (token != null && token.length() <= 100) {
            LoginSession.delete("tokenHash", ApiTokens.hash(token));
        }
    }

    /** Every session of the account ends except {@code keepSessionId} (null: all of them). Returns how many ended. */
    @Transactional(Transactional.TxType.MANDATORY)
    long endAllOf(Account account, String keepSessionId) {
        return keepSessionId == null ? LoginSession.delete("account", account)
                : LoginSession.delete("account = ?1 and tokenHash <> ?2", account, keepSessionId);
    }

    /** Deletes sessions whose time has passed; returns how many. */
    @Transactional
    long deleteExpired() {
        return LoginSession.delete("expiresAt <= ?1", now());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
