package kopru.partner;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import kopru.account.Roles;
import kopru.admin.AdminMessages;
import kopru.api.ApiBadRequest;
import kopru.api.ApiRefusal;
import kopru.api.StoryJsonReader;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Partners' webhooks through the write API, for admins: the same service and rules as the admin pages
 * ({@link Webhooks}), answered as JSON; refusals are {"error": …} in the caller's language.
 */
@Path("/api/v1/admin/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "webhooks", description = "Partners' webhooks, for admins (HTTP Basic or an API token)")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "token")
@RolesAllowed(Roles.ADMIN)
public class WebhookApiResource {
    static final int MAX_PAGE = 10_000;
    static final int MAX_SIZE = 100;

    @Schema(description = "A new webhook. Without a secret (or with a blank one) a random one is made; either way the answer shows it, once")
    public record WebhookIn(@Schema(required = true, maxLength = Webhooks.MAX_LABEL) String label,
            @Schema(required = true, maxLength = Webhooks.MAX_URL, description = "an absolute http:// or https:// URL") String url,
            @Schema(minLength = 16, maxLength = 200) String secret) {
    }

    public record ActiveIn(@Schema(required = true, description = "false stops deliveries; they wait until it is true again") boolean active) {
    }

    /** A page of a webhook's delivery log, newest first; {@code next} is the following page's number, null on the last. */
    public record DeliveryPage(int page, int size, Integer next, List<Webhooks.DeliveryRow> deliveries) {
    }

    @Inject
    Webhooks webhooks;
    @Inject
    StoryJsonReader reader;
    @Inject
    SecurityIdentity identity;

    @GET
    @Operation(summary = "Every webhook with its numbers of pending and failed deliveries (never its secret)")
    public List<Webhooks.WebhookRow> list() {
        return webhooks.list();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One webhook")
    @APIResponse(responseCode = "200", description = "the webhook")
    @APIResponse(responseCode = "404", description = "no such webhook")
    public Webhooks.WebhookRow get(@PathParam("id") String id) {
        return refused(() -> webhooks.find(id(id)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a webhook; the answer holds its signing secret, which is never shown again")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = WebhookIn.class)))
    @APIResponse(responseCode = "201", description = "created", content = @Content(schema = @Schema(implementation = Webhooks.NewWebhook.class)))
    @APIResponse(responseCode = "400", description = "bad label, URL or secret; nothing was written")
    public Response create(String body) {
        JsonNode in = object(body);
        String label = required(in, "label");
        String url = required(in, "url");
        Webhooks.NewWebhook created = refused(() -> webhooks.create(label, url, StoryJsonReader.text(in, "secret", ""), by()));
        return Response.created(URI.create("/api/v1/admin/webhooks/" + created.webhook().id())).entity(created)
                .header("Cache-Control", "no-store").build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Disable (\"active\": false) or enable (\"active\": true) a webhook")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ActiveIn.class)))
    @APIResponse(responseCode = "200", description = "the webhook as it is now")
    @APIResponse(responseCode = "400", description = "\"active\" is not true or false; nothing was written")
    @APIResponse(responseCode = "404", description = "no such webhook")
    public Webhooks.WebhookRow setActive(@PathParam("id") String id, String body) {
        JsonNode active = object(body).get("active");
        if (active == null || !active.isBoolean()) {
            throw new ApiBadRequest(msg -> msg.apiTrueOrFalse("active"));
        }
        long webhookId = refused(() -> id(id));
        refused(() -> webhooks.setActive(webhookId, active.booleanValue(), by()));
        return webhooks.find(webhookId);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a webhook with its delivery log")
    @APIResponse(responseCode = "204", description = "deleted")
    @APIResponse(responseCode = "404", description = "no such webhook")
    public Response delete(@PathParam("id") String id) {
        refused(() -> webhooks.delete(id(id), by()));
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(summary = "A webhook's delivery log, newest first, page by page (size at most 100)")
    @APIResponse(responseCode = "200", description = "one page of deliveries")
    @APIResponse(responseCode = "400", description = "page or size out of range")
    @APIResponse(responseCode = "404", description = "no such webhook")
    public DeliveryPage deliveries(@PathParam("id") String id, @QueryParam("page") String pageParam, @QueryParam("size") String sizeParam) {
        int page = number(pageParam, 1, MAX_PAGE, msg -> msg.apiPage(MAX_PAGE));
        int size = number(sizeParam, 20, MAX_SIZE, msg -> msg.apiSize(MAX_SIZE));
        Webhooks.DeliverySlice found = refused(() -> webhooks.deliveries(id(id), page - 1, size));
        return new DeliveryPage(page, size, found.more() ? page + 1 : null, found.rows());
    }

    private String by() {
        return identity.getPrincipal().getName();
    }

    private JsonNode object(String body) {
        return reader.object(body);
    }

    private static String required(JsonNode in, String field) {
        String value = StoryJsonReader.text(in, field, "");
        if (value == null || value.isBlank()) {
            throw new ApiBadRequest(msg -> msg.apiRequired(field));
        }
        return value;
    }

    /** The service's refusals in the API's words: an unknown webhook is a 404, a bad field a 400. */
    private static <T> T refused(Supplier<T> call) {
        try {
            return call.get();
        } catch (WebhookRuleException e) {
            throw switch (e.problem) {
                case NO_SUCH_WEBHOOK -> new ApiRefusal(404, AdminMessages::problemNoSuchWebhook);
                case BAD_LABEL -> new ApiBadRequest(AdminMessages::problemBadLabel);
                case BAD_URL -> new ApiBadRequest(AdminMessages::problemBadUrl);
                case BAD_SECRET -> new ApiBadRequest(AdminMessages::problemBadSecret);
            };
        }
    }

    private static void refused(Runnable call) {
        refused(() -> {
            call.run();
            return null;
        });
    }

    /** A path id that is not a number names no webhook. */
    private static long id(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new WebhookRuleException(WebhookRuleException.Problem.NO_SUCH_WEBHOOK);
        }
    }

    private static int number(String value, int absent, int max, Function<AdminMessages, String> refusal) {
        if (value == null) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= 1 && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new ApiBadRequest(refusal);
    }
}
