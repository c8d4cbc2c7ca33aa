package kopru.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.InstantSource;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import kopru.i18n.Lang;
import kopru.story.Article;
import kopru.story.ArticleSlug;
import kopru.story.ArticleText;
import kopru.story.ChangeLog;
import kopru.story.ChangeLogEntry;
import kopru.story.PressFields;
import kopru.story.PressRuleException;
import kopru.story.Revision;
import kopru.story.SlugAssigner;
import kopru.story.Status;
import kopru.story.Story;
import kopru.story.StoryRuleException;
import kopru.story.Tag;
import kopru.story.TranslationStatus;

/**
 * Makes one story what its folder says, inside the caller's transaction, and touches nothing that already is:
 * an unchanged story writes no row, no revision and no change-log row. A changed article gets one revision (or,
 * when new and exported with history, its kept revisions); readers hear of what changed for them through the
 * change log (publish, update, unpublish), exactly as when an editor does it.
 */
@ApplicationScoped
class StoryRestore {
    enum Outcome { CREATED, UPDATED, UNCHANGED }

    static final String IMPORTER = "import";

    @Inject
    MarkdownRenderer markdown;
    @Inject
    SlugAssigner slugs;
    @Inject
    ChangeLog changeLog;
    @Inject
    PressFields press;
    @Inject
    TranslationStatus translations;
    @Inject
    InstantSource clock;

    /** @throws Refused naming the file and field that cannot be applied; the caller rolls everything back */
    Outcome apply(StoryFile file, Map<String, Long> tagIds) {
        Story story = Story.findByKey(file.key()).orElse(null);
        boolean created = story == null;
        if (created) {
            if (Story.keyUsed(file.key())) {
                throw new Refused(file.storyYaml(), null, "the key '" + file.key() + "' belonged to a deleted story and is not reused");
            }
            story = new Story();
            story.key = file.key();
            story.createdAt = now();
        }
        boolean changed = applyStoryFields(story, file, tagIds);
        boolean embargoChanged = created || !sameTime(story.embargo, file.embargo());
        story.embargo = embargoChanged ? file.embargo() : story.embargo;
        changed |= embargoChanged;
        if (created) {
            story.persist();
        }
        Set<Lang> logged = EnumSet.noneOf(Lang.class);
        Map<Lang, Boolean> isNew = new HashMap<>();
        Story target = story;
        for (Map.Entry<Lang, ArticleFile> entry : file.articles().entrySet().stream()
                .sorted(Comparator.comparing(e -> e.getKey() != file.original())).toList()) {
            isNew.put(entry.getKey(), target.article(entry.getKey()).isEmpty());
            changed |= applyArticle(target, entry.getKey(), entry.getValue(), logged);
        }
        for (Map.Entry<Lang, ArticleFile> entry : file.articles().entrySet()) {
            if (entry.getKey() != file.original()) {
                changed |= applyTranslationState(target, entry.getKey(), entry.getValue().outdated(), isNew.get(entry.getKey()));
            }
        }
        changed |= applyPress(target, file);
        if (changed && !created) {
            // Kind, tags and embargo show in pages, feeds and search of every public language.
            target.articles.stream().filter(a -> a.status == Status.PUBLISHED && !logged.contains(a.lang))
                    .forEach(a -> changeLog.record(target.key, a.lang, ChangeLogEntry.Action.UPDATE));
        }
        if (embargoChanged) {
            // A passed embargo needs no announcement; a coming one is announced by kopru.story.EmbargoWatch.
            Story.flush();
            Story.getEntityManager().createNativeQuery("update story set embargo_announced = ?1 where id = ?2")
                    .setParameter(1, story.embargo == null || !story.embargo.toInstant().isAfter(clock.instant()))
                    .setParameter(2, story.id).executeUpdate();
        }
        return created ? Outcome.CREATED : changed ? Outcome.UPDATED : Outcome.UNCHANGED;
    }

