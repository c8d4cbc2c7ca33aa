package kopru.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Type-checked admin templates (src/main/resources/templates/admin/…). */
@CheckedTemplate(basePath = "admin")
public class AdminTemplates {
    public static native TemplateInstance login(AdminViews.LoginPage page);

    public static native TemplateInstance dashboard(EditorViews.DashboardPage page);

    public static native TemplateInstance stories(EditorViews.ListPage page);

    public static native TemplateInstance story(EditorViews.EditorPage page);

    public static native TemplateInstance revisions(EditorViews.RevisionsPage page);

    public static native TemplateInstance diff(EditorViews.DiffPage page);

    public static native TemplateInstance problem(EditorViews.ProblemPage page);

    public static native TemplateInstance account(AdminViews.AccountPage page);

    public static native TemplateInstance users(AdminViews.UsersPage page);

    public static native TemplateInstance audit(AdminViews.AuditPage page);
}
