package kopru.admin;

import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The first page after login. */
@Path("/admin")
@Produces(MediaType.TEXT_HTML)
public class DashboardResource {
    @Inject
    CurrentEditor editor;

    @GET
    public TemplateInstance dashboard() {
        return editor.localized(AdminTemplates.dashboard(new AdminViews.DashboardPage(editor.user(), editor.msg().dashboard())));
    }
}
