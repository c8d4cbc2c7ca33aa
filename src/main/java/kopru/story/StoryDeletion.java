package kopru.story;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.InstantSource;
import java.time.ZoneOffset;
import kopru.audit.AuditLog;

/**
 * Deleting a story. It is kept, marked deleted, with every article archived: nothing is lost (revisions stay),
 * its key and slugs are never reused, and because no article is published any more the one visibility rule
 * hides it everywhere. A DELETE change-log row per language that was published tells the index, page caches and
 * webhooks; nothing is announced about an article the public (or partners, who see embargoed ones early) never saw.
 */
@ApplicationScoped
public class StoryDeletion {
    @Inject
    ChangeLog changeLog;
    @Inject
    AuditLog audit;
    @Inject
    InstantSource clock;

    @Transactional
    public void delete(String key, String user) {
        Story story = Story.findByKey(key).orElseThrow(() -> new StoryNotFoundException(key));
        story.deletedAt = clock.instant().atOffset(ZoneOffset.UTC);
        for (Article article : story.articles) {
            if (article.status == Status.PUBLISHED) {
                changeLog.record(key, article.lang, ChangeLogEntry.Action.DELETE);
            }
            // The status alone hides the article; no revision, as its text did not change.
            article.status = Status.ARCHIVED;
        }
        audit.record(user, AuditLog.DELETE, key, null);
    }
}
