package kopru.story;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.Objects;
import java.util.Optional;
import kopru.content.MarkdownRenderer;
import kopru.i18n.Lang;

/**
 * Saving stories and their articles. Every article save writes a revision and, when the
 * public can see the change, a change-log row, all in one transaction.
 */
@ApplicationScoped
public class StoryService {
    @Inject
    MarkdownRenderer markdown;
    @Inject
    SlugAssigner slugs;
    @Inject
    ChangeLog changeLog;
    @Inject
    StatementApproval approvals;

    @Transactional
    public Story saveStory(String key, Kind kind, Lang original, OffsetDateTime embargo, Collection<String> tagKeys) {
        if (!StoryKeys.isValid(key)) {
            throw new StoryRuleException(StoryRuleException.Problem.BAD_KEY, "invalid story key '" + key + "' (use a-z, 0-9 and '-')");
        }
        Optional<Story> existing = Story.findByKey(key);
        if (existing.isEmpty() && Story.keyUsed(key)) {
            throw new StoryRuleException(StoryRuleException.Problem.KEY_USED, "the key '" + key + "' belonged to a deleted story and is not reused");
        }
        Story story = existing.orElseGet(() -> newStory(key));
        Set<Tag> tags = new LinkedHashSet<>();
        for (String tagKey : tagKeys) {
            tags.add(Tag.findByKey(tagKey).orElseThrow(() -> new StoryRuleException(StoryRuleException.Problem.UNKNOWN_TAG, "unknown tag '" + tagKey + "'")));
        }
        boolean publicFieldsChange = story.kind != kind || !sameInstant(story.embargo, embargo) || !story.tags.equals(tags);
        story.kind = Objects.requireNonNull(kind);
        story.original = Objects.requireNonNull(original);
        story.embargo = embargo;
        story.tags.clear();
        story.tags.addAll(tags);
        if (story.id == null) {
            story.persist();
        } else if (publicFieldsChange) {
            // Kind, tags and embargo show in pages, feeds and search: their followers must hear of it.
            story.articles.stream().filter(article -> article.status == Status.PUBLISHED)
                    .forEach(article -> changeLog.record(story.key, article.lang, ChangeLogEntry.Action.UPDATE));
        }
        return story;
    }

    private static boolean sameInstant(OffsetDateTime a, OffsetDateTime b) {
        return a == null ? b == null : b != null && a.isEqual(b);
    }

    private static Story newStory(String key) {
        Story story = new Story();
        story.key = key;
        story.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        return story;
    }

    /** Creates or updates one language version; a new article starts as a draft. */
    @Transactional
    public Article saveArticle(Story story, Lang lang, ArticleText text, String savedBy) {
        if (text.title() == null || text.title().isBlank()) {
            throw new StoryRuleException(StoryRuleException.Problem.TITLE_REQUIRED, "title is required");
        }
        // A new article joins the story only once it is complete: the slug queries flush the session.
        Article article = story.article(lang).orElseGet(() -> newArticle(story, lang));
        article.title = text.title();
        article.summary = text.summary();
        article.dateline = text.dateline();
        article.author = text.author();
        article.body = text.body();
        article.html = markdown.render(article.body, lang);
        article.slug = slugs.choose(article, text.slug());
        article.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        if (article.id == null) {
            article.persist();
            story.articles.add(article);
        }
        slugs.remember(article);
        // A scheduled statement was approved as it stood; changed text goes back to review for a new approval.
        if (article.status == Status.SCHEDULED && approvals.appliesTo(story)) {
            article.status = Status.IN_REVIEW;
        }
        touch(article, savedBy);
        if (article.status == Status.PUBLISHED) {
            changeLog.record(story.key, lang, ChangeLogEntry.Action.UPDATE);
        }
        return article;
    }

    private static Article newArticle(Story story, Lang lang) {
        Article article = new Article();
        article.story = story;
        article.lang = lang;
        article.status = Status.DRAFT;
        return article;
    }

    /** Makes the article public from {@code at} (which may be in the past for imported stories). */
    @Transactional
    public void publish(Article article, OffsetDateTime at, String savedBy) {
        article.status = Status.PUBLISHED;
        article.publishedAt = at;
        Story story = article.story;
        if (story.firstPublished == null || at.isBefore(story.firstPublished)) {
            story.firstPublished = at;
        }
        touch(article, savedBy);
        // A backdated publication (an imported archive) has had this text since then, not since now.
        if (at.isBefore(article.updatedAt)) {
            article.updatedAt = at;
        }
        changeLog.record(story.key, article.lang, ChangeLogEntry.Action.PUBLISH);
    }

    @Transactional
    public void unpublish(Article article, String savedBy) {
        boolean wasPublic = article.status == Status.PUBLISHED;
        article.status = Status.ARCHIVED;
        touch(article, savedBy);
        if (wasPublic) {
            changeLog.record(article.story.key, article.lang, ChangeLogEntry.Action.UNPUBLISH);
        }
    }

    /** Plans publication at {@code at}; the scheduler publishes it then (see {@link ScheduledPublisher}). Not public yet. */
    @Transactional
    public void schedule(Article article, OffsetDateTime at, String savedBy) {
        boolean wasPublic = article.status == Status.PUBLISHED;
        article.status = Status.SCHEDULED;
        article.publishedAt = at;
        touch(article, savedBy);
        if (wasPublic) {
            changeLog.record(article.story.key, article.lang, ChangeLogEntry.Action.UNPUBLISH);
        }
    }

    /** Moves an article back into the newsroom (draft or in review); taking a public one down is logged. */
    @Transactional
    public void withdraw(Article article, Status to, String savedBy) {
        if (to != Status.DRAFT && to != Status.IN_REVIEW) {
            throw new IllegalArgumentException("withdraw only to draft or in-review, not " + to);
        }
        boolean wasPublic = article.status == Status.PUBLISHED;
        article.status = to;
        touch(article, savedBy);
        if (wasPublic) {
            changeLog.record(article.story.key, article.lang, ChangeLogEntry.Action.UNPUBLISH);
        }
    }

    /**
     * Publishes a scheduled article whose time has come. The guarded UPDATE claims it, so two scheduler
     * runs (or two nodes) can never both publish it: false when someone else already did.
     */
    @Transactional
    public boolean publishScheduled(long articleId, OffsetDateTime now) {
        int claimed = Article.update("status = ?1, version = version + 1 where id = ?2 and status = ?3 and publishedAt <= ?4",
                Status.PUBLISHED, articleId, Status.SCHEDULED, now);
        if (claimed == 0) {
            return false;
        }
        Article article = Article.findById(articleId);
        Article.getEntityManager().refresh(article);
        Story story = article.story;
        if (story.firstPublished == null || article.publishedAt.isBefore(story.firstPublished)) {
            story.firstPublished = article.publishedAt;
        }
        touch(article, "scheduler");
        changeLog.record(story.key, article.lang, ChangeLogEntry.Action.PUBLISH);
        return true;
    }

    /** Every save is a revision: the new state is copied, numbered, and kept. */
    private static void touch(Article article, String savedBy) {
        article.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        Revision revision = new Revision();
        revision.article = article;
        revision.number = (int) Revision.count("article", article) + 1;
        revision.savedBy = savedBy;
        revision.savedAt = article.updatedAt;
        revision.title = article.title;
        revision.summary = article.summary;
        revision.slug = article.slug;
        revision.dateline = article.dateline;
        revision.author = article.author;
        revision.body = article.body;
        revision.status = article.status;
        revision.persist();
    }
}
