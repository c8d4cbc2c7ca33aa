package kopru.admin;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import kopru.account.AccountService;
import kopru.account.Roles;
import kopru.account.SessionIdentityProvider;
import kopru.i18n.Lang;

/** The logged-in person of this request, and their interface language for every admin page. */
@RequestScoped
public class CurrentEditor {
    @Inject
    SecurityIdentity identity;
    @Inject
    AccountService accounts;

    private AdminUser user;

    public AdminUser user() {
        if (user == null) {
            String name = identity.getPrincipal().getName();
            user = new AdminUser(name, accounts.uiLang(name).code(), identity.hasRole(Roles.ADMIN), identity.hasRole(Roles.EDITOR));
        }
        return user;
    }

    public String name() {
        return user().username();
    }

    /** The login session of this request (null for one that came without a session). */
    public String sessionId() {
        return identity.getAttribute(SessionIdentityProvider.SESSION_ID);
    }

    public Lang lang() {
        return Lang.of(user().lang()).orElse(Lang.TR);
    }

    public AdminMessages msg() {
        return AdminTexts.of(lang());
    }

    /** The template in the user's language. */
    public TemplateInstance localized(TemplateInstance template) {
        return template.setLocale(lang().locale());
    }
}
