package kopru.account;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The identity behind a bearer token: an account token gets its account's roles as they are now; a partner
 * token gets the partner role only, under the name "partner:NAME", so it can never pass for an account.
 */
@ApplicationScoped
public class ApiTokenIdentityProvider implements IdentityProvider<ApiTokenRequest> {
    @Inject
    ApiTokens tokens;

    @Override
    public Class<ApiTokenRequest> getRequestType() {
        return ApiTokenRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiTokenRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> tokens.use(request.secret(), OffsetDateTime.now(ZoneOffset.UTC))
                .map(ApiTokenIdentityProvider::identity)
                .orElseThrow(() -> new AuthenticationFailedException("unknown, revoked or inactive token")));
    }

    private static SecurityIdentity identity(ApiTokens.Holder holder) {
        if (ApiToken.PARTNER.equals(holder.scope())) {
            return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(ApiTokens.PARTNER_ROLE + ":" + holder.name()))
                    .addRole(ApiTokens.PARTNER_ROLE).build();
        }
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(holder.name()))
                .addRoles(Roles.implied(holder.roles())).build();
    }
}
