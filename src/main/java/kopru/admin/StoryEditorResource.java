package kopru.admin;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import kopru.account.Roles;
import kopru.i18n.Lang;
import kopru.story.Actor;
import kopru.story.ApprovalException;
import kopru.story.LiveTextException;
import kopru.story.PendingRevisions;
import kopru.story.StaleEditException;
import kopru.story.Status;
import kopru.story.StoryDeletion;
import kopru.story.StoryEditing;
import kopru.story.StoryKeys;
import kopru.story.StoryNotFoundException;
import kopru.story.StoryRuleException;
import kopru.story.Workflow;
import kopru.story.WorkflowException;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The bilingual editor: one form saves the whole story through the same StoryEditing call as the write API;
 * a refused save re-shows the typed text (400, or 409 beside the other person's version when stale).
 */
@Path("/admin/story")
@Produces(MediaType.TEXT_HTML)
public class StoryEditorResource {
    @Inject
    CurrentEditor editor;
    @Inject
    SecurityIdentity identity;
    @Inject
    EditorPages pages;
    @Inject
    StoryEditing editing;
    @Inject
    Workflow workflow;
    @Inject
    StoryDeletion deletion;
    @Inject
    PendingRevisions pending;

    @GET
    public Response edit(@QueryParam("key") String key, @QueryParam("saved") String saved, @QueryParam("confirm") String confirm,
            @QueryParam("problem") String problem) {
        AdminMessages msg = editor.msg();
        String notice = saved == null ? null : switch (saved) {
            case "pending" -> msg.pendingSaved();
            case "published" -> msg.pendingPublished();
            case "discarded" -> msg.pendingDiscarded();
            default -> msg.saved();
        };
        List<String> problems = problem == null ? List.of() : List.of(transitionProblem(msg, problem));
        var extras = new EditorPages.Extras(problems, notice, false, "delete".equals(confirm));
        return pages.page(editor, identity, key, null, extras).map(page -> render(200, page)).orElseGet(() -> ProblemPages.notFound(editor));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(MultivaluedMap<String, String> fields) {
        AdminMessages msg = editor.msg();
        StoryForm form = StoryForm.read(fields);
        List<String> problems = form.problems(msg);
        String key = StoryKeys.isValid(form.key()) ? form.key() : null;
        if (!problems.isEmpty()) {
            return reshow(form.bodyTooLong() ? 413 : 400, key, form, new EditorPages.Extras(problems, null, false, false));
        }
        if (!"save".equals(fields.getFirst("action"))) {
            return reshow(200, key, form, EditorPages.Extras.NONE); // preview: the same page with the typed text rendered
        }
        try {
            StoryEditing.Saved saved = editing.save(form.key(), editing.withoutUnchanged(form.key(), form.draft()), actor());
            return Response.seeOther(URI.create("/admin/story?key=" + form.key() + "&saved=" + (saved.pending().isEmpty() ? "1" : "pending")))
                    .build();
        } catch (StoryRuleException e) {
            return reshow(400, key, form, new EditorPages.Extras(List.of(AdminTexts.problem(msg, e.problem)), null, false, false));
        } catch (LiveTextException e) {
            return reshow(e.forbidden ? 403 : 409, key, form,
                    new EditorPages.Extras(List.of(ApprovalTexts.problem(msg, e.problem)), null, false, false));
        } catch (StaleEditException e) {
            return reshow(409, key, form, new EditorPages.Extras(List.of(msg.problemStale()), null, true, false));
        }
    }

    @POST
    @Path("/transition")
    public Response transition(@RestForm String key, @RestForm String lang, @RestForm String to, @RestForm String at) {
        if (!StoryKeys.isValid(key)) {
            return ProblemPages.notFound(editor);
        }
        String back = "/admin/story?key=" + key;
        Status target = Status.of(to).orElse(null);
        Lang language = Lang.of(lang).orElse(null);
        OffsetDateTime time = at == null || at.isBlank() ? null : StoryForm.time(at);
        if (target == null || language == null || (at != null && !at.isBlank() && time == null)) {
            return Response.seeOther(URI.create(back + "&problem=input")).build();
        }
        if (target == Status.SCHEDULED && (time == null || !time.isAfter(OffsetDateTime.now()))) {
            return Response.seeOther(URI.create(back + "&problem=schedule")).build();
        }
        try {
            workflow.transition(key, language, target, time, editor.name(), identity.getRoles());
            return Response.seeOther(URI.create(back)).build();
        } catch (WorkflowException e) {
            return Response.seeOther(URI.create(back + "&problem=" + (e.forbidden ? "role" : "move"))).build();
        } catch (StoryNotFoundException e) {
            return ProblemPages.notFound(editor);
        }
    }

    /** Publishes or discards the change that waits for an editor; {@code revision} is the one the page showed. */
    @POST
    @Path("/pending")
    public Response pending(@RestForm String key, @RestForm String lang, @RestForm String revision, @RestForm String action) {
        Lang language = Lang.of(lang).orElse(null);
        if (!StoryKeys.isValid(key) || language == null || revision == null || !revision.strip().matches("[0-9]{1,9}")) {
            return ProblemPages.notFound(editor);
        }
        String back = "/admin/story?key=" + key;
        int number = Integer.parseInt(revision.strip());
        try {
            if ("publish".equals(action)) {
                pending.publish(key, language, number, actor());
                return Response.seeOther(URI.create(back + "&saved=published")).build();
            }
            pending.discard(key, language, number, actor());
            return Response.seeOther(URI.create(back + "&saved=discarded")).build();
        } catch (LiveTextException e) {
            return Response.seeOther(URI.create(back + "&problem=" + e.problem.name().toLowerCase(Locale.ROOT))).build();
        } catch (ApprovalException e) {
            return Response.seeOther(URI.create(back + "&problem=approval")).build();
        } catch (StoryNotFoundException e) {
            return ProblemPages.notFound(editor);
        }
    }

    @POST
    @Path("/delete")
    @RolesAllowed(Roles.EDITOR)
    public Response delete(@RestForm String key) {
        if (!StoryKeys.isValid(key)) {
            return ProblemPages.notFound(editor);
        }
        try {
            deletion.delete(key, editor.name());
            return Response.seeOther(URI.create("/admin/stories?deleted=" + URLEncoder.encode(key, StandardCharsets.UTF_8))).build();
        } catch (StoryNotFoundException e) {
            return ProblemPages.notFound(editor);
        }
    }

    private Response reshow(int status, String key, StoryForm form, EditorPages.Extras extras) {
        return pages.page(editor, identity, key, form, extras).map(page -> render(status, page)).orElseGet(() -> ProblemPages.notFound(editor));
    }

    private Response render(int status, EditorViews.EditorPage page) {
        TemplateInstance html = editor.localized(AdminTemplates.story(page));
        return Response.status(status).entity(html).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    private Actor actor() {
        return Actor.of(editor.name(), identity.getRoles());
    }

    private static String transitionProblem(AdminMessages msg, String code) {
        return switch (code) {
            case "schedule" -> msg.problemScheduleTime();
            case "role" -> msg.problemTransitionRole();
            case "move" -> msg.problemTransition();
            case "approval" -> msg.approvalMissing();
            case "no_pending" -> msg.liveNoPending();
            case "pending_needs_editor" -> msg.livePendingNeedsEditor();
            default -> msg.problemInput();
        };
    }
}
