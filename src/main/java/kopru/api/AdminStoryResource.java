package kopru.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.List;
import kopru.account.Roles;
import kopru.admin.AdminMessages;
import kopru.i18n.Lang;
import kopru.platform.RequestBodyLimits;
import kopru.story.Actor;
import kopru.story.ApprovalException;
import kopru.story.PendingRevisions;
import kopru.story.Status;
import kopru.story.StoryDeletion;
import kopru.story.StoryEditing;
import kopru.story.StoryKeys;
import kopru.story.StoryNotFoundException;
import kopru.story.Workflow;
import kopru.story.WorkflowException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The write API: create and update stories, move language versions through the workflow, read revisions. */
@Path("/api/v1/admin/stories")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin", description = "Write API for editors (HTTP Basic or an API token)")
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
@SecurityScheme(securitySchemeName = "token", type = SecuritySchemeType.HTTP, scheme = "bearer")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "token")
@RolesAllowed(Roles.AUTHOR)
public class AdminStoryResource {
    @Inject
    StoryViews views;
    @Inject
    StoryEditing editing;
    @Inject
    StoryJsonReader reader;
    @Inject
    Workflow workflow;
    @Inject
    StoryDeletion deletion;
    @Inject
    SecurityIdentity identity;
    @Inject
    PendingRevisions pending;

    @GET
    @Path("/{key}")
    @Operation(summary = "A story with all its language versions, their status, version and translation status")
    @APIResponse(responseCode = "200", description = "the story")
    @APIResponse(responseCode = "404", description = "no such story")
    public StoryJson.StoryOut get(@PathParam("key") String key) {
        return views.story(checkedKey(key)).orElseThrow(() -> new StoryNotFoundException(key));
    }

    @PUT
    @Path("/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or update a story. Each article carries the version the editor started from")
    @RequestBody(description = "{\"kind\", \"tags\", \"original\", \"embargo\", \"articles\": {\"tr\": {\"title\", \"summary\", \"slug\", "
            + "\"dateline\", \"author\", \"body\", \"version\"}, \"kk\": {…}}}")
    @APIResponse(responseCode = "201", description = "created; the body is the story as GET returns it")
    @APIResponse(responseCode = "200", description = "updated; the body is the story as GET returns it")
    @APIResponse(responseCode = "202", description = "accepted, not live: a change to a published or scheduled version by an author "
            + "(or to a published statement) waits for an editor; the article's \"pending\" holds it, the rest is the live text")
    @APIResponse(responseCode = "400", description = "bad input; nothing was written")
    @APIResponse(responseCode = "403", description = "an author changed the kind, embargo or tags of a published or scheduled story")
    @APIResponse(responseCode = "409", description = "a version is stale, or a published story would become a statement; nothing was written")
    @APIResponse(responseCode = "413", description = "a body over 200,000 characters, or a request over 3 MB; nothing was written")
    public Response put(@PathParam("key") String key, String body) {
        String checked = checkedKey(key);
        if (body != null && body.length() > RequestBodyLimits.STORY_JSON) {
            // sent in chunks, without a Content-Length that RequestBodyLimits could refuse up front
            throw new ApiRefusal(413, msg -> msg.apiBodyTooLarge(RequestBodyLimits.shown(RequestBodyLimits.STORY_JSON)));
        }
        StoryEditing.Saved saved = editing.save(checked, reader.read(body), actor());
        int status = saved.created() ? 201 : saved.pending().isEmpty() ? 200 : 202;
        return Response.status(status).entity(views.story(checked).orElseThrow()).build();
    }

    @POST
    @Path("/{key}/{lang}/pending")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish or discard the change that waits for an editor (\"pending\" in GET): {\"action\": \"publish\" | "
            + "\"discard\", \"revision\": N}, N being the pending revision the editor reviewed")
    @APIResponse(responseCode = "200", description = "done; the body is the story")
    @APIResponse(responseCode = "403", description = "publishing needs the editor role; discarding needs it too unless it is your own change")
    @APIResponse(responseCode = "409", description = "no such pending revision (published, discarded or replaced meanwhile), or a statement "
            + "lacks another editor's approval")
    public StoryJson.StoryOut pending(@PathParam("key") String key, @PathParam("lang") String lang, String body) {
        StoryJson.PendingIn change = reader.pending(body);
        String checked = checkedKey(key);
        Lang language = StoryJsonReader.lang(lang, "URL");
        if ("publish".equals(change.action())) {
            pending.publish(checked, language, change.revision(), actor());
        } else {
            pending.discard(checked, language, change.revision(), actor());
        }
        return views.story(checked).orElseThrow();
    }

    @DELETE
    @Path("/{key}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Delete a story: it leaves the site, search and feeds; its key and slugs are never reused")
    @APIResponse(responseCode = "204", description = "deleted")
    @APIResponse(responseCode = "403", description = "only editors and admins delete")
    @APIResponse(responseCode = "404", description = "no such story")
    public Response delete(@PathParam("key") String key) {
        deletion.delete(checkedKey(key), identity.getPrincipal().getName());
        return Response.noContent().build();
    }

    @POST
    @Path("/{key}/{lang}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move one language version: to in-review, published, scheduled (with \"at\"), archived or draft")
    @APIResponse(responseCode = "200", description = "done; the body is the story")
    @APIResponse(responseCode = "403", description = "the role does not allow this move")
    @APIResponse(responseCode = "409", description = "the article's status does not allow this move")
    public StoryJson.StoryOut transition(@PathParam("key") String key, @PathParam("lang") String lang, String body) {
        StoryJson.TransitionIn move = reader.transition(body);
        if (move.to() == null) {
            throw new ApiBadRequest(msg -> msg.apiRequired("to"));
        }
        Status to = Status.of(move.to()).orElseThrow(() -> new ApiBadRequest(AdminMessages::apiStatus));
        OffsetDateTime at = StoryJsonReader.time(move.at(), "at");
        try {
            workflow.transition(checkedKey(key), StoryJsonReader.lang(lang, "URL"), to, at, identity.getPrincipal().getName(),
                    identity.getRoles());
        } catch (WorkflowException e) {
            // The refusal says no more than "not allowed"; a missing or past "at" deserves its own words.
            boolean noFutureTime = to == Status.SCHEDULED && (at == null || !at.isAfter(OffsetDateTime.now()));
            if (noFutureTime && !e.forbidden && !(e instanceof ApprovalException)) {
                throw new ApiRefusal(409, AdminMessages::apiScheduleTime);
            }
            throw e;
        }
        return views.story(key).orElseThrow();
    }

    @GET
    @Path("/{key}/{lang}/revisions")
    @Operation(summary = "Every saved revision of one language version, newest first")
    public List<StoryJson.RevisionOut> revisions(@PathParam("key") String key, @PathParam("lang") String lang) {
        Lang language = StoryJsonReader.lang(lang, "URL");
        return views.revisions(checkedKey(key), language);
    }

    private Actor actor() {
        return Actor.of(identity.getPrincipal().getName(), identity.getRoles());
    }

    private static String checkedKey(String key) {
        if (!StoryKeys.isValid(key)) {
            throw new ApiBadRequest(AdminMessages::problemBadKey);
        }
        return key;
    }
}
