package kopru.admin;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Admin answers that are not the page asked for, in the user's language. */
final class ProblemPages {
    private ProblemPages() {
    }

    static Response notFound(CurrentEditor editor) {
        AdminMessages msg = editor.msg();
        return Response.status(404).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(editor.localized(AdminTemplates.problem(new EditorViews.ProblemPage(editor.user(), msg.notFound(), msg.noSuchStory()))))
                .build();
    }
}
