package kopru.story;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.InstantSource;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * When an embargo passes, its published articles become public without anyone saving them: this job writes
 * their change-log rows then, so that the search index, feeds, page caches and webhooks follow. Each lifting is
 * claimed by a conditional UPDATE of story.embargo_announced (false to true) that only one caller wins, however many
 * nodes run the job, in the transaction that writes its rows: logged once, announced once.
 */
@ApplicationScoped
public class EmbargoWatch {
    @Inject
    ChangeLog changeLog;
    @Inject
    InstantSource clock;

    @Scheduled(every = "${kopru.scheduler-interval:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        liftDue(clock.instant().atOffset(ZoneOffset.UTC));
    }

    /** Returns how many embargoes this call lifted. */
    public int liftDue(OffsetDateTime now) {
        int lifted = 0;
        for (Long id : due(now)) {
            if (announce(id, now)) {
                lifted++;
            }
        }
        return lifted;
    }

    @Transactional
    List<Long> due(OffsetDateTime now) {
        @SuppressWarnings("unchecked")
        List<Number> ids = Story.getEntityManager()
                .createNativeQuery("select id from story where embargo_announced = false and embargo <= ?1")
                .setParameter(1, now).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    @Transactional
    boolean announce(long storyId, OffsetDateTime now) {
        int claimed = Story.getEntityManager()
                .createNativeQuery("update story set embargo_announced = true where id = ?1 and embargo_announced = false and embargo <= ?2")
                .setParameter(1, storyId).setParameter(2, now).executeUpdate();
        if (claimed == 0) {
            return false;
        }
        Story story = Story.findById(storyId);
        story.articles.stream().filter(a -> Visibility.isPublic(a, now))
                .forEach(a -> changeLog.record(story.key, a.lang, ChangeLogEntry.Action.PUBLISH));
        return true;
    }

    /** A new or changed embargo is to be announced again when it passes. */
    static void rearm(Story story) {
        Story.flush();
        Story.getEntityManager().createNativeQuery("update story set embargo_announced = ?1 where id = ?2")
                .setParameter(1, story.embargo == null).setParameter(2, story.id).executeUpdate();
    }
}
