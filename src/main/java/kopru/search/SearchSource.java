package kopru.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kopru.story.ChangeFeed;
import kopru.story.ChangeLog;
import kopru.story.ChangeLogEntry;
import kopru.story.FeedPosition;
import kopru.story.Story;
import org.apache.lucene.document.Document;

/** What the indexer reads from the database: change-log rows, stories as documents, timed changes. */
@ApplicationScoped
@Transactional
class SearchSource {
    /** A story and its current documents (none when nothing of it is public, or it is gone). */
    record StoryDocs(String key, List<Document> docs) {
    }

    /** A batch of change-log rows: the stories they name, the position after them and its row's stamp. */
    record Changes(Set<String> storyKeys, FeedPosition next, long nextStamp, int rows) {
    }

    @Inject
    ChangeLog changeLog;
    @Inject
    ChangeFeed feed;

    long latestChangeId() {
        return changeLog.latestId();
    }

    /** When the row was written, in epoch milliseconds: with its id, it tells this database from another. */
    Optional<Long> changeStamp(long id) {
        return ChangeLogEntry.<ChangeLogEntry>findByIdOptional(id).map(SearchSource::stamp);
    }

    private static long stamp(ChangeLogEntry entry) {
        return entry.createdAt.toInstant().truncatedTo(ChronoUnit.MILLIS).toEpochMilli();
    }

    Changes changesAfter(FeedPosition position, long stamp, int limit) {
        ChangeFeed.Batch batch = feed.read(position, limit);
        Set<String> keys = new LinkedHashSet<>();
        long nextStamp = stamp;
        for (ChangeLogEntry row : batch.entries()) {
            keys.add(row.storyKey);
            if (row.id == batch.next().upTo()) {
                nextStamp = stamp(row);
            }
        }
        return new Changes(keys, batch.next(), nextStamp, batch.entries().size());
    }

    FeedPosition currentPosition() {
        return feed.current();
    }

    ChangeFeed.Lag lag(FeedPosition position) {
        return feed.lag(position);
    }

    /** Stories whose public view changed by the clock alone in (from, to]: a publish time or embargo reached. */
    Set<String> timedChangesBetween(OffsetDateTime from, OffsetDateTime to) {
        Set<String> keys = new LinkedHashSet<>();
        keys.addAll(Story.getEntityManager().createQuery(
                "select distinct a.story.key from Article a where a.publishedAt > :from and a.publishedAt <= :to", String.class)
                .setParameter("from", from).setParameter("to", to).getResultList());
        keys.addAll(Story.getEntityManager().createQuery(
                "select s.key from Story s where s.embargo > :from and s.embargo <= :to", String.class)
                .setParameter("from", from).setParameter("to", to).getResultList());
        return keys;
    }

    List<StoryDocs> documents(Set<String> keys, OffsetDateTime now) {
        if (keys.isEmpty()) {
            return List.of();
        }
        List<Long> ids = Story.getEntityManager().createQuery("select s.id from Story s where s.key in :keys", Long.class)
                .setParameter("keys", keys).getResultList();
        Map<String, List<Document>> byKey = new HashMap<>();
        for (StoryDocs found : documentsById(ids, now)) {
            byKey.put(found.key(), found.docs());
        }
        List<StoryDocs> out = new ArrayList<>();
        keys.forEach(key -> out.add(new StoryDocs(key, byKey.getOrDefault(key, List.of()))));
        return out;
    }

    /** Story ids after {@code afterId}, in order: the rebuild walks them in batches. */
    List<Long> storyIds(long afterId, int limit) {
        return Story.getEntityManager().createQuery("select s.id from Story s where s.id > :after order by s.id", Long.class)
                .setParameter("after", afterId).setMaxResults(limit).getResultList();
    }

    List<StoryDocs> documentsById(List<Long> ids, OffsetDateTime now) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var em = Story.getEntityManager();
        List<Story> stories = em.createQuery("select distinct s from Story s left join fetch s.articles where s.id in :ids", Story.class)
                .setParameter("ids", ids).getResultList();
        Map<Long, List<String>> tags = new HashMap<>();
        em.createQuery("select s.id, t.key from Story s join s.tags t where s.id in :ids order by t.key", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(row -> tags.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((String) row[1]));
        List<StoryDocs> out = new ArrayList<>(stories.size());
        for (Story story : stories) {
            out.add(new StoryDocs(story.key, StoryDocuments.of(story, tags.getOrDefault(story.id, List.of()), now)));
        }
        em.clear(); // a rebuild walks every story: keep the session small
        return out;
    }
}
