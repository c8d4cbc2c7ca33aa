package kopru.account;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import kopru.account.TokenRuleException.Problem;
import kopru.audit.AuditLog;

/**
 * API tokens: admins create and revoke them; the security layer looks them up. A secret is 256 random bits,
 * so a plain SHA-256 of it is enough to store (unlike a password it cannot be guessed from a dictionary).
 */
@ApplicationScoped
public class ApiTokens {
    /** The role of every partner token, and the only one it has. */
    public static final String PARTNER_ROLE = "partner";
    static final String PREFIX = "kopru_";
    static final int MAX_LABEL = 100;
    private static final Pattern PARTNER_NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._-]{0,99}");
    /** last_used_at is a hint for admins, not a log: one write per token and minute is plenty. */
    private static final Duration USE_RESOLUTION = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    AuditLog audit;

    /** One row of the tokens page; {@code holder} is the account name or the partner name. */
    public record TokenRow(long id, String scope, String label, String holder, String createdBy, OffsetDateTime createdAt,
            OffsetDateTime lastUsedAt, OffsetDateTime revokedAt) {
    }

    /** What a valid token stands for when it is used. */
    public record Holder(String scope, String name, String roles) {
    }

    /** A new token of an account; returns the secret, which is never seen again. */
    @Transactional
    public String createForAccount(String label, String username, String by) {
        Account account = Optional.ofNullable(username).filter(u -> u.length() <= 100).flatMap(Account::findByUsername)
                .filter(a -> a.active).orElseThrow(() -> new TokenRuleException(Problem.NO_SUCH_ACCOUNT));
        ApiToken token = token(ApiToken.ACCOUNT, label, by);
        token.account = account;
        return persist(token, account.username);
    }

    /** A new partner token; returns the secret, which is never seen again. */
    @Transactional
    public String createForPartner(String label, String partner, String by) {
        String name = partner == null ? "" : partner.strip();
        if (!PARTNER_NAME.matcher(name).matches()) {
            throw new TokenRuleException(Problem.BAD_PARTNER);
        }
        ApiToken token = token(ApiToken.PARTNER, label, by);
        token.partner = name;
        return persist(token, PARTNER_ROLE + ":" + name);
    }

    @Transactional
    public void revoke(long id, String by) {
        ApiToken token = ApiToken.<ApiToken>findByIdOptional(id).filter(t -> t.revokedAt == null)
                .orElseThrow(() -> new TokenRuleException(Problem.NO_SUCH_TOKEN));
        token.revokedAt = OffsetDateTime.now(ZoneOffset.UTC);
        audit.record(by, AuditLog.TOKEN_REVOKED, token.label, holder(token));
    }

    /** Newest first, revoked ones included so that admins see what existed. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TokenRow> list() {
        return ApiToken.<ApiToken>listAll(Sort.descending("id")).stream().map(t -> new TokenRow(t.id, t.scope, t.label, holder(t),
                t.createdBy, t.createdAt, t.lastUsedAt, t.revokedAt)).toList();
    }

    /**
     * Who a secret stands for: an unrevoked token of an active account (with that account's roles now) or
     * of a partner. Empty for anything else.
     */
    @Transactional
    public Optional<Holder> use(String secret, OffsetDateTime now) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 200) {
            return Optional.empty();
        }
        Optional<ApiToken> found = ApiToken.<ApiToken>find("secretHash = ?1 and revokedAt is null", hash(secret)).firstResultOptional()
                .filter(t -> t.account == null || t.account.active);
        found.filter(t -> t.lastUsedAt == null || t.lastUsedAt.plus(USE_RESOLUTION).isBefore(now)).ifPresent(t -> t.lastUsedAt = now);
        return found.map(t -> t.account != null ? new Holder(ApiToken.ACCOUNT, t.account.username, t.account.roles)
                : new Holder(ApiToken.PARTNER, t.partner, PARTNER_ROLE));
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static ApiToken token(String scope, String label, String by) {
        String checked = label == null ? "" : label.strip();
        if (checked.isEmpty() || checked.length() > MAX_LABEL || checked.chars().anyMatch(Character::isISOControl)) {
            throw new TokenRuleException(Problem.BAD_LABEL);
        }
        ApiToken token = new ApiToken();
        token.scope = scope;
        token.label = checked;
        token.createdBy = by;
        token.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        return token;
    }

    private String persist(ApiToken token, String holder) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        token.secretHash = hash(secret);
        token.persist();
        audit.record(token.createdBy, AuditLog.TOKEN_CREATED, token.label, holder);
        return secret;
    }

    private static String holder(ApiToken token) {
        return token.account != null ? token.account.username : PARTNER_ROLE + ":" + token.partner;
    }
}
