package kopru.admin;

import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
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
import kopru.account.Account;
import kopru.account.LoginSessions;
import kopru.account.SessionAuthenticationMechanism;
import kopru.i18n.Lang;
import kopru.i18n.LanguageNegotiation;

/** The login page (the form posts to /j_security_check, see SessionAuthenticationMechanism) and logout. */
@Path("/admin")
public class LoginResource {
    /** The longest wait the throttle ever asks for, so that a hand-made URL cannot show a silly number. */
    private static final long MAX_WAIT_SECONDS = 15 * 60;

    @Inject
    LoginSessions sessions;

    @GET
    @Path("/login")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance login(@QueryParam("error") String error, @QueryParam("seconds") String seconds,
            @Context HttpServerRequest request) {
        var cookie = request.getCookie(LanguageNegotiation.COOKIE);
        Lang lang = LanguageNegotiation.choose(cookie == null ? null : cookie.getValue(), request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        AdminMessages msg = AdminTexts.of(lang);
        String text = error == null ? null : switch (error) {
            case "wait" -> msg.loginThrottled(waitSeconds(seconds));
            case "name" -> msg.loginNameTooLong(Account.MAX_USERNAME);
            default -> msg.loginFailed();
        };
        return AdminTemplates.login(new AdminViews.LoginPage(lang.code(), msg.login(), text)).setLocale(lang.locale());
    }

    /** A POST with the CSRF token, so another site cannot log people out. The session ends on every node. */
    @POST
    @Path("/logout")
    public Response logout(@CookieParam(SessionAuthenticationMechanism.COOKIE) String token) {
        sessions.end(token);
        NewCookie gone = new NewCookie.Builder(SessionAuthenticationMechanism.COOKIE).path("/").value("").maxAge(0).httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).build();
        return Response.seeOther(URI.create("/admin/login")).cookie(gone).build();
    }

    private static long waitSeconds(String seconds) {
        try {
            return Math.min(MAX_WAIT_SECONDS, Math.max(1, Long.parseLong(seconds == null ? "" : seconds)));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
