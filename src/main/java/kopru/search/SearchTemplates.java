package kopru.search;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Type-checked search templates (src/main/resources/templates/search/…). */
@CheckedTemplate(basePath = "search")
public class SearchTemplates {
    public static native TemplateInstance page(SearchPage page);
}
