package kopru.story;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import kopru.audit.AuditLog;
import kopru.i18n.Lang;

/**
 * Deleting a story. It is kept, marked deleted, with every article archived: nothing is lost (revisions stay),
 * its key and slugs are never reused, and because no article is published any more the one visibility rule
 * hides it everywhere. A DELETE change-log row per language tells the index, page caches and webhooks.
 */
@ApplicationScoped
public class StoryDeletion {
    @Inject
    ChangeLog changeLog;
    @Inject
    AuditLog audit;

    @Transactional
    public void delete(String key, String user) {
        Story story = Story.findByKey(key).orElseThrow(() -> new StoryNotFoundException(key));
        story.deletedAt = OffsetDateTime.now(ZoneOffset.UTC);
        for (Article article : story.articles) {
            // The status alone hides the article; no revision, as its text did not change.
            article.status = Status.ARCHIVED;
        }
        for (Lang lang : Lang.values()) {
            changeLog.record(key, lang, ChangeLogEntry.Action.DELETE);
        }
        audit.record(user, AuditLog.DELETE, key, null);
    }
}
