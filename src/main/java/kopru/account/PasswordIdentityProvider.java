package kopru.account;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import kopru.audit.AuditLog;

/**
 * Password logins (the login form and HTTP Basic). Takes precedence over security-jpa's own provider
 * because it also refuses inactive accounts and throttles repeated failures per account and address.
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
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        String address = http == null || http.request().remoteAddress() == null ? "" : http.request().remoteAddress().host();
        // Only the login form is audited: HTTP Basic authenticates every API call.
        boolean formLogin = http != null && http.normalizedPath().endsWith("/j_security_check");
        return context.runBlocking(() -> check(request.getUsername(), request.getPassword().getPassword(), address, formLogin));
    }

    private SecurityIdentity check(String username, char[] password, String address, boolean audited) {
        Instant now = Instant.now();
        if (!throttle.wait(username, address, now).isZero()) {
            throw new AuthenticationFailedException("too many failed logins; wait");
        }
        Optional<AccountDirectory.Entry> account = accounts.find(username);
        if (account.isEmpty() || !account.get().active() || !PasswordCheck.matches(account.get().passwordHash(), password)) {
            throttle.failed(username, address, now);
            if (audited) {
                audit.record(safe(username), AuditLog.LOGIN_FAILED, address, null);
            }
            throw new AuthenticationFailedException("wrong user name or password, or inactive account");
        }
        throttle.succeeded(username, address);
        if (audited) {
            audit.record(account.get().username(), AuditLog.LOGIN, address, null);
        }
        return AccountIdentities.of(account.get());
    }

    private static String safe(String username) {
        return username == null ? "" : username.length() > 100 ? username.substring(0, 100) : username;
    }
}
