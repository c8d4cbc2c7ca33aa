package kopru.account;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/** Builds the security identity of an active account, with the roles its stored roles imply. */
final class AccountIdentities {
    private AccountIdentities() {
    }

    static SecurityIdentity of(AccountDirectory.Entry account) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(account.username()))
                .addRoles(Roles.implied(account.roles()))
                .build();
    }
}
