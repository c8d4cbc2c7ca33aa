package kopru.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Writes audit entries in the transaction of the action they report, so a rolled-back action leaves none. */
@ApplicationScoped
public class AuditLog {
    /** What the log records; the codes are stored and shown translated in the admin interface. */
    public static final String LOGIN = "login";
    public static final String LOGIN_FAILED = "login-failed";
    public static final String PUBLISH = "publish";
    public static final String SCHEDULE = "schedule";
    public static final String UNPUBLISH = "unpublish";
    public static final String DELETE = "delete";
    public static final String TRANSITION = "transition";
    public static final String ROLES = "roles";
    public static final String ACCOUNT_CREATED = "account-created";
    public static final String ACCOUNT_ACTIVE = "account-active";
    public static final String PASSWORD = "password";
    public static final String PASSWORD_RESET = "password-reset";
    public static final String TOKEN_CREATED = "token-created";
    public static final String TOKEN_REVOKED = "token-revoked";

    /** One row per page of the audit page. */
    public record Row(OffsetDateTime at, String actor, String action, String subject, String detail) {
    }

    @Transactional
    public void record(String actor, String action, String subject, String detail) {
        AuditEntry entry = new AuditEntry();
        entry.at = OffsetDateTime.now(ZoneOffset.UTC);
        entry.actor = actor;
        entry.action = action;
        entry.subject = subject == null ? null : truncate(subject, 200);
        entry.detail = detail;
        entry.persist();
    }

    /** Newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Row> latest(int page, int size) {
        return AuditEntry.<AuditEntry>find("order by id desc").page(page, size).stream()
                .map(e -> new Row(e.at, e.actor, e.action, e.subject, e.detail)).toList();
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
