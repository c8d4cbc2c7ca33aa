package kopru.story;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import kopru.i18n.Lang;

/**
 * Saving a whole story as an editor does: every version check first, then the changes, all in one
 * transaction, so a stale or invalid save leaves everything as it was.
 */
@ApplicationScoped
public class StoryEditing {
    @Inject
    StoryService stories;
    @Inject
    ChangeLog changeLog;
    @Inject
    TranslationStatus translations;

    /** What a save did: whether it created the story, and which language versions now wait for an editor. */
    public record Saved(boolean created, Set<Lang> pending) {
    }

    @Transactional
    public Saved save(String key, StoryDraft draft, Actor actor) {
        Optional<Story> existing = Story.findByKey(key);
        if (existing.isEmpty() && (draft.kind() == null || draft.original() == null)) {
            throw new StoryRuleException(StoryRuleException.Problem.NEW_STORY_INCOMPLETE, "a new story needs \"kind\" and \"original\"");
        }
        for (Map.Entry<Lang, StoryDraft.ArticleDraft> entry : draft.articles().entrySet()) {
            Optional<Article> article = existing.flatMap(s -> s.article(entry.getKey()));
            Long version = entry.getValue().version();
            if (article.isPresent() && version == null) {
                throw new StoryRuleException(StoryRuleException.Problem.VERSION_REQUIRED, "\"version\" is required to update the existing " + entry.getKey() + " article");
            }
            if (article.isPresent() && version != article.get().version) {
                throw new StaleEditException(entry.getKey(), article.get().version);
            }
        }
        Story before = existing.orElse(null);
        boolean storyChanged = before != null && (draft.kind() != null && draft.kind() != before.kind
                || draft.embargoGiven() && !Objects.equals(draft.embargo(), before.embargo)
                || draft.tags() != null && !draft.tags().equals(tagKeys(before)));
        Story story = stories.saveStory(key,
                draft.kind() != null ? draft.kind() : before.kind,
                draft.original() != null ? draft.original() : before.original,
                draft.embargoGiven() ? draft.embargo() : before == null ? null : before.embargo,
                draft.tags() != null ? draft.tags() : before == null ? List.of() : tagKeys(before), actor);
        if (draft.embargoGiven()) {
            EmbargoWatch.rearm(story);
        }
        List<Lang> saved = new ArrayList<>();
        Set<Lang> pending = EnumSet.noneOf(Lang.class);
        // The original first, so that a translation saved with it counts as made from the new text.
        draft.articles().entrySet().stream().sorted((a, b) -> a.getKey() == story.original ? -1 : b.getKey() == story.original ? 1 : 0)
                .forEach(entry -> {
                    StoryService.SavedArticle result = stories.saveArticle(story, entry.getKey(), entry.getValue().text(), actor);
                    if (result.pending()) {
                        pending.add(entry.getKey());
                        return;
                    }
                    if (entry.getKey() != story.original) {
                        result.article().translatedFromRevision = translations.originalTextRevision(story).orElse(null);
                    }
                    saved.add(entry.getKey());
                });
        if (storyChanged) {
            story.articles.stream().filter(a -> a.status == Status.PUBLISHED && !saved.contains(a.lang))
                    .forEach(a -> changeLog.record(story.key, a.lang, ChangeLogEntry.Action.UPDATE));
        }
        try {
            Story.flush();
        } catch (OptimisticLockException e) {
            // Someone saved between our check and our write.
            throw new StaleEditException(draft.articles().keySet().iterator().next(), -1);
        }
        return new Saved(before == null, pending);
    }

    /**
     * The draft without the language versions it leaves exactly as stored (same version, same text). A form sends
     * both languages; re-saving an untouched one would add an empty revision and, worse, mark a translation as
     * made from an original it was never compared with.
     */
    @Transactional
    public StoryDraft withoutUnchanged(String key, StoryDraft draft) {
        Optional<Story> story = Story.findByKey(key);
        if (story.isEmpty()) {
            return draft;
        }
        Map<Lang, StoryDraft.ArticleDraft> changed = new LinkedHashMap<>();
        draft.articles().forEach((lang, article) -> {
            boolean same = story.get().article(lang).filter(a -> article.version() != null && article.version() == a.version
                    && article.text().equals(stories.workingText(a))).isPresent();
            if (!same) {
                changed.put(lang, article);
            }
        });
        return new StoryDraft(draft.kind(), draft.original(), draft.embargoGiven(), draft.embargo(), draft.tags(), changed);
    }

    /**
     * Makes an old revision's text the current one, as a new revision (history is only ever added to). The status
     * stays: restoring into a published article is a save like any other — live when an editor does it, pending when
     * an author does (see {@link StoryService#waits}). The slug stays too, so that published URLs do not move; and a
     * translation keeps the original revision it was made from.
     */
    @Transactional
    public StoryService.SavedArticle restore(String key, Lang lang, int number, long version, Actor actor) {
        Story story = Story.findByKey(key).orElseThrow(() -> new StoryNotFoundException(key));
        Article article = story.article(lang).orElseThrow(() -> new StoryNotFoundException(key + "/" + lang));
        if (article.version != version) {
            throw new StaleEditException(lang, article.version);
        }
        Revision old = Revision.<Revision>find("article = ?1 and number = ?2", article, number).firstResultOptional()
                .orElseThrow(() -> new StoryNotFoundException(key + "/" + lang + " revision " + number));
        return stories.saveArticle(story, lang, new ArticleText(old.title, old.summary, article.slug, old.dateline, old.author, old.body), actor);
    }

    private static List<String> tagKeys(Story story) {
        return story.tags.stream().map(t -> t.key).toList();
    }
}
