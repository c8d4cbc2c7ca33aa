package kopru.story;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import kopru.audit.AuditLog;
import org.jboss.logging.Logger;

/**
 * Publishes scheduled articles when their time comes. The schedule lives in the database (status
 * "scheduled" and the publish time), so a run after a restart catches up on everything that came due
 * meanwhile; {@link StoryService#publishScheduled} makes sure each fires once.
 */
@ApplicationScoped
public class ScheduledPublisher {
    private static final Logger LOG = Logger.getLogger(ScheduledPublisher.class);

    @Inject
    StoryService stories;
    @Inject
    AuditLog audit;

    @Scheduled(every = "${kopru.scheduler-interval:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        publishDue(OffsetDateTime.now());
    }

    /** Returns how many articles this call published. */
    public int publishDue(OffsetDateTime now) {
        int published = 0;
        for (Long id : due(now)) {
            if (stories.publishScheduled(id, now)) {
                published++;
                audit.record("scheduler", AuditLog.PUBLISH, describe(id), null);
                LOG.infof("Published scheduled article %d", id);
            }
        }
        return published;
    }

    @Transactional
    List<Long> due(OffsetDateTime now) {
        return Article.<Article>find("status = ?1 and publishedAt <= ?2 order by publishedAt", Status.SCHEDULED, now)
                .project(IdOnly.class).list().stream().map(IdOnly::id).toList();
    }

    @Transactional
    String describe(long id) {
        Article article = Article.findById(id);
        return article.story.key + "/" + article.lang;
    }

    /** Projection: only the id. */
    @io.quarkus.runtime.annotations.RegisterForReflection
    public record IdOnly(Long id) {
    }
}
