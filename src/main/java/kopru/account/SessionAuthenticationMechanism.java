package kopru.account;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.MultiMap;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Form login and the session cookie of the newsroom (/admin), in place of Quarkus' encrypted-cookie form login:
 * the login form posts to {@value #LOGIN_POST}; a right password starts a session in the database
 * ({@link LoginSessions}) and sets its random token as an HttpOnly, SameSite=Strict cookie (Secure when the request
 * came over TLS); any other outcome goes back to the login page with what went wrong. The cookie is read on /admin
 * paths only; an unknown or ended session is simply no login, which sends the browser to the login page.
 */
@ApplicationScoped
public class SessionAuthenticationMechanism implements HttpAuthenticationMechanism {
    /** The name application.properties selects this mechanism by ({@code auth-mechanism=kopru-session}). */
    static final String NAME = "kopru-session";
    public static final String COOKIE = "kopru-session";
    static final String LOGIN_POST = "/j_security_check";
    static final String LOGIN_PAGE = "/admin/login";
    static final String LANDING_PAGE = "/admin";
    private static final Logger LOG = Logger.getLogger(SessionAuthenticationMechanism.class);

    @Inject
    LoginSessions sessions;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String path = context.normalizedPath();
        if (LOGIN_POST.equals(path) && context.request().method() == HttpMethod.POST) {
            return formLogin(context, identities);
        }
        Cookie cookie = context.request().getCookie(COOKIE);
        if (cookie == null || cookie.getValue().isEmpty() || path == null || !(path.equals("/admin") || path.startsWith("/admin/"))) {
            return Uni.createFrom().nullItem();
        }
        SessionRequest request = new SessionRequest(cookie.getValue());
        HttpSecurityUtils.setRoutingContextAttribute(request, context);
        // An ended session is no login (not a failure), so that the login page itself still opens.
        return identities.authenticate(request).onFailure(AuthenticationFailedException.class).recoverWithNull();
    }

    /** Answers the login form itself (a redirect with or without a new session) and completes without an identity. */
    private Uni<SecurityIdentity> formLogin(RoutingContext context, IdentityProviderManager identities) {
        return formOf(context).flatMap(form -> {
            String username = form.get("j_username");
            String password = form.get("j_password");
            if (username == null || password == null) {
                return redirect(context, LOGIN_PAGE + "?error=1");
            }
            UsernamePasswordAuthenticationRequest request = new UsernamePasswordAuthenticationRequest(username,
                    new PasswordCredential(password.toCharArray()));
            HttpSecurityUtils.setRoutingContextAttribute(request, context);
            return identities.authenticate(request)
                    .flatMap(identity -> Uni.createFrom().item(() -> sessions.start(identity.getPrincipal().getName()))
                            .runSubscriptionOn(Infrastructure.getDefaultWorkerPool()))
                    .flatMap(token -> {
                        context.response().addCookie(Cookie.cookie(COOKIE, token).setPath("/").setHttpOnly(true)
                                .setSameSite(CookieSameSite.STRICT).setSecure(context.request().isSSL()));
                        return redirect(context, LANDING_PAGE);
                    })
                    .onFailure().recoverWithUni(failure -> redirect(context, LOGIN_PAGE + "?" + errorQuery(failure)));
        });
    }

    private static String errorQuery(Throwable failure) {
        var refusal = LoginRefusal.of(failure);
        if (refusal.isPresent()) {
            return switch (refusal.get().reason()) {
                case WRONG -> "error=1";
                case NAME_TOO_LONG -> "error=name";
                case THROTTLED -> "error=wait&seconds=" + Math.max(1, (refusal.get().waitFor().toMillis() + 999) / 1000);
            };
        }
        if (!(failure instanceof AuthenticationFailedException)) {
            LOG.error("Login failed unexpectedly", failure);
        }
        return "error=1";
    }

    private static Uni<MultiMap> formOf(RoutingContext context) {
        context.request().setExpectMultipart(true);
        return Uni.createFrom().emitter(emitter -> {
            context.request().endHandler(done -> emitter.complete(context.request().formAttributes()));
            context.request().exceptionHandler(emitter::fail);
            context.request().resume();
        });
    }

    private static Uni<SecurityIdentity> redirect(RoutingContext context, String location) {
        context.response().setStatusCode(302).putHeader(HttpHeaderNames.LOCATION, location).end();
        return Uni.createFrom().nullItem();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(302, HttpHeaderNames.LOCATION, LOGIN_PAGE));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(SessionRequest.class, UsernamePasswordAuthenticationRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.COOKIE, NAME));
    }
}
