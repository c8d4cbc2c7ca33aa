package kopru.account;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The identity behind a login session cookie. Read from the database on each request, so that a
 * deactivated account or a changed role takes effect at once, not when the cookie expires.
 */
@ApplicationScoped
@io.quarkus.arc.Unremovable
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {
    @Inject
    AccountDirectory accounts;

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return 2000; // above security-jpa's own providers (1001)
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> accounts.find(request.getPrincipal())
                .filter(AccountDirectory.Entry::active)
                .map(AccountIdentities::of)
                .orElseThrow(() -> new AuthenticationFailedException("no active account")));
    }
}
