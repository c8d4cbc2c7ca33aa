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
import kopru.account.AccountService;
import kopru.account.ApiToken;
import kopru.account.ApiTokens;
import kopru.account.Roles;
import kopru.account.TokenRuleException;
import org.jboss.resteasy.reactive.RestForm;

/**
 * API tokens, for admins: create (the secret is shown in the answer to the POST, once, and never put in a URL)
 * and revoke. Bad input re-renders the page with the problem and a 400.
 */
@Path("/admin/tokens")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class TokensResource {
    private static final String PATH = "/admin/tokens";

    @CheckedTemplate(basePath = "admin")
    static class Templates {
        static native TemplateInstance tokens(TokensPage page);
    }

    public record TokenRow(long id, boolean partner, String label, String holder, String createdBy, String created, String lastUsed,
            String revoked) {
    }

    public record TokensPage(AdminUser user, String heading, Notice notice, String secret, List<TokenRow> tokens, List<String> accounts) {
    }

    @Inject
    CurrentEditor editor;
    @Inject
    ApiTokens tokens;
    @Inject
    AccountService accounts;

    @GET
    public TemplateInstance page(@QueryParam("done") String done) {
        return page(new Notice("saved".equals(done) ? editor.msg().saved() : null, null), null);
    }

    @POST
    public Response create(@RestForm String scope, @RestForm String label, @RestForm String account, @RestForm String partner) {
        try {
            String secret;
            if (ApiToken.ACCOUNT.equals(scope)) {
                secret = tokens.createForAccount(label, account, editor.name());
            } else if (ApiToken.PARTNER.equals(scope)) {
                secret = tokens.createForPartner(label, partner, editor.name());
            } else {
                throw new TokenRuleException(TokenRuleException.Problem.BAD_SCOPE);
            }
            // The secret is in this page only: no cache may keep it.
            return Response.ok(page(new Notice(editor.msg().tokenCreated(), null), secret)).header("Cache-Control", "no-store").build();
        } catch (TokenRuleException e) {
            return problem(e);
        }
    }

    @POST
    @Path("/revoke")
    public Response revoke(@RestForm String id) {
        try {
            tokens.revoke(parseId(id), editor.name());
            return Response.seeOther(Notice.saved(PATH)).build();
        } catch (TokenRuleException e) {
            return problem(e);
        }
    }

    private Response problem(TokenRuleException e) {
        return Response.status(Response.Status.BAD_REQUEST).entity(page(new Notice(null, text(editor.msg(), e.problem)), null)).build();
    }

    private TemplateInstance page(Notice notice, String secret) {
        AdminMessages msg = editor.msg();
        List<TokenRow> rows = tokens.list().stream().map(t -> new TokenRow(t.id(), ApiToken.PARTNER.equals(t.scope()), t.label(), t.holder(),
                t.createdBy(), AdminTexts.bothZones(t.createdAt()), t.lastUsedAt() == null ? msg.never() : AdminTexts.bothZones(t.lastUsedAt()),
                t.revokedAt() == null ? null : AdminTexts.bothZones(t.revokedAt()))).toList();
        List<String> active = accounts.list().stream().filter(AccountService.AccountRow::active).map(AccountService.AccountRow::username).toList();
        return editor.localized(Templates.tokens(new TokensPage(editor.user(), msg.tokens(), notice, secret, rows, active)));
    }

    private static long parseId(String id) {
        try {
            return Long.parseLong(id == null ? "" : id.strip());
        } catch (NumberFormatException e) {
            throw new TokenRuleException(TokenRuleException.Problem.NO_SUCH_TOKEN);
        }
    }

    private static String text(AdminMessages msg, TokenRuleException.Problem problem) {
        return switch (problem) {
            case BAD_LABEL -> msg.problemBadLabel();
            case BAD_PARTNER -> msg.problemBadPartner();
            case BAD_SCOPE -> msg.problemBadScope();
            case NO_SUCH_ACCOUNT -> msg.problemNoActiveAccount();
            case NO_SUCH_TOKEN -> msg.problemNoSuchToken();
        };
    }
}
