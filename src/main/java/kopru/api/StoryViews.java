package kopru.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kopru.i18n.Lang;
import kopru.site.SiteUrls;
import kopru.story.Article;
import kopru.story.Revision;
import kopru.story.StatementApproval;
import kopru.story.Story;
import kopru.story.StoryNotFoundException;
import kopru.story.StoryService;
import kopru.story.TranslationStatus;

/** Builds the API's view of a story and its revisions from the database. */
@ApplicationScoped
public class StoryViews {
    @Inject
    TranslationStatus translations;
    @Inject
    StatementApproval approvals;
    @Inject
    StoryService stories;

    @Transactional
    public Optional<StoryJson.StoryOut> story(String key) {
        return Story.findByKey(key).map(this::view);
    }

    @Transactional
    public List<StoryJson.RevisionOut> revisions(String key, Lang lang) {
        Story story = Story.findByKey(key).orElseThrow(() -> new StoryNotFoundException(key));
        Article article = story.article(lang).orElseThrow(() -> new StoryNotFoundException(key + "/" + lang));
        return Revision.<Revision>list("article = ?1 order by number desc", article).stream()
                .map(r -> new StoryJson.RevisionOut(r.number, r.savedBy, iso(r.savedAt), r.status.code(), r.title, r.slug, r.pending)).toList();
    }

    private StoryJson.StoryOut view(Story story) {
        Map<String, StoryJson.ArticleOut> articles = new LinkedHashMap<>();
        for (Lang lang : Lang.values()) {
            story.article(lang).ifPresent(a -> articles.put(lang.code(), new StoryJson.ArticleOut(a.title, a.summary, a.slug,
                    a.dateline, a.author, a.body, a.status.code(), a.version, translations.of(story, lang).code,
                    a.publishedAt == null ? null : SiteUrls.article(a), iso(a.publishedAt), approvals.currentApprovers(a),
                    a.about, stories.pendingRevision(a).map(StoryViews::pending).orElse(null))));
        }
        return new StoryJson.StoryOut(story.key, story.kind.code(), story.tags.stream().map(t -> t.key).toList(),
                story.original.code(), iso(story.embargo), articles,
                story.contacts.stream().map(c -> new StoryJson.ContactOut(c.name, perLang(c.roleTr, c.roleKk), c.phone, c.email)).toList(),
                story.attachments.stream().map(a -> new StoryJson.AttachmentOut(a.media.url(), a.media.contentType, a.media.byteSize,
                        perLang(a.titleTr, a.titleKk))).toList());
    }

    private static StoryJson.PendingOut pending(Revision r) {
        return new StoryJson.PendingOut(r.number, r.savedBy, iso(r.savedAt), r.title, r.summary, r.slug, r.dateline, r.author, r.body);
    }

    private static Map<String, String> perLang(String tr, String kk) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(Lang.TR.code(), tr);
        values.put(Lang.KK.code(), kk);
        return values;
    }

    private static String iso(OffsetDateTime time) {
        return time == null ? null : time.toString();
    }
}
