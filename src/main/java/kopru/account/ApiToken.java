package kopru.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A bearer token for the API. Scope {@code account}: it acts as {@link #account}; scope {@code partner}: it
 * belongs to the partner outlet {@link #partner} and opens only the partner endpoints. Only a hash of the
 * secret is stored.
 */
@Entity
@Table(name = "api_token")
public class ApiToken extends PanacheEntityBase {
    public static final String ACCOUNT = "account";
    public static final String PARTNER = "partner";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String scope;
    public String label;

    @ManyToOne
    @JoinColumn(name = "account_id")
    public Account account;

    public String partner;

    /** Hex SHA-256 of the secret the holder sends. */
    @Column(name = "secret_hash")
    public String secretHash;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "last_used_at")
    public OffsetDateTime lastUsedAt;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;
}
