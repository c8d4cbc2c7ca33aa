package kopru.story;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

/**
 * How far one follower of the change log has got. A follower locks its row, does its work for the
 * rows after {@code position} and moves it on, all in one transaction: a crash repeats nothing and
 * skips nothing, and two nodes never do the same work.
 */
@Entity
@Table(name = "change_consumer")
public class ChangeConsumer extends PanacheEntityBase {
    @Id
    public String name;

    public long position;

    /** The follower's row, locked for this transaction; created at the log's start on first use. */
    public static ChangeConsumer lock(String name) {
        ChangeConsumer consumer = findById(name, LockModeType.PESSIMISTIC_WRITE);
        if (consumer == null) {
            consumer = new ChangeConsumer();
            consumer.name = name;
            consumer.position = 0;
            consumer.persistAndFlush();
        }
        return consumer;
    }
}
