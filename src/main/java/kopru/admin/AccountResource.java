package kopru.admin;

import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kopru.account.AccountRuleException;
import kopru.account.AccountService;
import kopru.i18n.Lang;
import org.jboss.resteasy.reactive.RestForm;

/** A user's own account: password and interface language. */
@Path("/admin/account")
public class AccountResource {
    private static final String PATH = "/admin/account";

    @Inject
    CurrentEditor editor;
    @Inject
    AccountService accounts;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@QueryParam("done") String done, @QueryParam("problem") String problem) {
        AdminMessages msg = editor.msg();
        return editor.localized(AdminTemplates.account(new AdminViews.AccountPage(editor.user(), msg.account(), Notice.of(msg, done, problem))));
    }

    @POST
    @Path("/password")
    public Response changePassword(@RestForm String current, @RestForm String replacement) {
        try {
            accounts.changePassword(editor.name(), current, replacement, editor.sessionId());
            return Response.seeOther(Notice.saved(PATH)).build();
        } catch (AccountRuleException e) {
            return Response.seeOther(Notice.problem(PATH, e)).build();
        }
    }

    @POST
    @Path("/lang")
    public Response changeLanguage(@RestForm String lang) {
        accounts.setUiLang(editor.name(), Lang.of(lang).orElse(Lang.TR));
        return Response.seeOther(Notice.saved(PATH)).build();
    }
}
