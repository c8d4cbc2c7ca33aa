package kopru.admin;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kopru.account.Roles;
import kopru.content.MarkdownRenderer;
import kopru.i18n.Lang;
import kopru.site.SiteUrls;
import kopru.story.Article;
import kopru.story.Kind;
import kopru.story.Revision;
import kopru.story.StatementApproval;
import kopru.story.Status;
import kopru.story.Story;
import kopru.story.StoryService;
import kopru.story.TranslationStatus;
import kopru.story.Workflow;

/** Builds the editor page from the stored story and, when a post is re-shown, from the text the user typed. */
@ApplicationScoped
public class EditorPages {
    @Inject
    MarkdownRenderer markdown;
    @Inject
    TranslationStatus translations;
    @Inject
    StatementApproval approvals;
    @Inject
    StoryService stories;

    /** What the page shows besides the story: problems, a notice, whether a stale save happened, a delete confirmation. */
    public record Extras(List<String> problems, String notice, boolean stale, boolean confirmDelete) {
        static final Extras NONE = new Extras(List.of(), null, false, false);
    }

    /** The editor of story {@code key} (null: a new story) showing {@code typed} (null: the stored text); empty when there is no such story. */
    @Transactional
    public Optional<EditorViews.EditorPage> page(CurrentEditor editor, SecurityIdentity identity, String key, StoryForm typed, Extras extras) {
        Story story = key == null || key.isEmpty() ? null : Story.findByKey(key).orElse(null);
        if (key != null && !key.isEmpty() && story == null && typed == null) {
            return Optional.empty();
        }
        AdminMessages msg = editor.msg();
        StoryForm form = typed != null ? typed : StoryForm.of(story, stories::workingText);
        List<EditorViews.Column> columns = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            Article article = story == null ? null : story.article(lang).orElse(null);
            EditorViews.Theirs theirs = null;
            if (extras.stale() && article != null && !Long.toString(article.version).equals(form.articles().get(lang).version().strip())) {
                theirs = theirs(article);
                // The user has now seen the stored text: saving again (after merging) starts from it.
                form = form.withVersion(lang, article.version);
            }
            columns.add(column(msg, identity, story, lang, article, form.articles().get(lang), theirs));
        }
        String heading = story == null ? msg.newStory() : msg.editStory() + ": " + story.key;
        var embargo = StoryForm.time(form.embargo());
        return Optional.of(new EditorViews.EditorPage(editor.user(), heading, story != null, form.key(), StoryTexts.kinds(msg, form.kind()),
                StoryTexts.langs(msg, form.original()), form.tags(), form.embargo(), AdminTexts.bothZones(embargo), columns,
                extras.problems(), extras.notice(), extras.confirmDelete() && story != null,
                story != null && identity.hasRole(Roles.EDITOR),
                story != null && story.kind == Kind.PRESS_RELEASE ? "/admin/press?key=" + story.key : null));
    }

    private EditorViews.Column column(AdminMessages msg, SecurityIdentity identity, Story story, Lang lang, Article article,
            StoryForm.Fields fields, EditorViews.Theirs theirs) {
        String preview = fields.body().isBlank() ? "" : markdown.render(fields.body(), lang);
        if (article == null) {
            return new EditorViews.Column(lang.code(), StoryTexts.lang(msg, lang), fields, null, msg.statusNone(), null, null, preview,
                    null, null, null, List.of(), theirs, null, null);
        }
        TranslationStatus.State state = translations.of(story, lang);
        List<EditorViews.Move> moves = Workflow.targets(article.status, identity.getRoles()).stream()
                .map(to -> new EditorViews.Move(to.code(), StoryTexts.move(msg, to))).toList();
        return new EditorViews.Column(lang.code(), StoryTexts.lang(msg, lang), fields, article.status.code(), StoryTexts.status(msg, article.status),
                article.status == Status.PUBLISHED ? SiteUrls.article(article) : null,
                article.status == Status.SCHEDULED ? AdminTexts.bothZones(article.publishedAt) : null, preview,
                state.code, StoryTexts.translation(msg, state),
                state == TranslationStatus.State.OUTDATED ? originalChanges(story, article) : null, moves, theirs,
                approval(story, article, identity), pending(story, article, identity));
    }

    /** The change that waits for an editor, with the diff against the live text and what this user may do with it. */
    private EditorViews.Pending pending(Story story, Article article, SecurityIdentity identity) {
        return stories.pendingRevision(article).map(pending -> {
            Revision live = Revision.<Revision>find("article = ?1 and pending = false order by number desc", article).firstResult();
            boolean editor = identity.hasRole(Roles.EDITOR);
            return new EditorViews.Pending(pending.number, pending.savedBy, AdminTexts.bothZones(pending.savedAt),
                    live == null ? null : RevisionPages.diffUrl(story.key, article.lang, live.number, pending.number), editor,
                    editor || pending.savedBy.equals(identity.getPrincipal().getName()));
        }).orElse(null);
    }

    /** Shown for statements while the four-eyes rule is on and the version (or a change of it) is not out yet. */
    private EditorViews.Approval approval(Story story, Article article, SecurityIdentity identity) {
        if (!approvals.appliesTo(story) || article.status == Status.PUBLISHED && article.pendingRevision == null) {
            return null;
        }
        return new EditorViews.Approval(String.join(", ", approvals.currentApprovers(article)), identity.hasRole(Roles.EDITOR));
    }

    /** Where the editor sees what changed in the original since this translation was made from it. */
    private String originalChanges(Story story, Article translation) {
        String base = "key=" + story.key + "&lang=" + story.original.code();
        Optional<Long> latest = translations.originalTextRevision(story);
        if (translation.translatedFromRevision == null || latest.isEmpty()) {
            return "/admin/revisions?" + base;
        }
        return "/admin/diff?" + base + "&from=" + translation.translatedFromRevision + "&to=" + latest.get();
    }

    private static EditorViews.Theirs theirs(Article article) {
        Revision last = Revision.<Revision>find("article = ?1 order by number desc", article).firstResult();
        return new EditorViews.Theirs(article.title, article.summary, article.body, last == null ? "" : last.savedBy,
                last == null ? "" : AdminTexts.bothZones(last.savedAt));
    }
}
