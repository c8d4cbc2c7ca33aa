package kopru.admin;

import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import kopru.account.Roles;
import kopru.audit.AuditLog;

/** The audit log, newest first, for admins. */
@Path("/admin/audit")
@RolesAllowed(Roles.ADMIN)
public class AuditResource {
    private static final int SIZE = 50;

    @Inject
    CurrentEditor editor;
    @Inject
    AuditLog audit;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@QueryParam("page") String pageParam) {
        int page = parsePage(pageParam);
        var found = audit.latest(page - 1, SIZE + 1);
        var rows = found.stream().limit(SIZE)
                .map(r -> new AdminViews.AuditRow(AdminTexts.bothZones(r.at()), r.actor(), r.action(), r.subject(), r.detail())).toList();
        return editor.localized(AdminTemplates.audit(new AdminViews.AuditPage(editor.user(), editor.msg().audit(), rows,
                page > 1 ? page - 1 : null, found.size() > SIZE ? page + 1 : null)));
    }

    private static int parsePage(String value) {
        try {
            return value == null ? 1 : Math.max(1, Math.min(100_000, Integer.parseInt(value)));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
