package kopru.story;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.InstantSource;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kopru.media.MediaAudience;
import kopru.media.MediaItem;
import org.jboss.logging.Logger;

/**
 * Which articles use which media files, kept with every change of live text and attachments, so that a file follows
 * its story: public once an article using it is public (the visibility rule of pages and feeds), staff-only before.
 * A pending change's files are not counted: the public does not see that text yet.
 */
@ApplicationScoped
public class MediaUsages implements MediaAudience {
    private static final Logger LOG = Logger.getLogger(MediaUsages.class);
    /** Any reference to a stored file or one of its sizes, in Markdown, a link or raw HTML. */
    private static final Pattern REFERENCE = Pattern.compile("/media/([0-9a-f]{64})(?:-[0-9]{3,4})?\\.(?:jpg|png|gif|webp|pdf)");

    @Inject
    InstantSource clock;

    /** Records the files the article's live text and its story's attachments use now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void update(Article article) {
        MediaUsage.delete("article", article);
        Set<String> hashes = new LinkedHashSet<>();
        references(article.body, hashes);
        references(article.about, hashes);
        article.story.attachments.forEach(a -> hashes.add(a.media.hash));
        if (hashes.isEmpty()) {
            return;
        }
        for (MediaItem item : MediaItem.<MediaItem>list("hash in ?1", hashes)) {
            MediaUsage usage = new MediaUsage();
            usage.media = item;
            usage.article = article;
            usage.persist();
        }
    }

    /** The published articles using the item: their pages change when it is withdrawn. */
    @Transactional(Transactional.TxType.MANDATORY)
    List<Article> publishedUsers(MediaItem item) {
        return MediaUsage.<MediaUsage>list("media", item).stream().map(u -> u.article).filter(a -> a.status == Status.PUBLISHED).toList();
    }

    @Override
    @Transactional
    public Optional<MediaItem> item(String hash) {
        return MediaItem.findByHash(hash);
    }

    @Override
    @Transactional
    public boolean isPublic(MediaItem item) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        return MediaUsage.getEntityManager().createQuery("select count(u) from MediaUsage u join u.article a join a.story s"
                + " where u.media.id = :media and s.deletedAt is null and " + Visibility.PUBLIC, Long.class)
                .setParameter("media", item.id).setParameter("published", Status.PUBLISHED).setParameter("now", now)
                .getSingleResult() > 0;
    }

    /**
     * Fills the table once for databases from before it existed (and after an import into an empty one): only articles
     * that can use a file are read.
     */
    @Transactional
    void backfill(@Observes StartupEvent start) {
        if (MediaUsage.count() > 0 || MediaItem.count() == 0) {
            return;
        }
        List<Article> users = Article.list("body like ?1 or about like ?1 or story.id in (select a.story.id from StoryAttachment a)", "%/media/%");
        users.forEach(this::update);
        LOG.infof("Recorded the media files used by %d articles", users.size());
    }

    private static void references(String text, Set<String> hashes) {
        if (text == null) {
            return;
        }
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
            hashes.add(m.group(1));
        }
    }
}
