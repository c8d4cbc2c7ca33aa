package kopru.story;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kopru.audit.AuditLog;
import kopru.i18n.Lang;

/**
 * What an editor does with a change that waits (an author's change to a published or scheduled article, or any change
 * to a published statement): publish it — then it is the live text, as a new revision, and the public hears of it —
 * or discard it (the revision stays in the history, marked as a proposal).
 */
@ApplicationScoped
public class PendingRevisions {
    public static final String AUDIT_PUBLISH = "publish-pending";
    public static final String AUDIT_DISCARD = "discard-pending";

    @Inject
    StoryService stories;
    @Inject
    StatementApproval approvals;
    @Inject
    TranslationStatus translations;
    @Inject
    AuditLog audit;

    /**
     * Publishes pending revision {@code number} (the one the editor saw: another one is refused). A statement's needs
     * the approval of the article as it stands, pending change included, by an editor other than {@code actor}.
     */
    @Transactional
    public void publish(String key, Lang lang, int number, Actor actor) {
        if (!actor.mayPublish()) {
            throw new LiveTextException(LiveTextException.Problem.PENDING_NEEDS_EDITOR, "publishing a pending change needs the role editor");
        }
        Article article = article(key, lang);
        Revision pending = pending(article, number);
        approvals.require(article, actor.name());
        stories.makeLive(article, pending.text(), pending.savedBy, actor.name());
        Story story = article.story;
        if (lang != story.original) {
            article.translatedFromRevision = translations.originalTextRevision(story).orElse(null);
        }
        audit.record(actor.name(), AUDIT_PUBLISH, key + "/" + lang, "revision " + number);
    }

    /** Drops pending revision {@code number}: its writer or an editor may. */
    @Transactional
    public void discard(String key, Lang lang, int number, Actor actor) {
        Article article = article(key, lang);
        Revision pending = pending(article, number);
        if (!actor.mayPublish() && !actor.name().equals(pending.savedBy)) {
            throw new LiveTextException(LiveTextException.Problem.PENDING_NEEDS_EDITOR, "only its writer or an editor discards a pending change");
        }
        article.pendingRevision = null;
        audit.record(actor.name(), AUDIT_DISCARD, key + "/" + lang, "revision " + number);
    }

    private static Article article(String key, Lang lang) {
        Story story = Story.findByKey(key).orElseThrow(() -> new StoryNotFoundException(key));
        return story.article(lang).orElseThrow(() -> new StoryNotFoundException(key + "/" + lang));
    }

    private Revision pending(Article article, int number) {
        if (article.pendingRevision == null || article.pendingRevision != number) {
            throw new LiveTextException(LiveTextException.Problem.NO_PENDING, "no pending revision " + number);
        }
        return stories.pendingRevision(article).orElseThrow();
    }
}
