package kopru.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kopru.i18n.Lang;
import kopru.story.Article;
import kopru.story.Kind;
import kopru.story.Revision;
import kopru.story.Status;
import kopru.story.Story;
import kopru.story.TranslationStatus;

/** Read-only questions about the newsroom's stories: the filtered list, and the dashboard's counts. */
@ApplicationScoped
public class Newsroom {
    /** The dashboard lists this many waiting changes at most (the oldest: they waited longest). */
    static final int MAX_WAITING = 50;
    /** A scheduled article this long overdue was missed (the scheduler runs every few seconds). */
    static final Duration MISSED_AFTER = Duration.ofMinutes(1);

    @Inject
    TranslationStatus translations;

    /** List filters; null means "any". {@code query} is searched in titles. */
    public record Filter(Status status, String kind, Lang lang, String tag, boolean needsTranslation, String query) {
    }

    /** One list page: the stories on it, and how many match in all. */
    public record Found(List<Listed> stories, int total) {
    }

    /** A story as the list shows it. */
    public record Listed(String key, Kind kind, List<ListedArticle> articles, OffsetDateTime lastChange) {
    }

    public record ListedArticle(Lang lang, String title, Status status, TranslationStatus.State translation) {
    }

    /** One page of live stories matching the filter, last changed first. Articles and tags are loaded for the rows. */
    @Transactional
    public Found list(Filter filter, int page, int size) {
        StringBuilder jpql = new StringBuilder("select a.story.id, a.lang, a.title, a.status, a.updatedAt from Article a"
                + " where a.story.deletedAt is null");
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.kind() != null) {
            jpql.append(" and a.story.kind = :kind");
            params.put("kind", Kind.of(filter.kind()).orElseThrow());
        }
        if (filter.tag() != null) {
            jpql.append(" and exists (select 1 from Story s join s.tags t where s = a.story and t.key = :tag)");
            params.put("tag", filter.tag());
        }
        var query = Article.getEntityManager().createQuery(jpql.toString(), Object[].class);
        params.forEach(query::setParameter);
        Map<Long, Candidate> byStory = new LinkedHashMap<>();
        for (Object[] row : query.getResultList()) {
            byStory.computeIfAbsent((Long) row[0], Candidate::new).add((Lang) row[1], (String) row[2], (Status) row[3], (OffsetDateTime) row[4]);
        }
        List<Candidate> matching = byStory.values().stream().filter(c -> c.matches(filter))
                .sorted(Comparator.comparing((Candidate c) -> c.lastChange).reversed()).toList();
        if (filter.needsTranslation()) {
            Set<Long> needing = needingTranslation();
            matching = matching.stream().filter(c -> needing.contains(c.storyId)).toList();
        }
        List<Long> ids = matching.stream().skip((long) (page - 1) * size).limit(size).map(c -> c.storyId).toList();
        List<Story> stories = ids.isEmpty() ? List.of()
                : Story.getEntityManager().createQuery("select distinct s from Story s left join fetch s.articles where s.id in :ids", Story.class)
                        .setParameter("ids", ids).getResultList();
        Map<Long, Story> loaded = new LinkedHashMap<>();
        stories.forEach(s -> loaded.put(s.id, s));
        List<Listed> rows = matching.stream().skip((long) (page - 1) * size).limit(size).map(c -> {
            Story story = loaded.get(c.storyId);
            List<ListedArticle> articles = story.articles.stream()
                    .map(a -> new ListedArticle(a.lang, a.title, a.status, translations.of(story, a.lang))).toList();
            return new Listed(story.key, story.kind, articles, c.lastChange);
        }).toList();
        return new Found(rows, matching.size());
    }

    /**
     * Live stories with a language missing or outdated. Only stories whose original has a revision after the one a
     * translation was made from (by time for translations that name none), or that lack one, can be outdated, so the
     * exact check runs on those alone. A status move of the translation must not hide it: the list asks the same check.
     */
    @Transactional
    public Set<Long> needingTranslation() {
        List<Long> candidates = Story.getEntityManager().createQuery("select s.id from Story s where s.deletedAt is null and ("
                + " (select count(a) from Article a where a.story = s) < 2"
                + " or exists (select 1 from Article o, Article t where o.story = s and t.story = s and o.lang = s.original"
                + " and t.lang <> s.original and (t.translatedFromRevision is null and o.updatedAt > t.updatedAt"
                + " or exists (select 1 from Revision r where r.article = o and r.number > t.translatedFromRevision))))", Long.class)
                .getResultList();
        Set<Long> needing = new LinkedHashSet<>();
        for (Long id : candidates) {
            Story story = Story.findById(id);
            if (Arrays.stream(Lang.values()).anyMatch(l -> translations.of(story, l) != TranslationStatus.State.CURRENT)) {
                needing.add(id);
            }
        }
        return needing;
    }

    /** How many live articles have this status. */
    @Transactional
    public long count(Status status) {
        return Article.count("status = ?1 and story.deletedAt is null", status);
    }

    /** Scheduled articles of live stories, soonest first. */
    @Transactional
    public List<Article> scheduled() {
        return Article.getEntityManager().createQuery("select a from Article a join fetch a.story s"
                + " where a.status = :scheduled and s.deletedAt is null order by a.publishedAt", Article.class)
                .setParameter("scheduled", Status.SCHEDULED).getResultList();
    }

    /** A change that waits for an editor (see kopru.story.PendingRevisions), oldest first. */
    public record Waiting(String key, Lang lang, String title, String savedBy, OffsetDateTime savedAt) {
    }

    @Transactional
    public List<Waiting> waiting() {
        return Revision.getEntityManager().createQuery("select r from Revision r join fetch r.article a join fetch a.story s"
                + " where a.pendingRevision = r.number and s.deletedAt is null order by r.savedAt", Revision.class)
                .setMaxResults(MAX_WAITING).getResultList().stream()
                .map(r -> new Waiting(r.article.story.key, r.article.lang, r.title, r.savedBy, r.savedAt)).toList();
    }

    static boolean missed(Article scheduled, OffsetDateTime now) {
        return scheduled.publishedAt.plus(MISSED_AFTER).isBefore(now);
    }

    /** A story's articles grouped while filtering, before any story is loaded. */
    private static final class Candidate {
        final long storyId;
        final Map<Lang, String> titles = new LinkedHashMap<>();
        final Map<Lang, Status> statuses = new LinkedHashMap<>();
        OffsetDateTime lastChange;

        Candidate(Long storyId) {
            this.storyId = storyId;
        }

        void add(Lang lang, String title, Status status, OffsetDateTime updated) {
            titles.put(lang, title);
            statuses.put(lang, status);
            if (lastChange == null || updated.isAfter(lastChange)) {
                lastChange = updated;
            }
        }

        boolean matches(Filter filter) {
            List<Lang> langs = filter.lang() == null ? new ArrayList<>(titles.keySet()) : titles.containsKey(filter.lang()) ? List.of(filter.lang()) : List.of();
            if (langs.isEmpty()) {
                return false;
            }
            if (filter.status() != null && langs.stream().noneMatch(l -> statuses.get(l) == filter.status())) {
                return false;
            }
            return filter.query() == null || langs.stream().anyMatch(l -> lower(titles.get(l), l).contains(lower(filter.query(), l)));
        }

        /** Turkish titles lower-case the Turkish way (İ→i, I→ı); Kazakh Cyrillic lower-cases the same in any locale. */
        private static String lower(String text, Lang lang) {
            return text.toLowerCase(lang == Lang.TR ? lang.locale() : Locale.ROOT);
        }
    }
}
