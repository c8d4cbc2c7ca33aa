package kopru.site;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.InstantSource;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import kopru.story.ChangeFollower;
import kopru.story.ChangeLogEntry;
import kopru.story.PublicChange;

/**
 * Empties the page cache when the public view changes: at once after a local commit, within a second for
 * changes made by other nodes (as a node-local follower of the change feed: a new or restarted node starts with
 * an empty cache, so its position starts at now), and when a publish time or embargo is reached.
 */
@ApplicationScoped
class PageCacheInvalidation implements ChangeFollower {
    @Inject
    PageCache cache;
    @Inject
    PublicArticles articles;
    @Inject
    InstantSource clock;

    /** Set when the cache was emptied, so that the next timed change is looked up again. */
    private volatile boolean recheck = true;
    private volatile OffsetDateTime nextTimedChange;

    @Override
    public String name() {
        return "page-cache";
    }

    @Override
    public Keeping keeping() {
        return Keeping.NODE;
    }

    @Override
    public void handle(List<ChangeLogEntry> entries) {
        clear();
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublicChange change) {
        clear();
    }

    private void clear() {
        cache.clear();
        recheck = true;
    }

    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void timedChanges() {
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        boolean reached = nextTimedChange != null && !now.isBefore(nextTimedChange);
        if (reached) {
            cache.clear();
        }
        if (reached || recheck) {
            recheck = false;
            nextTimedChange = articles.nextTimedChange(now).orElse(null);
        }
    }
}
