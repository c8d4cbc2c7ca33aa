package kopru.feed;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A WebSub ping owed to the hub for one feed, kept until the hub accepts it (see {@link WebSubPing}). */
@Entity
@Table(name = "websub_ping")
class OwedPing extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "feed_url")
    String feedUrl;

    /** Bumped by every change of the feed: a ping sent for an older count does not settle a newer change. */
    int changes;

    int attempts;

    @Column(name = "next_attempt_at")
    OffsetDateTime nextAttemptAt;

    /** While set and ahead, one node is sending it; when it passes (the node died) another may. */
    @Column(name = "claimed_until")
    OffsetDateTime claimedUntil;

    @Column(name = "last_error")
    String lastError;

    @Column(name = "created_at")
    OffsetDateTime createdAt;
}
