package kopru.story;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.InstantSource;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import kopru.audit.AuditLog;
import kopru.media.MediaItem;
import kopru.media.MediaRejectedException;

/**
 * An editor withdraws a media file (a wrong photo, a recalled document): from then on it answers 410 Gone to everyone.
 * The pages of published articles that use it are refreshed through the change log, like any public change.
 */
@ApplicationScoped
public class MediaWithdrawal {
    public static final String AUDIT_ACTION = "withdraw-media";

    @Inject
    MediaUsages usages;
    @Inject
    ChangeLog changeLog;
    @Inject
    AuditLog audit;
    @Inject
    InstantSource clock;

    @Transactional
    public void withdraw(String hash, String user) {
        MediaItem item = MediaItem.findByHash(hash == null ? "" : hash)
                .orElseThrow(() -> new MediaRejectedException(MediaRejectedException.Problem.NO_SUCH_MEDIA, String.valueOf(hash)));
        if (item.isWithdrawn()) {
            return;
        }
        item.withdrawnAt = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        item.withdrawnBy = user;
        usages.publishedUsers(item).forEach(a -> changeLog.record(a.story.key, a.lang, ChangeLogEntry.Action.UPDATE));
        audit.record(user, AUDIT_ACTION, item.hash, item.originalName);
    }
}
