package kopru.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import kopru.account.LoginRefusal.Reason;
import kopru.audit.AuditLog;

/**
 * Password logins (the login form and HTTP Basic). Takes precedence over security-jpa's own provider because it
 * also refuses inactive accounts, throttles repeated failures per account and address, and takes as long for a name
 * that does not exist as for one that does.
 */
@ApplicationScoped
@io.quarkus.arc.Unremovable
public class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {
    @Inject
    AccountDirectory accounts;
    @Inject
    LoginThrottle throttle;
    @Inject
    AuditLog audit;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return 2000; // above security-jpa's own providers (1001)
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        String username = request.getUsername();
        char[] password = request.getPassword().getPassword();
        if (username == null || username.length() > Account.MAX_USERNAME) {
            return Uni.createFrom().failure(LoginRefusal.failure(Reason.NAME_TOO_LONG, Duration.ZERO));
        }
        if (password.length > PasswordPolicy.MAX_LENGTH) { // no account has one: refused before the hash does any work
            return Uni.createFrom().failure(LoginRefusal.failure(Reason.WRONG, Duration.ZERO));
        }
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        String address = http == null || http.request().remoteAddress() == null ? "" : http.request().remoteAddress().host();
        // Only the login form is audited: HTTP Basic authenticates every API call.
        boolean formLogin = http != null && http.normalizedPath().endsWith("/j_security_check");
        return context.runBlocking(() -> check(username, password, address, formLogin));
    }

    private SecurityIdentity check(String username, char[] password, String address, boolean audited) {
        Duration wait = throttle.reserve(username, address);
        if (!wait.isZero()) {
            throw LoginRefusal.failure(Reason.THROTTLED, wait);
        }
        Optional<AccountDirectory.Entry> account = accounts.find(username);
        // Unknown names are checked against a hash of the same cost, so that the answer does not come faster for them.
        boolean matches = PasswordCheck.matches(account.map(AccountDirectory.Entry::passwordHash).orElse(DummyHash.VALUE), password);
        if (!matches || account.isEmpty() || !account.get().active()) {
            if (audited) {
                audit.record(username, AuditLog.LOGIN_FAILED, address, null);
            }
            throw LoginRefusal.failure(Reason.WRONG, Duration.ZERO);
        }
        throttle.succeeded(username, address);
        if (audited) {
            audit.record(account.get().username(), AuditLog.LOGIN, address, null);
        }
        return AccountIdentities.of(account.get());
    }

    /** A bcrypt hash of a random password, made as {@link Account#setPassword} makes them (same cost), once per process. */
    private static final class DummyHash {
        static final String VALUE;

        static {
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            VALUE = BcryptUtil.bcryptHash(Base64.getEncoder().encodeToString(random));
        }
    }
}
