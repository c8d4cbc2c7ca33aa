package kopru.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import kopru.story.StaleEditException;
import kopru.story.StoryNotFoundException;
import kopru.story.StoryRuleException;
import kopru.story.WorkflowException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Domain failures of the write API as {"error": "…"} with a fitting status; nothing was written in any of them. */
public class ApiErrors {
    @ServerExceptionMapper
    public Response badRequest(ApiBadRequest e) {
        return error(400, e.getMessage());
    }

    @ServerExceptionMapper
    public Response rule(StoryRuleException e) {
        return error(400, e.getMessage());
    }

    @ServerExceptionMapper
    public Response stale(StaleEditException e) {
        return error(409, e.getMessage());
    }

    @ServerExceptionMapper
    public Response workflow(WorkflowException e) {
        return error(e.forbidden ? 403 : 409, e.getMessage());
    }

    @ServerExceptionMapper
    public Response notFound(StoryNotFoundException e) {
        return error(404, e.getMessage());
    }

    static Response error(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(Map.of("error", message)).build();
    }
}
