package kopru.story;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import kopru.platform.KopruConfig;

/**
 * The one way to read the change log, for every follower (search index, page cache, webhook fan-out,
 * WebSub pings).
 *
 * <p>Ids are taken when a row is inserted, but a row becomes visible when its transaction commits, and
 * transactions commit in any order: T1 may take id n, T2 take n+1 and commit first. A follower that only
 * asked for {@code id > position} would move past n and never see it. So a position is the highest id
 * read <em>plus the ids below it that were missing</em> ("gaps"), each with the time it was first missed.
 * Every read re-asks for the gaps; a gap that turns up is handed over then (after higher ids — the
 * followers apply whole stories and deliveries are keyed by change id, so order within a batch is not
 * relied on). A gap is dropped once it has been missing longer than {@code kopru.change-feed.gap-timeout}:
 * longer than any transaction may last (the transaction manager aborts them after
 * {@code quarkus.transaction-manager.default-transaction-timeout}, 60 s by default), so by then the id
 * belongs to a rolled-back transaction and will never appear. This works the same on H2 and PostgreSQL,
 * with one node or many, unlike PostgreSQL-only snapshot visibility.
 */
@ApplicationScoped
public class ChangeFeed {
    /** A pathological jump of the id sequence must not make a position unbounded: the oldest gaps go first. */
    static final int MAX_GAPS = 1000;

    /** Entries to hand to a follower, in id order, and the position after them. */
    public record Batch(List<ChangeLogEntry> entries, FeedPosition next) {
        public boolean isEmpty() {
            return entries.isEmpty();
        }
    }

    /** How far behind the log a position is: rows not yet read, and how long the oldest of them has waited. */
    public record Lag(long entries, Duration age) {
        public static final Lag NONE = new Lag(0, Duration.ZERO);
    }

    @Inject
    InstantSource clock;
    @Inject
    KopruConfig config;

    /** The next entries after {@code from} (at most {@code limit} new ones, plus any gap that has turned up). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Batch read(FeedPosition from, int limit) {
        Instant now = clock.instant();
        List<ChangeLogEntry> entries = new ArrayList<>();
        SortedMap<Long, Instant> gaps = new TreeMap<>(from.gaps());
        if (!gaps.isEmpty()) {
            List<ChangeLogEntry> late = ChangeLogEntry.list("id in ?1", List.copyOf(gaps.keySet()));
            late.forEach(entry -> gaps.remove(entry.id));
            entries.addAll(late);
        }
        long upTo = from.upTo();
        for (ChangeLogEntry entry : ChangeLogEntry.<ChangeLogEntry>find("id > ?1 order by id", upTo).page(0, limit).list()) {
            for (long missing = upTo + 1; missing < entry.id; missing++) {
                gaps.put(missing, now);
            }
            upTo = entry.id;
            entries.add(entry);
        }
        gaps.values().removeIf(missedAt -> !missedAt.plus(config.changeFeed().gapTimeout()).isAfter(now));
        while (gaps.size() > MAX_GAPS) {
            gaps.remove(gaps.firstKey());
        }
        entries.sort(Comparator.comparing(entry -> entry.id));
        return new Batch(entries, new FeedPosition(upTo, gaps));
    }

    /** How far {@code position} is behind the log (gaps are not counted: almost always rolled-back ids). */
    @Transactional
    public Lag lag(FeedPosition position) {
        Object[] row = (Object[]) ChangeLogEntry.getEntityManager()
                .createQuery("select count(c), min(c.createdAt) from ChangeLogEntry c where c.id > :upTo")
                .setParameter("upTo", position.upTo()).getSingleResult();
        long entries = ((Number) row[0]).longValue();
        if (entries == 0 || row[1] == null) {
            return Lag.NONE;
        }
        Duration age = Duration.between(((OffsetDateTime) row[1]).toInstant(), clock.instant());
        return new Lag(entries, age.isNegative() ? Duration.ZERO : age);
    }

    /**
     * The position of a reader that has just seen everything committed: where a follower starts that needs nothing
     * older (a new node's page cache, a rebuilt index, a new cluster follower). Not simply the newest id: ids below it
     * that are missing may belong to transactions still open, so those of the last gap timeout start as gaps.
     */
    @Transactional
    public FeedPosition current() {
        Instant now = clock.instant();
        var em = ChangeLogEntry.getEntityManager();
        Long settled = em.createQuery("select max(c.id) from ChangeLogEntry c where c.createdAt < :since", Long.class)
                .setParameter("since", now.minus(config.changeFeed().gapTimeout()).atOffset(ZoneOffset.UTC)).getSingleResult();
        long upTo = settled == null ? 0 : settled;
        SortedMap<Long, Instant> gaps = new TreeMap<>();
        for (Long id : em.createQuery("select c.id from ChangeLogEntry c where c.id > :upTo order by c.id", Long.class)
                .setParameter("upTo", upTo).getResultList()) {
            for (long missing = upTo + 1; missing < id; missing++) {
                gaps.put(missing, now);
            }
            upTo = id;
        }
        while (gaps.size() > MAX_GAPS) {
            gaps.remove(gaps.firstKey());
        }
        return new FeedPosition(upTo, gaps);
    }
}
