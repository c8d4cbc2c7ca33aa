package kopru.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;
import kopru.account.AccountRuleException.Problem;
import kopru.audit.AuditLog;
import kopru.i18n.Lang;

/** Account management: admins create, deactivate and change roles; everyone changes their own password and language. */
@ApplicationScoped
public class AccountService {
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1," + (Account.MAX_USERNAME - 1) + "}");

    @Inject
    AuditLog audit;
    @Inject
    LoginSessions sessions;

    /** One row of the users page. */
    public record AccountRow(String username, String role, boolean active, Lang uiLang, OffsetDateTime createdAt) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AccountRow> list() {
        return Account.<Account>listAll(io.quarkus.panache.common.Sort.by("username")).stream()
                .map(a -> new AccountRow(a.username, Roles.highest(a.roles), a.active, a.uiLang, a.createdAt)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Lang uiLang(String username) {
        return Account.findByUsername(username).map(a -> a.uiLang).orElse(Lang.TR);
    }

    @Transactional
    public void create(String username, String password, String role, Lang uiLang, String by) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new AccountRuleException(Problem.BAD_USERNAME);
        }
        if (Account.findByUsername(username).isPresent()) {
            throw new AccountRuleException(Problem.USERNAME_TAKEN);
        }
        Account account = new Account();
        account.username = username;
        account.roles = checkedRole(role);
        account.active = true;
        account.uiLang = uiLang == null ? Lang.TR : uiLang;
        account.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        account.setPassword(checkedPassword(password));
        account.persist();
        audit.record(by, AuditLog.ACCOUNT_CREATED, username, account.roles);
    }

    @Transactional
    public void setRole(String username, String role, String by) {
        Account account = existing(username);
        String checked = checkedRole(role);
        if (!Roles.ADMIN.equals(checked) && isLastActiveAdmin(account)) {
            throw new AccountRuleException(Problem.LAST_ADMIN);
        }
        String before = account.roles;
        account.roles = checked;
        audit.record(by, AuditLog.ROLES, username, before + " → " + checked);
    }

    @Transactional
    public void setActive(String username, boolean active, String by) {
        Account account = existing(username);
        if (!active && isLastActiveAdmin(account)) {
            throw new AccountRuleException(Problem.LAST_ADMIN);
        }
        account.active = active;
        if (!active) {
            sessions.endAllOf(account, null);
        }
        audit.record(by, AuditLog.ACCOUNT_ACTIVE, username, Boolean.toString(active));
    }

    /**
     * A user changes their own password; the current one proves it is them. Every other session of the account ends
     * (whoever else knew the old password is out); the one that made the change stays, as on GitHub.
     */
    @Transactional
    public void changePassword(String username, String current, String replacement, String keepSessionId) {
        Account account = existing(username);
        if (current == null || !PasswordCheck.matches(account.passwordHash, current.toCharArray())) {
            throw new AccountRuleException(Problem.WRONG_PASSWORD);
        }
        account.setPassword(checkedPassword(replacement));
        sessions.endAllOf(account, keepSessionId);
        audit.record(username, AuditLog.PASSWORD, username, null);
    }

    /** Recovery (the reset-password command): a new password without the current one, for any account; its sessions end. */
    @Transactional
    public void resetPassword(String username, String replacement, String by) {
        Account account = existing(username);
        account.setPassword(checkedPassword(replacement));
        sessions.endAllOf(account, null);
        audit.record(by, AuditLog.PASSWORD_RESET, username, null);
    }

    @Transactional
    public void setUiLang(String username, Lang lang) {
        existing(username).uiLang = lang;
    }

    private static Account existing(String username) {
        return Account.findByUsername(username).orElseThrow(() -> new AccountRuleException(Problem.NO_SUCH_ACCOUNT));
    }

    /** An admin cannot lock everyone out: the last active admin keeps the role and stays active. */
    private static boolean isLastActiveAdmin(Account account) {
        if (!account.active || !Roles.parse(account.roles).contains(Roles.ADMIN)) {
            return false;
        }
        return Account.<Account>list("active", true).stream().filter(a -> Roles.parse(a.roles).contains(Roles.ADMIN)).count() <= 1;
    }

    private static String checkedRole(String role) {
        if (role == null || !Roles.ALL.contains(role)) {
            throw new AccountRuleException(Problem.BAD_ROLE);
        }
        return role;
    }

    private static String checkedPassword(String password) {
        if (!PasswordPolicy.acceptable(password)) {
            throw new AccountRuleException(Problem.WEAK_PASSWORD);
        }
        return password;
    }
}
