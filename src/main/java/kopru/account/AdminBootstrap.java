package kopru.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import kopru.i18n.Lang;
import kopru.platform.KopruConfig;
import org.jboss.logging.Logger;

/**
 * Creates the {@code admin} account at first start, with the configured password or a random one logged once.
 * A configured password that breaks {@link PasswordPolicy} stops the start: an operator who chose one expects to log
 * in with it, and a server without its admin (or with another password) would only hide the mistake.
 */
@ApplicationScoped
public class AdminBootstrap {
    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

    @Inject
    KopruConfig config;

    @Transactional
    public void createAdminIfNoAccount() {
        if (Account.count() > 0) {
            return;
        }
        Account admin = new Account();
        admin.username = "admin";
        admin.roles = "admin";
        admin.active = true;
        admin.uiLang = Lang.TR;
        admin.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        String password = config.adminPassword().filter(p -> !p.isBlank()).map(AdminBootstrap::checked).orElse(null);
        if (password == null) {
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            LOG.warnf("Created account 'admin' with the generated password %s (shown once; set KOPRU_ADMIN_PASSWORD to choose it)", password);
        } else {
            LOG.info("Created account 'admin' with the password from KOPRU_ADMIN_PASSWORD");
        }
        admin.setPassword(password);
        admin.persist();
    }

    /** The configured password if the policy accepts it; the message names the rule, never the password. */
    static String checked(String configured) {
        if (!PasswordPolicy.acceptable(configured)) {
            throw new IllegalStateException("KOPRU_ADMIN_PASSWORD has " + configured.length() + " characters; it needs "
                    + PasswordPolicy.MIN_LENGTH + " to " + PasswordPolicy.MAX_LENGTH
                    + ". Choose a longer one, or unset it to have a password generated and logged once.");
        }
        return configured;
    }
}
