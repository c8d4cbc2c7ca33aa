package kopru.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import kopru.account.AccountService;
import kopru.account.ApiTokens;
import kopru.admin.AdminMessages;
import kopru.admin.AdminTexts;
import kopru.admin.ApprovalTexts;
import kopru.i18n.Lang;
import kopru.i18n.LanguageNegotiation;
import kopru.story.ApprovalException;
import kopru.story.LiveTextException;
import kopru.story.StaleEditException;
import kopru.story.StoryNotFoundException;
import kopru.story.StoryRuleException;
import kopru.story.WorkflowException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Domain failures of the JSON APIs as {"error": "…"} with a fitting status; nothing was written in any of them. The
 * words are those of the editorial interface, in the account's interface language for a signed-in account, else by
 * Accept-Language (kk or ru → Kazakh, else Turkish).
 */
public class ApiErrors {
    @Inject
    SecurityIdentity identity;
    @Inject
    AccountService accounts;

    @ServerExceptionMapper
    public Response refusal(ApiRefusal e, HttpHeaders headers) {
        return error(e.status, e.text.apply(messages(headers)));
    }

    @ServerExceptionMapper
    public Response rule(StoryRuleException e, HttpHeaders headers) {
        return error(400, AdminTexts.problem(messages(headers), e.problem));
    }

    @ServerExceptionMapper
    public Response stale(StaleEditException e, HttpHeaders headers) {
        return error(409, messages(headers).apiStale(e.lang.code()));
    }

    @ServerExceptionMapper
    public Response approval(ApprovalException e, HttpHeaders headers) {
        return error(e.forbidden ? 403 : 409, ApprovalTexts.problem(messages(headers), e.problem));
    }

    @ServerExceptionMapper
    public Response liveText(LiveTextException e, HttpHeaders headers) {
        return error(e.forbidden ? 403 : 409, ApprovalTexts.problem(messages(headers), e.problem));
    }

    @ServerExceptionMapper
    public Response workflow(WorkflowException e, HttpHeaders headers) {
        AdminMessages msg = messages(headers);
        return error(e.forbidden ? 403 : 409, e.forbidden ? msg.problemTransitionRole() : msg.problemTransition());
    }

    @ServerExceptionMapper
    public Response notFound(StoryNotFoundException e, HttpHeaders headers) {
        return error(404, messages(headers).notFound());
    }

    /** The caller's language: a partner token has no account, so it goes by Accept-Language like the public. */
    AdminMessages messages(HttpHeaders headers) {
        Lang lang = identity.isAnonymous() || identity.hasRole(ApiTokens.PARTNER_ROLE)
                ? LanguageNegotiation.choose(null, headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE))
                : accounts.uiLang(identity.getPrincipal().getName());
        return AdminTexts.of(lang);
    }

    static Response error(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(Map.of("error", message)).build();
    }
}
