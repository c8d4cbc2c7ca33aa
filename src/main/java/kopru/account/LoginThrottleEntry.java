package kopru.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** Recent failed logins of one user name from one address (see {@link LoginThrottle}). */
@Entity
@Table(name = "login_throttle")
class LoginThrottleEntry extends PanacheEntityBase {
    @Id
    @Column(name = "key_hash")
    public String keyHash;

    public int failures;

    @Column(name = "blocked_until")
    public OffsetDateTime blockedUntil;

    @Column(name = "expires_at")
    public OffsetDateTime expiresAt;
}
