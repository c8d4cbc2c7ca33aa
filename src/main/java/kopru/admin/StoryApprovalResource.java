package kopru.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import kopru.account.Roles;
import kopru.i18n.Lang;
import kopru.story.ApprovalException;
import kopru.story.StatementApproval;
import kopru.story.StoryKeys;
import kopru.story.StoryNotFoundException;
import io.quarkus.security.identity.SecurityIdentity;
import org.jboss.resteasy.reactive.RestForm;

/** A second editor approves the current version of a statement's language version (a form on the story editor). */
@Path("/admin/story/approve")
@RolesAllowed(Roles.AUTHOR)
public class StoryApprovalResource {
    @Inject
    CurrentEditor editor;
    @Inject
    SecurityIdentity identity;
    @Inject
    StatementApproval approvals;

    @POST
    @Produces(MediaType.TEXT_HTML)
    public Response approve(@RestForm String key, @RestForm String lang) {
        AdminMessages msg = editor.msg();
        Lang language = Lang.of(lang).orElse(null);
        if (key == null || !StoryKeys.isValid(key) || language == null) {
            return refused(404, msg.storyMissing());
        }
        try {
            approvals.approve(key, language, editor.name(), identity.getRoles());
        } catch (StoryNotFoundException e) {
            return refused(404, msg.storyMissing());
        } catch (ApprovalException e) {
            return refused(e.forbidden ? 403 : 409, ApprovalTexts.problem(msg, e.problem));
        }
        return Response.seeOther(UriBuilder.fromPath("/admin/story").queryParam("key", key).queryParam("done", "saved").build()).build();
    }

    private Response refused(int status, String message) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(editor.localized(MediaTemplates.refused(new MediaViews.RefusedPage(editor.user(), editor.msg().refused(),
                        new Notice(null, message), "/admin/stories")))).build();
    }
}
