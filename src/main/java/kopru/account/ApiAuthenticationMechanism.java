package kopru.account;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.BasicAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Set;

/**
 * Credentials of the JSON API, read on the API's own paths only: HTTP Basic or an API token
 * ({@code Authorization: Bearer}, RFC 6750) under /api/v1/admin, a partner token under /api/v1/partner.
 *
 * <p>Why scoped by path: Quarkus authenticates proactively, so a mechanism that read every request would answer
 * a wrong header on a public page with 401. Lazy authentication ({@code quarkus.http.auth.proactive=false}) is no
 * way out here: a failed form login then reaches RESTEasy Reactive's auth-failure handler after the form body was
 * consumed, and the login page answers 500 ("Request has already been read") instead of redirecting.
 */
@ApplicationScoped
public class ApiAuthenticationMechanism implements HttpAuthenticationMechanism {
    /** The name application.properties selects this mechanism by ({@code auth-mechanism=kopru-api}). */
    static final String NAME = "kopru-api";
    static final String WRITE_API = "/api/v1/admin";
    static final String PARTNER_API = "/api/v1/partner";
    private static final String BEARER = "bearer ";

    private final BasicAuthenticationMechanism basic = new BasicAuthenticationMechanism("kopru", false);

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String path = context.normalizedPath();
        boolean writeApi = under(path, WRITE_API);
        if (!writeApi && !under(path, PARTNER_API)) {
            return Uni.createFrom().nullItem();
        }
        String header = context.request().getHeader(HttpHeaderNames.AUTHORIZATION);
        if (header != null && header.length() > BEARER.length()
                && header.substring(0, BEARER.length()).toLowerCase(Locale.ROOT).equals(BEARER)) {
            ApiTokenRequest request = new ApiTokenRequest(header.substring(BEARER.length()).strip());
            HttpSecurityUtils.setRoutingContextAttribute(request, context);
            return identities.authenticate(request);
        }
        return writeApi ? basic.authenticate(context, identities) : Uni.createFrom().nullItem();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        if (under(context.normalizedPath(), WRITE_API)) {
            return basic.getChallenge(context);
        }
        return Uni.createFrom().item(new ChallengeData(HttpResponseStatus.UNAUTHORIZED.code(), HttpHeaderNames.WWW_AUTHENTICATE,
                "Bearer realm=\"kopru\""));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(ApiTokenRequest.class, UsernamePasswordAuthenticationRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, NAME));
    }

    private static boolean under(String path, String root) {
        return path != null && (path.equals(root) || path.startsWith(root + "/"));
    }
}