    private boolean applyStoryFields(Story story, StoryFile file, Map<String, Long> tagIds) {
        boolean changed = false;
        if (story.kind != file.kind()) {
            story.kind = file.kind();
            changed = true;
        }
        if (story.original != file.original()) {
            story.original = file.original();
            changed = true;
        }
        Set<String> current = new LinkedHashSet<>();
        story.tags.forEach(t -> current.add(t.key));
        if (!current.equals(new LinkedHashSet<>(file.tags()))) {
            story.tags.clear();
            for (String key : file.tags()) {
                Long id = tagIds.get(key);
                if (id == null) {
                    throw new Refused(file.storyYaml(), "tags", "unknown tag '" + key + "' (add it to tags.yaml)");
                }
                story.tags.add(Story.getEntityManager().getReference(Tag.class, id));
            }
            changed = true;
        }
        OffsetDateTime first = file.published() != null ? file.published() : file.articles().values().stream()
                .filter(a -> a.status() == Status.PUBLISHED).map(ArticleFile::published).min(Comparator.naturalOrder()).orElse(null);
        if (!sameTime(story.firstPublished, first)) {
            story.firstPublished = first;
            changed = true;
        }
        return changed;
    }

    private boolean applyArticle(Story story, Lang lang, ArticleFile file, Set<Lang> logged) {
        Article article = story.article(lang).orElse(null);
        boolean isNew = article == null;
        boolean wasPublic = !isNew && article.status == Status.PUBLISHED;
        ArticleText text = file.text();
        String body = FrontMatter.body(text.body());
        if (isNew) {
            article = new Article();
            article.story = story;
            article.lang = lang;
        }
        boolean textChanged = isNew || !article.title.equals(text.title()) || !Objects.equals(article.summary, text.summary())
                || !Objects.equals(article.dateline, text.dateline()) || !Objects.equals(article.author, text.author())
                || !FrontMatter.body(article.body).equals(body) || text.slug() != null && !text.slug().equals(article.slug);
        boolean statusChanged = isNew || article.status != file.status() || !sameTime(article.publishedAt, file.published());
        if (textChanged) {
            article.title = text.title();
            article.summary = text.summary();
            article.dateline = text.dateline();
            article.author = text.author();
            article.body = body;
            article.html = markdown.render(body, lang);
            try {
                article.slug = slugs.choose(article, text.slug());
            } catch (StoryRuleException e) {
                throw new Refused(file.file(), "slug", e.getMessage());
            }
        }
        if (statusChanged) {
            article.status = file.status();
            article.publishedAt = file.published();
        }
        OffsetDateTime updated = file.updated() != null ? file.updated()
                : textChanged || statusChanged ? importedAt(file) : article.updatedAt;
        boolean updatedChanged = !sameTime(article.updatedAt, updated);
        if (updatedChanged) {
            article.updatedAt = updated;
        }
        if (isNew) {
            article.persist();
            story.articles.add(article);
        }
        if (textChanged) {
            slugs.remember(article);
        }
        boolean slugsChanged = applyFormerSlugs(article, file);
        if (isNew && !file.history().isEmpty()) {
            restoreHistory(article, file.history());
        } else if (textChanged || statusChanged) {
            keepRevision(article, (int) Revision.count("article", article) + 1, IMPORTER, now(), article.status, article.slug,
                    new ArticleText(article.title, article.summary, article.slug, article.dateline, article.author, article.body));
        }
        boolean isPublic = article.status == Status.PUBLISHED;
        ChangeLogEntry.Action action = isPublic && !wasPublic ? ChangeLogEntry.Action.PUBLISH
                : wasPublic && !isPublic ? ChangeLogEntry.Action.UNPUBLISH
                : isPublic && (textChanged || statusChanged || updatedChanged) ? ChangeLogEntry.Action.UPDATE : null;
        if (action != null) {
            changeLog.record(story.key, lang, action);
            logged.add(lang);
        }
        return textChanged || statusChanged || updatedChanged || slugsChanged;
    }

    /** Without a time in the file: now, or the publication time of an article published earlier (an archive). */
    private OffsetDateTime importedAt(ArticleFile file) {
        OffsetDateTime now = now();
        return file.published() != null && file.status() == Status.PUBLISHED && file.published().isBefore(now) ? file.published() : now;
    }

