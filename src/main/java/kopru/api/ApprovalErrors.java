package kopru.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import kopru.account.AccountService;
import kopru.admin.AdminTexts;
import kopru.admin.ApprovalTexts;
import kopru.story.ApprovalException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A publication refused for want of a statement approval: 409 with the reason in the account's interface language. */
public class ApprovalErrors {
    @Inject
    SecurityIdentity identity;
    @Inject
    AccountService accounts;

    @ServerExceptionMapper
    public Response approval(ApprovalException e) {
        String message = identity.isAnonymous() ? e.getMessage()
                : ApprovalTexts.problem(AdminTexts.of(accounts.uiLang(identity.getPrincipal().getName())), e.problem);
        return ApiErrors.error(e.forbidden ? 403 : 409, message);
    }
}
