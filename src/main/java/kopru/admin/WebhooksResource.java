package kopru.admin;

import io.quarkus.qute.CheckedTemplate;
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
import java.util.List;
import kopru.account.Roles;
import kopru.partner.WebhookDelivery;
import kopru.partner.WebhookRuleException;
import kopru.partner.Webhooks;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Partners' webhooks, for admins: list, create (the signing secret is shown once, in the answer to the POST),
 * enable or disable, delete, and each one's delivery log. Bad input re-renders the page with the problem and a 400.
 */
@Path("/admin/webhooks")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class WebhooksResource {
    private static final String PATH = "/admin/webhooks";
    private static final int LOG_SIZE = 50;

    @CheckedTemplate(basePath = "admin")
    static class Templates {
        static native TemplateInstance webhooks(WebhooksPage page);

        static native TemplateInstance webhookDeliveries(DeliveriesPage page);
    }

    public record WebhookRow(long id, String label, String url, boolean active, String created, long pending, long failed) {
    }

    public record WebhooksPage(AdminUser user, String heading, Notice notice, String secret, List<WebhookRow> webhooks) {
    }

    public record DeliveryRow(String event, String story, String lang, String status, int attempts, String lastResult, String nextAttempt,
            String delivered, String created) {
    }

    public record DeliveriesPage(AdminUser user, String heading, long id, String url, List<DeliveryRow> rows, Integer previous, Integer next) {
    }

    @Inject
    CurrentEditor editor;
    @Inject
    Webhooks webhooks;

    @GET
    public TemplateInstance page(@QueryParam("done") String done) {
        return page(new Notice("saved".equals(done) ? editor.msg().saved() : null, null), null);
    }

    @POST
    public Response create(@RestForm String label, @RestForm String url, @RestForm String secret) {
        try {
            String shown = webhooks.create(label, url, secret, editor.name()).secret();
            return Response.ok(page(new Notice(editor.msg().webhookCreated(), null), shown)).header("Cache-Control", "no-store").build();
        } catch (WebhookRuleException e) {
            return problem(e);
        }
    }

    @POST
    @Path("/active")
    public Response active(@RestForm String id, @RestForm String active) {
        try {
            webhooks.setActive(parseId(id), Boolean.parseBoolean(active), editor.name());
            return Response.seeOther(Notice.saved(PATH)).build();
        } catch (WebhookRuleException e) {
            return problem(e);
        }
    }

    @POST
    @Path("/delete")
    public Response delete(@RestForm String id) {
        try {
            webhooks.delete(parseId(id), editor.name());
            return Response.seeOther(Notice.saved(PATH)).build();
        } catch (WebhookRuleException e) {
            return problem(e);
        }
    }

    @GET
    @Path("/deliveries")
    public Response deliveries(@QueryParam("id") String id, @QueryParam("page") String pageParam) {
        AdminMessages msg = editor.msg();
        try {
            Webhooks.WebhookRow webhook = webhooks.find(parseId(id));
            int page = parsePage(pageParam);
            Webhooks.DeliverySlice found = webhooks.deliveries(webhook.id(), page - 1, LOG_SIZE);
            List<DeliveryRow> rows = found.rows().stream().map(d -> row(msg, d)).toList();
            return Response.ok(editor.localized(Templates.webhookDeliveries(new DeliveriesPage(editor.user(),
                    msg.deliveries() + " · " + webhook.label(), webhook.id(), webhook.url(), rows, page > 1 ? page - 1 : null,
                    found.more() ? page + 1 : null)))).build();
        } catch (WebhookRuleException e) {
            return problem(e);
        }
    }

    private static DeliveryRow row(AdminMessages msg, Webhooks.DeliveryRow d) {
        String status = switch (d.status()) {
            case WebhookDelivery.DELIVERED -> msg.deliveryDelivered();
            case WebhookDelivery.FAILED -> msg.deliveryFailed();
            default -> msg.deliveryPending();
        };
        String lastResult = d.lastStatus() != null ? "HTTP " + d.lastStatus() : d.lastError() != null ? d.lastError() : "";
        return new DeliveryRow(d.event(), d.story(), d.lang(), status, d.attempts(), lastResult, AdminTexts.bothZones(d.nextAttemptAt()),
                AdminTexts.bothZones(d.deliveredAt()), AdminTexts.bothZones(d.createdAt()));
    }

    private Response problem(WebhookRuleException e) {
        AdminMessages msg = editor.msg();
        String text = switch (e.problem) {
            case BAD_LABEL -> msg.problemBadLabel();
            case BAD_URL -> msg.problemBadUrl();
            case BAD_SECRET -> msg.problemBadSecret();
            case NO_SUCH_WEBHOOK -> msg.problemNoSuchWebhook();
        };
        Response.Status status = e.problem == WebhookRuleException.Problem.NO_SUCH_WEBHOOK ? Response.Status.NOT_FOUND : Response.Status.BAD_REQUEST;
        return Response.status(status).entity(page(new Notice(null, text), null)).build();
    }

    private TemplateInstance page(Notice notice, String secret) {
        List<WebhookRow> rows = webhooks.list().stream().map(w -> new WebhookRow(w.id(), w.label(), w.url(), w.active(),
                AdminTexts.bothZones(w.createdAt()), w.pending(), w.failed())).toList();
        return editor.localized(Templates.webhooks(new WebhooksPage(editor.user(), editor.msg().webhooks(), notice, secret, rows)));
    }

    private static long parseId(String id) {
        try {
            return Long.parseLong(id == null ? "" : id.strip());
        } catch (NumberFormatException e) {
            throw new WebhookRuleException(WebhookRuleException.Problem.NO_SUCH_WEBHOOK);
        }
    }

    private static int parsePage(String value) {
        try {
            return value == null ? 1 : Math.max(1, Math.min(100_000, Integer.parseInt(value)));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
