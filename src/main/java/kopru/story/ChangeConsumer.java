package kopru.story;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

/**
 * The durable position of a cluster-wide follower ({@link ChangeFollower.Keeping#CLUSTER}). The follower locks its
 * row, does its work for the entries after it and moves it on, all in one transaction: a crash repeats nothing
 * and skips nothing, and two nodes never do the same work.
 */
@Entity
@Table(name = "change_consumer")
public class ChangeConsumer extends PanacheEntityBase {
    @Id
    public String name;

    public long position;

    /** {@link FeedPosition#encodedGaps()}. */
    public String gaps = "";

    /** The follower's row, locked for this transaction; created at {@code start} on first use. */
    static ChangeConsumer lock(String name, FeedPosition start) {
        ChangeConsumer consumer = findById(name, LockModeType.PESSIMISTIC_WRITE);
        if (consumer == null) {
            consumer = new ChangeConsumer();
            consumer.name = name;
            consumer.moveTo(start);
            consumer.persistAndFlush();
        }
        return consumer;
    }

    FeedPosition feedPosition() {
        return FeedPosition.of(position, gaps);
    }

    void moveTo(FeedPosition next) {
        position = next.upTo();
        gaps = next.encodedGaps();
    }
}
