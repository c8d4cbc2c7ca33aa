package kopru.admin;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import kopru.i18n.LanguageNegotiation;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every state-changing request under /admin carries a CSRF token, whatever its content type. quarkus-rest-csrf checks
 * the token of a form (its hidden field) and of any request that sends the {@value #TOKEN_HEADER} header, but lets a
 * body of any other type through unchecked (it would otherwise refuse the write API's JSON, which authenticates with
 * Basic or tokens, not cookies, and so needs no CSRF token). This filter refuses, on the cookie-authenticated /admin
 * paths only, what would slip through: no form and no token header.
 */
class AdminCsrfGuard {
    static final String TOKEN_HEADER = "X-CSRF-TOKEN";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @ServerRequestFilter(preMatching = true)
    public Response requireToken(ContainerRequestContext request, RoutingContext http) {
        String path = http.normalizedPath();
        if (SAFE_METHODS.contains(request.getMethod()) || path == null || !(path.equals("/admin") || path.startsWith("/admin/"))) {
            return null;
        }
        MediaType type = request.getMediaType();
        boolean form = type != null && (sameType(type, MediaType.APPLICATION_FORM_URLENCODED_TYPE) || sameType(type, MediaType.MULTIPART_FORM_DATA_TYPE));
        if (form || request.getHeaderString(TOKEN_HEADER) != null) {
            return null; // quarkus-rest-csrf compares the token with the cookie
        }
        var cookie = http.request().getCookie(LanguageNegotiation.COOKIE);
        var lang = LanguageNegotiation.choose(cookie == null ? null : cookie.getValue(), request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                .entity(AdminTexts.of(lang).csrfMissing()).build();
    }

    /** Compared exactly as quarkus-rest-csrf compares them, so that no spelling counts as a form here and not there. */
    private static boolean sameType(MediaType type, MediaType expected) {
        return type.getType().equals(expected.getType()) && type.getSubtype().equals(expected.getSubtype());
    }
}
