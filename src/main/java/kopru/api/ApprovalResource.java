package kopru.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kopru.account.Roles;
import kopru.admin.AdminMessages;
import kopru.story.StatementApproval;
import kopru.story.StoryKeys;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A second editor's approval of a statement's language version, as the write API offers it. */
@Path("/api/v1/admin/stories/{key}/{lang}/approval")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "token")
@RolesAllowed(Roles.AUTHOR)
public class ApprovalResource {
    @Inject
    StatementApproval approvals;
    @Inject
    StoryViews views;
    @Inject
    SecurityIdentity identity;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve the current version of a statement's language version (editors; kopru.workflow.statement-approval). "
            + "Publishing or scheduling it then needs such an approval by an editor other than the one who publishes; any later "
            + "change of the article needs a new approval")
    @RequestBody(description = "{} (the body is not read; a POST must carry one)")
    @APIResponse(responseCode = "200", description = "approved; the body is the story, whose article lists \"approvedBy\"")
    @APIResponse(responseCode = "403", description = "approving needs the editor role")
    @APIResponse(responseCode = "404", description = "no such story or language version")
    @APIResponse(responseCode = "409", description = "the story is not a statement")
    public Response approve(@PathParam("key") String key, @PathParam("lang") String lang) {
        if (!StoryKeys.isValid(key)) {
            throw new ApiBadRequest(AdminMessages::problemBadKey);
        }
        approvals.approve(key, StoryJsonReader.lang(lang, "URL"), identity.getPrincipal().getName(), identity.getRoles());
        return Response.ok(views.story(key).orElseThrow()).build();
    }
}
