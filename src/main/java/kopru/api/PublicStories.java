package kopru.api;

import io.quarkus.panache.common.Parameters;
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
import kopru.story.Kind;
import kopru.story.Story;
import kopru.story.Tag;
import kopru.story.Visibility;

/** Stories as the public read API shows them: those with at least one public article, and only those articles. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublicStories {
    static final int PAGE_SIZE = 20;

    @Inject
    SiteUrls urls;

    /** Which stories a list shows; a null part means "any". */
    public record Filter(Lang lang, Tag tag, Kind kind) {
        String where() {
            return "exists (select a.id from Article a where a.story = s and " + Visibility.PUBLIC + (lang != null ? " and a.lang = :lang" : "")
                    + ")" + (tag != null ? " and :tag member of s.tags" : "") + (kind != null ? " and s.kind = :kind" : "");
        }

        Parameters parameters(OffsetDateTime now) {
            Parameters parameters = Visibility.at(now);
            if (lang != null) {
                parameters.and("lang", lang);
            }
            if (tag != null) {
                parameters.and("tag", tag);
            }
            if (kind != null) {
                parameters.and("kind", kind);
            }
            return parameters;
        }
    }

    /** Newest first publication first; {@code page} counts from 1. */
    public PublicStoryJson.Page list(Filter filter, int page, OffsetDateTime now) {
        long total = Story.count("from Story s where " + filter.where(), filter.parameters(now));
        List<PublicStoryJson.Story> stories = Story.<Story>find("from Story s where " + filter.where() + " order by s.firstPublished desc, s.id desc",
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
