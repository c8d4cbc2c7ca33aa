package kopru.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A login session (see {@link LoginSessions}); the cookie's token itself is never stored. */
@Entity
@Table(name = "login_session")
class LoginSession extends PanacheEntityBase {
    @Id
    @Column(name = "token_hash")
    public String tokenHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    public Account account;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "last_seen_at")
    public OffsetDateTime lastSeenAt;

    @Column(name = "expires_at")
    public OffsetDateTime expiresAt;
}
