package kopru.site;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import kopru.story.ChangeLog;
import kopru.story.PublicChange;

/**
 * Empties the page cache when the public view changes: at once after a local commit, within a
 * second for changes made by other nodes (seen in the change log), and when a publish time or
 * embargo is reached.
 */
@ApplicationScoped
class PageCacheInvalidation {
    @Inject
    PageCache cache;
    @Inject
    ChangeLog changeLog;
    @Inject
    PublicArticles articles;

    private volatile long seenChange = -1;
    private volatile OffsetDateTime nextTimedChange;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublicChange change) {
        cache.clear();
    }

    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void poll() {
        long latest = changeLog.latestId();
        OffsetDateTime now = OffsetDateTime.now();
        boolean timed = nextTimedChange != null && !now.isBefore(nextTimedChange);
        if (latest != seenChange || timed) {
            cache.clear();
            seenChange = latest;
            nextTimedChange = articles.nextTimedChange(now).orElse(null);
        }
    }
}
