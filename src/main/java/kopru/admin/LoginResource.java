package kopru.admin;

import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import kopru.account.LoginThrottle;
import kopru.i18n.Lang;
import kopru.i18n.LanguageNegotiation;

/** The login page (the form posts to Quarkus' /j_security_check) and logout. */
@Path("/admin")
public class LoginResource {
    static final String SESSION_COOKIE = "kopru-session";

    @Inject
    LoginThrottle throttle;

    @GET
    @Path("/login")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance login(@QueryParam("error") String error, @Context HttpServerRequest request) {
        var cookie = request.getCookie(LanguageNegotiation.COOKIE);
        Lang lang = LanguageNegotiation.choose(cookie == null ? null : cookie.getValue(), request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        AdminMessages msg = AdminTexts.of(lang);
        String text = null;
        if (error != null) {
            String address = request.remoteAddress() == null ? "" : request.remoteAddress().host();
            Duration wait = throttle.waitForAddress(address, Instant.now());
            text = wait.isZero() ? msg.loginFailed() : msg.loginThrottled(Math.max(1, (wait.toMillis() + 999) / 1000));
        }
        return AdminTemplates.login(new AdminViews.LoginPage(lang.code(), msg.login(), text)).setLocale(lang.locale());
    }

    /** A POST with the CSRF token, so another site cannot log people out; the session cookie is simply dropped. */
    @POST
    @Path("/logout")
    public Response logout() {
        NewCookie gone = new NewCookie.Builder(SESSION_COOKIE).path("/").value("").maxAge(0).httpOnly(true).build();
        return Response.seeOther(URI.create("/admin/login")).cookie(gone).build();
    }
}
