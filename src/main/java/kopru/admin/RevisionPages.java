package kopru.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import kopru.i18n.Lang;
import kopru.story.Article;
import kopru.story.Revision;
import kopru.story.Story;
import kopru.story.WordDiff;

/** Reads an article's revisions for the history and diff pages. */
@ApplicationScoped
public class RevisionPages {

    @Transactional
    public Optional<EditorViews.RevisionsPage> history(CurrentEditor editor, String key, Lang lang, String notice, String error) {
        AdminMessages msg = editor.msg();
        return article(key, lang).map(article -> {
            List<EditorViews.RevisionRow> rows = Revision.<Revision>list("article = ?1 order by number desc", article).stream()
                    .map(r -> new EditorViews.RevisionRow(r.number, r.savedBy, AdminTexts.bothZones(r.savedAt),
                            r.pending ? msg.revisionPending() : StoryTexts.status(msg, r.status),
                            r.title, r.number > 1 ? diffUrl(key, lang, r.number - 1, r.number) : null, r.pending))
                    .toList();
            return new EditorViews.RevisionsPage(editor.user(), msg.revisions() + ": " + key + " (" + StoryTexts.lang(msg, lang) + ")", key,
                    lang.code(), article.version, rows, notice, error);
        });
    }

    /** The word diff of two revisions (either order); empty when the story, language or a revision does not exist. */
    @Transactional
    public Optional<EditorViews.DiffPage> diff(CurrentEditor editor, String key, Lang lang, int from, int to) {
        AdminMessages msg = editor.msg();
        return article(key, lang).flatMap(article -> revision(article, from).flatMap(a -> revision(article, to).map(b -> {
            List<WordDiff.Part> title = WordDiff.of(a.title, b.title);
            List<WordDiff.Part> summary = WordDiff.of(a.summary, b.summary);
            List<WordDiff.Part> body = WordDiff.of(a.body, b.body);
            boolean changed = WordDiff.changed(title) || WordDiff.changed(summary) || WordDiff.changed(body);
            return new EditorViews.DiffPage(editor.user(), msg.diff() + ": " + key + " (" + StoryTexts.lang(msg, lang) + ") " + from + " → " + to,
                    key, lang.code(), from, to, AdminTexts.bothZones(a.savedAt), AdminTexts.bothZones(b.savedAt), title, summary, body, changed);
        })));
    }

    static String diffUrl(String key, Lang lang, int from, int to) {
        return "/admin/diff?key=" + key + "&lang=" + lang.code() + "&from=" + from + "&to=" + to;
    }

    private static Optional<Article> article(String key, Lang lang) {
        return Story.findByKey(key).flatMap(s -> s.article(lang));
    }

    private static Optional<Revision> revision(Article article, int number) {
        return Revision.find("article = ?1 and number = ?2", article, number).firstResultOptional();
    }
}
