package kopru.partner;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;

/** A partner's endpoint that hears of every publish, update and unpublish, signed with its own secret. */
@Entity
public class Webhook extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Whose endpoint this is, for admins reading the list and the delivery log. */
    public String label = "";

    public String url;

    /** Key of the HMAC-SHA256 signature; the partner checks each delivery with it. */
    public String secret;

    public boolean active;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
