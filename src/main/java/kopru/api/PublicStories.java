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
import kopru.site.PublicArticles;
import kopru.site.SiteUrls;
import kopru.story.Article;
import kopru.story.Story;
import kopru.story.Visibility;

/** Stories as the public read API shows them: those with at least one public article, and only those articles. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublicStories {
    static final int PAGE_SIZE = 20;

    @Inject
    SiteUrls urls;

    /** Newest first publication first; {@code page} counts from 1. */
    public PublicStoryJson.Page list(PublicArticles.Filter filter, int page, OffsetDateTime now) {
        // A story is listed when one of its articles passes the same filter the site's lists and feeds use.
        String where = "from Story s where exists (select a.id from Article a where a.story = s and " + filter.where() + ")";
        long total = Story.count(where, filter.parameters(now));
        List<PublicStoryJson.Story> stories = Story.<Story>find(where + " order by s.firstPublished desc, s.id desc",
                filter.parameters(now)).page(page - 1, PAGE_SIZE).list().stream().map(s -> view(s, now)).toList();
        return new PublicStoryJson.Page(page, PAGE_SIZE, total, stories);
    }

    /** Empty unless the story has a public article. */
    public Optional<PublicStoryJson.Story> find(String key, OffsetDateTime now) {
        return Story.findByKey(key).map(s -> view(s, now)).filter(s -> !s.articles().isEmpty());
    }

    private PublicStoryJson.Story view(Story story, OffsetDateTime now) {
        Map<String, PublicStoryJson.Article> articles = new LinkedHashMap<>();
        for (Article a : story.articles) {
            if (Visibility.isPublic(a, now)) {
                articles.put(a.lang.code(), new PublicStoryJson.Article(a.title, a.summary, urls.absolute(SiteUrls.article(a)),
                        a.publishedAt.toString(), a.lastChanged().toString(), a.html));
            }
        }
        return new PublicStoryJson.Story(story.key, story.kind.code(), story.tags.stream().map(t -> t.key).toList(), story.original.code(),
                story.firstPublished == null ? null : story.firstPublished.toString(), articles);
    }
}