    /** Former slugs keep redirecting; they are only ever added (a slug is never given to another article). */
    private static boolean applyFormerSlugs(Article article, ArticleFile file) {
        boolean changed = false;
        for (String slug : file.formerSlugs()) {
            ArticleSlug owner = ArticleSlug.<ArticleSlug>find("lang = ?1 and slug = ?2", article.lang, slug).firstResult();
            if (owner == null) {
                ArticleSlug history = new ArticleSlug();
                history.article = article;
                history.lang = article.lang;
                history.slug = slug;
                history.persist();
                changed = true;
            } else if (owner.article != article) {
                throw new Refused(file.file(), "former-slugs", "former slug '" + slug + "' belongs to another " + article.lang + " article");
            }
        }
        return changed;
    }

    private static void restoreHistory(Article article, List<RevisionFile> history) {
        for (RevisionFile revision : history) {
            keepRevision(article, revision.number(), revision.savedBy(), revision.savedAt(), revision.status(),
                    revision.text().slug() == null ? article.slug : revision.text().slug(), revision.text());
        }
    }

    private static void keepRevision(Article article, int number, String savedBy, OffsetDateTime at, Status status, String slug, ArticleText text) {
        Revision revision = new Revision();
        revision.article = article;
        revision.number = number;
        revision.savedBy = savedBy;
        revision.savedAt = at;
        revision.title = text.title();
        revision.summary = text.summary();
        revision.slug = slug;
        revision.dateline = text.dateline();
        revision.author = text.author();
        revision.body = FrontMatter.body(text.body());
        revision.status = status;
        revision.persist();
    }

    /** A translation imported with its original is current unless the folder marks it outdated. */
    private boolean applyTranslationState(Story story, Lang lang, boolean outdated, boolean isNew) {
        Article article = story.article(lang).orElseThrow();
        if (!isNew && (translations.of(story, lang) == TranslationStatus.State.OUTDATED) == outdated) {
            return false;
        }
        Long from = outdated ? Long.valueOf(0) : translations.originalTextRevision(story).orElse(null);
        if (Objects.equals(article.translatedFromRevision, from)) {
            return false;
        }
        article.translatedFromRevision = from;
        return !isNew;
    }

    private boolean applyPress(Story story, StoryFile file) {
        Map<Lang, String> about = new HashMap<>();
        file.articles().forEach((lang, article) -> about.put(lang, article.about()));
        boolean same = story.contacts.stream().map(c -> new PressFields.Contact(c.name, c.roleTr, c.roleKk, c.phone, c.email)).toList()
                .equals(file.contacts())
                && story.attachments.stream().map(a -> new PressFields.Attachment(a.media.hash, a.titleTr, a.titleKk)).toList()
                .equals(file.attachments())
                && about.entrySet().stream().allMatch(e -> Objects.equals(story.article(e.getKey()).map(a -> a.about).orElse(null),
                        e.getValue() == null ? null : e.getValue().strip()));
        if (same) {
            return false;
        }
        try {
            press.save(story.key, new PressFields.Draft(file.contacts(), about, file.attachments()), null, IMPORTER);
        } catch (PressRuleException e) {
            throw new Refused(file.storyYaml(), e.row > 0 ? "attachments" : null, e.getMessage());
        }
        return true;
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private static boolean sameTime(OffsetDateTime a, OffsetDateTime b) {
        return a == null ? b == null : b != null && a.isEqual(b);
    }

    /** A rule the story broke, tied to the file (and the line of the field) that holds the offending value. */
    static final class Refused extends RuntimeException {
        final transient Path path;
        final transient String field;

        Refused(Path path, String field, String reason) {
            super(reason, null, false, false);
            this.path = path;
            this.field = field;
        }

        ContentProblem problem() {
            int line = 0;
            if (field != null) {
                try {
                    line = Yamls.lineOf(Files.readString(path), field);
                } catch (java.io.IOException | RuntimeException e) {
                    line = 0;
                }
            }
            return new ContentProblem(path, line, getMessage());
        }
    }
}
