package kopru.account;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The identity behind a login session cookie. Read from the database on each request, so that an ended session, a
 * deactivated account or a changed role takes effect at once, on every node.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<SessionRequest> {
    /** The identity attribute that names the session of the request (see {@link AccountService#changePassword}). */
    public static final String SESSION_ID = "kopru.session-id";

    @Inject
    LoginSessions sessions;

    @Override
    public Class<SessionRequest> getRequestType() {
        return SessionRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(SessionRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> sessions.use(request.token())
                .map(holder -> (SecurityIdentity) QuarkusSecurityIdentity.builder(AccountIdentities.of(holder.account()))
                        .addAttribute(SESSION_ID, holder.sessionId()).build())
                .orElseThrow(() -> new AuthenticationFailedException("no such session")));
    }
}
