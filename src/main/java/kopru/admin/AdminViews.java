package kopru.admin;

import java.util.List;

/** The records the account-related admin templates render. */
public final class AdminViews {
    private AdminViews() {
    }

    public record LoginPage(String lang, String heading, String error) {
    }

    public record AccountPage(AdminUser user, String heading, Notice notice) {
    }

    public record UserRow(String username, String role, boolean active, String created) {
    }

    public record UsersPage(AdminUser user, String heading, Notice notice, List<UserRow> accounts) {
    }

    public record AuditRow(String when, String actor, String action, String subject, String detail) {
    }

    public record AuditPage(AdminUser user, String heading, List<AuditRow> rows, Integer previous, Integer next) {
    }
}
