package kopru.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import kopru.i18n.Lang;

/** Looks accounts up for the security layer, which runs outside any request transaction. */
@ApplicationScoped
public class AccountDirectory {
    /** What login needs to know about an account, detached from the database. */
    public record Entry(String username, String passwordHash, String roles, boolean active, Lang uiLang) {
    }

    @Transactional
    public Optional<Entry> find(String username) {
        if (username == null || username.isBlank() || username.length() > Account.MAX_USERNAME) {
            return Optional.empty();
        }
        return Account.findByUsername(username).map(AccountDirectory::entryOf);
    }

    static Entry entryOf(Account a) {
        return new Entry(a.username, a.passwordHash, a.roles, a.active, a.uiLang);
    }
}
