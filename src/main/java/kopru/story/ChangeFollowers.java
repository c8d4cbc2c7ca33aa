package kopru.story;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Runs every {@link ChangeFollower} once a second: reads its next entries from the {@link ChangeFeed}, hands them
 * over and moves its position, in one transaction per batch. One place for the loop, the position, the claim
 * (cluster followers lock their change_consumer row) and the error handling (a failed batch is logged and comes
 * again on the next round, without holding up the other followers). The search index follows the same feed on
 * its own worker thread, its position being in the index itself (kopru.search.SearchIndexer).
 */
@ApplicationScoped
public class ChangeFollowers {
    private static final Logger LOG = Logger.getLogger(ChangeFollowers.class);
    static final int BATCH = 500;
    /** Batches per follower and round: a long backlog is worked off over several rounds, so no follower starves. */
    private static final int ROUNDS = 20;

    @Inject
    ChangeFeed feed;
    @Inject
    @Any
    Instance<ChangeFollower> followers;
    @Inject
    ChangeFeedMetrics metrics;

    /** Positions of {@link ChangeFollower.Keeping#NODE} followers. */
    private final Map<String, FeedPosition> local = new ConcurrentHashMap<>();

    void registerMetrics(@Observes StartupEvent event) {
        for (ChangeFollower follower : followers) {
            metrics.follow(follower.name(), () -> position(follower));
        }
    }

    // Often, so that a change made on another node reaches this one's page cache and webhooks well within a second.
    @Scheduled(every = "${kopru.change-feed.poll-interval:PT0.25S}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        for (ChangeFollower follower : followers) {
            try {
                for (int round = 0; round < ROUNDS && step(follower); round++) {
                    // a full batch: there may be more
                }
            } catch (RuntimeException e) {
                LOG.errorf(e, "Change follower %s failed; its entries come again on the next round", follower.name());
            }
        }
    }

    /** One batch for one follower; true when the batch was full. */
    boolean step(ChangeFollower follower) {
        return switch (follower.keeping()) {
            case CLUSTER -> QuarkusTransaction.requiringNew().call(() -> {
                ChangeConsumer consumer = ChangeConsumer.lock(follower.name(), feed.current());
                ChangeFeed.Batch batch = feed.read(consumer.feedPosition(), BATCH);
                if (!batch.isEmpty()) {
                    follower.handle(batch.entries());
                }
                consumer.moveTo(batch.next());
                return batch.entries().size() >= BATCH;
            });
            case NODE -> {
                FeedPosition from = local.computeIfAbsent(follower.name(), name -> QuarkusTransaction.requiringNew().call(feed::current));
                ChangeFeed.Batch batch = QuarkusTransaction.requiringNew().call(() -> {
                    ChangeFeed.Batch read = feed.read(from, BATCH);
                    if (!read.isEmpty()) {
                        follower.handle(read.entries());
                    }
                    return read;
                });
                local.put(follower.name(), batch.next());
                yield batch.entries().size() >= BATCH;
            }
        };
    }

    /** Where a follower has got; empty for a node follower that has not started yet. */
    Optional<FeedPosition> position(ChangeFollower follower) {
        return switch (follower.keeping()) {
            case NODE -> Optional.ofNullable(local.get(follower.name()));
            case CLUSTER -> QuarkusTransaction.requiringNew().call(() -> ChangeConsumer.<ChangeConsumer>findByIdOptional(follower.name())
                    .map(ChangeConsumer::feedPosition));
        };
    }
}
