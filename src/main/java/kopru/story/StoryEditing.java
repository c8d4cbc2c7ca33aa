package kopru.story;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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

    /** True when the story was created. */
    @Transactional
    public boolean save(String key, StoryDraft draft, String savedBy) {
        Optional<Story> existing = Story.findByKey(key);
        if (existing.isEmpty() && (draft.kind() == null || draft.original() == null)) {
            throw new StoryRuleException("a new story needs \"kind\" and \"original\"");
        }
        for (Map.Entry<Lang, StoryDraft.ArticleDraft> entry : draft.articles().entrySet()) {
            Optional<Article> article = existing.flatMap(s -> s.article(entry.getKey()));
            Long version = entry.getValue().version();
            if (article.isPresent() && version == null) {
                throw new StoryRuleException("\"version\" is required to update the existing " + entry.getKey() + " article");
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
                draft.tags() != null ? draft.tags() : before == null ? List.of() : tagKeys(before));
        if (draft.embargoGiven()) {
            EmbargoWatch.rearm(story);
        }
        List<Lang> saved = new ArrayList<>();
        // The original first, so that a translation saved with it counts as made from the new text.
        draft.articles().entrySet().stream().sorted((a, b) -> a.getKey() == story.original ? -1 : b.getKey() == story.original ? 1 : 0)
                .forEach(entry -> {
                    Article article = stories.saveArticle(story, entry.getKey(), entry.getValue().text(), savedBy);
                    if (entry.getKey() != story.original) {
                        article.translatedFromRevision = translations.originalTextRevision(story).orElse(null);
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
        return before == null;
    }

    private static List<String> tagKeys(Story story) {
        return story.tags.stream().map(t -> t.key).toList();
    }
}
