package kopru.admin;

import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;
import kopru.account.AccountRuleException;
import kopru.account.AccountService;
import kopru.account.Roles;
import kopru.i18n.Lang;
import org.jboss.resteasy.reactive.RestForm;

/** User management, for admins: create, change role, deactivate. */
@Path("/admin/users")
@RolesAllowed(Roles.ADMIN)
public class UsersResource {
    private static final String PATH = "/admin/users";

    @Inject
    CurrentEditor editor;
    @Inject
    AccountService accounts;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@QueryParam("done") String done, @QueryParam("problem") String problem) {
        AdminMessages msg = editor.msg();
        var rows = accounts.list().stream()
                .map(a -> new AdminViews.UserRow(a.username(), a.role(), a.active(), AdminTexts.bothZones(a.createdAt()))).toList();
        return editor.localized(AdminTemplates.users(new AdminViews.UsersPage(editor.user(), msg.users(), Notice.of(msg, done, problem), rows)));
    }

    @POST
    public Response create(@RestForm String username, @RestForm String password, @RestForm String role, @RestForm String lang) {
        return change(() -> {
            accounts.create(username, password, role, Lang.of(lang).orElse(Lang.TR), editor.name());
            return null;
        });
    }

    @POST
    @Path("/role")
    public Response role(@RestForm String username, @RestForm String role) {
        return change(() -> {
            accounts.setRole(username, role, editor.name());
            return null;
        });
    }

    @POST
    @Path("/active")
    public Response active(@RestForm String username, @RestForm String active) {
        return change(() -> {
            accounts.setActive(username, Boolean.parseBoolean(active), editor.name());
            return null;
        });
    }

    private static Response change(Supplier<Void> action) {
        try {
            action.get();
            return Response.seeOther(Notice.saved(PATH)).build();
        } catch (AccountRuleException e) {
            return Response.seeOther(Notice.problem(PATH, e)).build();
        }
    }
}
