package kopru.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Type-checked templates of the media library and the press-release fields (templates/admin/…). */
@CheckedTemplate(basePath = "admin")
class MediaTemplates {
    static native TemplateInstance media(MediaViews.MediaPage page);

    static native TemplateInstance press(PressViews.PressPage page);

    static native TemplateInstance refused(MediaViews.RefusedPage page);
}
