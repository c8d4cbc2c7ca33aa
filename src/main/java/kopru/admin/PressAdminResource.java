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
import jakarta.ws.rs.core.UriBuilder;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kopru.account.Roles;
import kopru.i18n.Lang;
import kopru.story.PressFields;
import kopru.story.PressRuleException;
import kopru.story.StoryKeys;
import kopru.story.StoryNotFoundException;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The press-release fields of one story (/admin/press?key=K): media contacts, "about" per language and
 * attachments from the media library. A plain form: each row's fields come as parallel lists, and blank rows
 * are left out, so new rows need no JavaScript.
 */
@Path("/admin/press")
@RolesAllowed(Roles.AUTHOR)
public class PressAdminResource {
    @Inject
    CurrentEditor editor;
    @Inject
    PressFields press;
    @Inject
    PressViews views;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(@QueryParam("key") String key, @QueryParam("done") String done) {
        AdminMessages msg = editor.msg();
        return views.stored(key, editor.user(), msg, new Notice("saved".equals(done) ? msg.saved() : null, null))
                .map(page -> Response.ok(render(page)).build())
                .orElseGet(() -> missing());
    }

    @POST
    @Produces(MediaType.TEXT_HTML)
    public Response save(@RestForm String key, @RestForm String stamp,
            @RestForm List<String> contactName, @RestForm List<String> contactRoleTr, @RestForm List<String> contactRoleKk,
            @RestForm List<String> contactPhone, @RestForm List<String> contactEmail,
            @RestForm String aboutTr, @RestForm String aboutKk,
            @RestForm List<String> attachmentMedia, @RestForm List<String> attachmentTitleTr, @RestForm List<String> attachmentTitleKk) {
        if (key == null || !StoryKeys.isValid(key)) {
            return missing();
        }
        List<PressFields.Contact> contacts = new ArrayList<>();
        for (int i = 0; i < contactName.size(); i++) {
            PressFields.Contact c = new PressFields.Contact(contactName.get(i), at(contactRoleTr, i), at(contactRoleKk, i),
                    at(contactPhone, i), at(contactEmail, i));
            if (!blank(c.name(), c.roleTr(), c.roleKk(), c.phone(), c.email())) {
                contacts.add(c);
            }
        }
        List<PressFields.Attachment> attachments = new ArrayList<>();
        for (int i = 0; i < attachmentMedia.size(); i++) {
            PressFields.Attachment a = new PressFields.Attachment(attachmentMedia.get(i), at(attachmentTitleTr, i), at(attachmentTitleKk, i));
            if (!blank(a.hash(), a.titleTr(), a.titleKk())) {
                attachments.add(a);
            }
        }
        Map<Lang, String> about = new EnumMap<>(Lang.class);
        about.put(Lang.TR, aboutTr);
        about.put(Lang.KK, aboutKk);
        PressFields.Draft draft = new PressFields.Draft(contacts, about, attachments);
        try {
            press.save(key, draft, stamp, editor.name());
        } catch (StoryNotFoundException e) {
            return missing();
        } catch (PressRuleException e) {
            // The form again with what was typed, and what is wrong with it.
            AdminMessages msg = editor.msg();
            return views.submitted(key, draft, stamp, editor.user(), msg, new Notice(null, PressViews.problem(msg, e)))
                    .map(page -> Response.status(e.problem.status).type(MediaType.TEXT_HTML_TYPE).entity(render(page)).build())
                    .orElseGet(() -> missing());
        }
        return Response.seeOther(UriBuilder.fromPath("/admin/press").queryParam("key", key).queryParam("done", "saved").build()).build();
    }

    private TemplateInstance render(PressViews.PressPage page) {
        return editor.localized(MediaTemplates.press(page));
    }

    private Response missing() {
        AdminMessages msg = editor.msg();
        return Response.status(404).type(MediaType.TEXT_HTML_TYPE).entity(editor.localized(MediaTemplates.refused(
                new MediaViews.RefusedPage(editor.user(), msg.refused(), new Notice(null, msg.storyMissing()), "/admin/stories")))).build();
    }

    private static String at(List<String> values, int i) {
        return i < values.size() ? values.get(i) : null;
    }

    private static boolean blank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
