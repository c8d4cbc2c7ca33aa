package kopru.story;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.InstantSource;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import kopru.audit.AuditLog;
import org.jboss.logging.Logger;

/**
 * Publishes scheduled articles when their time comes. The schedule lives in the database (status
 * "scheduled" and the publish time), so a run after a restart catches up on everything that came due
 * meanwhile. Each article is claimed by {@link StoryService#publishScheduled}: a conditional UPDATE from "scheduled"
 * to "published" that only one caller wins, whatever the number of nodes, and whose transaction writes the one
 * change-log row (so one webhook delivery). Articles whose time has passed but that are not published yet are
 * counted in the gauge {@code kopru_scheduled_overdue}: above zero for longer than the job's interval, the job is
 * not running.
 */
@ApplicationScoped
public class ScheduledPublisher {
    private static final Logger LOG = Logger.getLogger(ScheduledPublisher.class);

    @Inject
    StoryService stories;
    @Inject
    AuditLog audit;
    @Inject
    InstantSource clock;
    @Inject
    MeterRegistry registry;

    void registerMetrics(@Observes StartupEvent event) {
        Gauge.builder("kopru.scheduled.overdue", () -> QuarkusTransaction.requiringNew().call(() -> overdue(now())))
                .description("Scheduled articles whose publish time has passed but that are not published yet")
                .strongReference(true).register(registry);
    }

    @Scheduled(every = "${kopru.scheduler-interval:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        publishDue(now());
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    static long overdue(OffsetDateTime now) {
        return Article.count("status = ?1 and publishedAt <= ?2", Status.SCHEDULED, now);
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
