package kopru.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.InstantSource;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kopru.platform.KopruConfig;
import kopru.story.ChangeFollower;
import kopru.story.ChangeLogEntry;
import kopru.story.Story;

/**
 * Records which feeds each public change touched as pings owed to the WebSub hub, a cluster-wide follower of the
 * change feed: the rows are written in the transaction that moves its position, so a ping survives any node's
 * death, and {@link WebSubPing} sends them. A feed already owed a ping is not owed a second one, only a fresh
 * attempt: the hub fetches the feed itself, so one ping after the last change says everything.
 */
@ApplicationScoped
class WebSubPings implements ChangeFollower {
    @Inject
    KopruConfig config;
    @Inject
    FeedService feeds;
    @Inject
    InstantSource clock;

    @Override
    public String name() {
        return "websub";
    }

    @Override
    public Keeping keeping() {
        return Keeping.CLUSTER;
    }

    @Override
    public void handle(List<ChangeLogEntry> entries) {
        if (config.websubHub().isEmpty()) {
            return;
        }
        Set<String> changed = new LinkedHashSet<>();
        for (ChangeLogEntry entry : entries) {
            // a deleted story may be gone; its language and both-language feeds changed all the same
            changed.addAll(feeds.feedsOf(Story.<Story>findByKey(entry.storyKey).orElse(null), entry.lang));
        }
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        for (String feed : changed) {
            int owed = OwedPing.update("changes = changes + 1, attempts = 0, nextAttemptAt = ?1, lastError = null where feedUrl = ?2", now, feed);
            if (owed == 0) {
                OwedPing ping = new OwedPing();
                ping.feedUrl = feed;
                ping.changes = 1;
                ping.nextAttemptAt = now;
                ping.createdAt = now;
                ping.persist();
            }
        }
    }
}
