package kopru.site;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Type-checked public templates (src/main/resources/templates/site/…): the build fails when they disagree with the code. */
@CheckedTemplate(basePath = "site")
public class Templates {
    public static native TemplateInstance list(ListPage page);

    public static native TemplateInstance article(ArticlePage page);

    public static native TemplateInstance error(ErrorPage page);
}
