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
    @Inject
    MediaUsages mediaUsages;

    /**
     * Creates or updates the story-level fields. On a story with a published or scheduled version, only an editor
     * changes kind, embargo or tags (they show in pages, feeds and search), and it never becomes a statement there:
     * that would be a statement nobody approved. Any change of kind voids the story's approvals.
     */
    @Transactional
    public Story saveStory(String key, Kind kind, Lang original, OffsetDateTime embargo, Collection<String> tagKeys, Actor actor) {
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
        boolean kindChange = story.id != null && story.kind != kind;
        boolean publicFieldsChange = story.kind != kind || !sameInstant(story.embargo, embargo) || !story.tags.equals(tags);
        if (story.id != null && publicFieldsChange && released(story) && !actor.system()) {
            if (!actor.mayPublish()) {
                throw new LiveTextException(LiveTextException.Problem.STORY_FIELDS_NEED_EDITOR,
                        "only an editor changes the kind, embargo or tags of a published or scheduled story");
            }
            if (kindChange && approvals.governs(kind)) {
                throw new LiveTextException(LiveTextException.Problem.STATEMENT_NEEDS_UNPUBLISHED,
                        "a published or scheduled story becomes a statement only after it is taken back to review");
            }
        }
        if (kindChange) {
            approvals.voidAll(story);
        }
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

    /** A saved language version, and whether the change waits for an editor instead of being live. */
    public record SavedArticle(Article article, boolean pending) {
    }

    /**
     * Creates or updates one language version; a new article starts as a draft. A change that the public would see
     * without an editor's say (see {@link #waits}) is kept as a pending revision and the live text stays.
     */
    @Transactional
    public SavedArticle saveArticle(Story story, Lang lang, ArticleText text, Actor actor) {
        if (text.title() == null || text.title().isBlank()) {
            throw new StoryRuleException(StoryRuleException.Problem.TITLE_REQUIRED, "title is required");
        }
        Optional<Article> existing = story.article(lang);
        if (existing.isPresent() && waits(existing.get(), actor)) {
            propose(existing.get(), text, actor.name());
            return new SavedArticle(existing.get(), true);
        }
        // A new article joins the story only once it is complete: the slug queries flush the session.
        Article article = existing.orElseGet(() -> newArticle(story, lang));
        // A scheduled statement was approved as it stood; changed text goes back to review for a new approval.
        if (article.status == Status.SCHEDULED && approvals.appliesTo(story)) {
            article.status = Status.IN_REVIEW;
        }
        makeLive(article, text, actor.name(), actor.name());
        return new SavedArticle(article, false);
    }

    /**
     * Whether this person's change to the article waits for an editor: an author's change to a published or scheduled
     * article (the editor who released it has not seen it), and anyone's change to a published statement while the
     * approval rule is on (it needs a second editor's approval before the public sees it).
     */
    public boolean waits(Article article, Actor actor) {
        if (actor.system()) {
            return false;
        }
        if (!actor.mayPublish()) {
            return released(article);
        }
        return article.status == Status.PUBLISHED && approvals.appliesTo(article.story);
    }

    /** The text an editor continues from: the pending change when there is one, else the live text. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ArticleText workingText(Article article) {
        return pendingRevision(article).map(Revision::text)
                .orElseGet(() -> new ArticleText(article.title, article.summary, article.slug, article.dateline, article.author, article.body));
    }

    /** The revision that waits for an editor, if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Revision> pendingRevision(Article article) {
        if (article.pendingRevision == null) {
            return Optional.empty();
        }
        return Revision.find("article = ?1 and number = ?2", article, article.pendingRevision).firstResultOptional();
    }

    /**
     * Makes {@code text} the article's live text: written by {@code writer} (a statement's approver must be someone
     * else), saved by {@code savedBy}. A pending change is settled by it: the editor's form started from it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void makeLive(Article article, ArticleText text, String writer, String savedBy) {
        Story story = article.story;
        article.title = text.title();
        article.summary = text.summary();
        article.dateline = text.dateline();
        article.author = text.author();
        article.body = text.body();
        article.html = markdown.render(article.body, article.lang);
        article.slug = slugs.choose(article, text.slug());
        article.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        article.pendingRevision = null;
        article.textBy = writer;
        if (article.id == null) {
            article.persist();
            story.articles.add(article);
        }
        slugs.remember(article);
        touch(article, savedBy);
        mediaUsages.update(article);
        if (article.status == Status.PUBLISHED) {
            changeLog.record(story.key, article.lang, ChangeLogEntry.Action.UPDATE);
        }
    }

    /** Keeps a change as a new pending revision; the live text, its slug and its time stay as they are. */
    private void propose(Article article, ArticleText text, String savedBy) {
        String slug = slugs.choose(article, text.slug()); // a bad or taken slug is refused now, not when an editor publishes
        Revision revision = revision(article, savedBy, OffsetDateTime.now(ZoneOffset.UTC),
                new ArticleText(text.title(), text.summary(), slug, text.dateline(), text.author(), text.body()), article.status);
        revision.pending = true;
        revision.persist();
        article.pendingRevision = revision.number;
    }

    private static boolean released(Article article) {
        return article.status == Status.PUBLISHED || article.status == Status.SCHEDULED;
    }

    private static boolean released(Story story) {
        return story.articles.stream().anyMatch(StoryService::released);
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
        revision(article, savedBy, article.updatedAt,
                new ArticleText(article.title, article.summary, article.slug, article.dateline, article.author, article.body), article.status)
                .persist();
    }

    private static Revision revision(Article article, String savedBy, OffsetDateTime at, ArticleText text, Status status) {
        Revision revision = new Revision();
        revision.article = article;
        revision.number = (int) Revision.count("article", article) + 1;
        revision.savedBy = savedBy;
        revision.savedAt = at;
        revision.title = text.title();
        revision.summary = text.summary();
        revision.slug = text.slug();
        revision.dateline = text.dateline();
        revision.author = text.author();
        revision.body = text.body();
        revision.status = status;
        return revision;
    }
}
