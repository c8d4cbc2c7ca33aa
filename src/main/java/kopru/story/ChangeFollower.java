package kopru.story;

import java.util.List;

/**
 * Something kept in step with the change log: a CDI bean that {@link ChangeFollowers} hands each new entry.
 * Handling must be idempotent per entry (an entry may come again after a crash) and must not rely on id order
 * within a batch: an entry whose transaction committed late comes after higher ids (see {@link ChangeFeed}).
 */
public interface ChangeFollower {
    /** Names the follower in logs and metrics, and (for {@link Keeping#CLUSTER}) its row in change_consumer. */
    String name();

    /** Where its position lives, and so which node does the work. */
    Keeping keeping();

    /** Called inside a transaction; a failure rolls it back (and the position with it) and the entries come again. */
    void handle(List<ChangeLogEntry> entries);

    enum Keeping {
        /**
         * In this node's memory: every node does the work for itself (its own derived data), and a new or
         * restarted node starts from now ({@link ChangeFeed#current}), its derived data being empty then.
         */
        NODE,
        /**
         * In the database (change_consumer), locked FOR UPDATE in the same transaction as the work and moved on
         * in it: exactly one node does each entry, and a crash repeats nothing and skips nothing.
         */
        CLUSTER
    }
}
