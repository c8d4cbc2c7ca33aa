package kopru.site;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import kopru.i18n.Lang;
import kopru.story.Article;
import kopru.story.ArticleSlug;
import kopru.story.Kind;
import kopru.story.Story;
import kopru.story.Tag;
import kopru.story.Visibility;

/** Read-only queries for what the public may see, all through {@link Visibility}. */
@ApplicationScoped
public class PublicArticles {
    /** The Last-Modified of a list or feed that has nothing on it yet. */
    public static final OffsetDateTime NOTHING_YET = OffsetDateTime.parse("2020-01-01T00:00:00Z");

    /** Which public articles a list or feed shows; a null part means "any". */
    public record Filter(Lang lang, Tag tag, Kind kind) {
        public static Filter of(Lang lang) {
            return new Filter(lang, null, null);
        }

        public String where() {
            return Visibility.PUBLIC + (lang != null ? " and a.lang = :lang" : "") + (tag != null ? " and :tag member of s.tags" : "")
                    + (kind != null ? " and s.kind = :kind" : "");
        }

        public Parameters parameters(OffsetDateTime now) {
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

    /** Newest first; {@code page} counts from 1. */
    public List<Article> list(Filter filter, OffsetDateTime now, int page, int size) {
        return Article.<Article>find("from Article a join fetch a.story s where " + filter.where()
                + " order by a.publishedAt desc, a.id desc", filter.parameters(now)).page(page - 1, size).list();
    }

    public long count(Filter filter, OffsetDateTime now) {
        return Article.count("select count(a) from Article a join a.story s where " + filter.where(), filter.parameters(now));
    }

    public Optional<Article> bySlug(Lang lang, String slug, OffsetDateTime now) {
        return Article.<Article>find("from Article a join fetch a.story s where " + Filter.of(lang).where() + " and a.slug = :slug",
                Filter.of(lang).parameters(now).and("slug", slug)).firstResultOptional();
    }

    /** The public article that once had this slug, for a 301 to its current URL. */
    public Optional<Article> byFormerSlug(Lang lang, String slug, OffsetDateTime now) {
        return ArticleSlug.<ArticleSlug>find("lang = ?1 and slug = ?2", lang, slug).firstResultOptional()
                .map(former -> former.article)
                .filter(article -> Visibility.isPublic(article, now));
    }

    /** The other public language versions of a story. */
    public List<Article> translations(Story story, Lang except, OffsetDateTime now) {
        return story.articles.stream().filter(a -> a.lang != except && Visibility.isPublic(a, now)).toList();
    }

    /** When the public view changes by the clock alone (a publish time or embargo reached), if ever. */
    public Optional<OffsetDateTime> nextTimedChange(OffsetDateTime now) {
        OffsetDateTime publish = earliest("select min(a.publishedAt) from Article a where a.publishedAt > :now", now);
        OffsetDateTime embargo = earliest("select min(s.embargo) from Story s where s.embargo > :now", now);
        if (publish == null || (embargo != null && embargo.isBefore(publish))) {
            return Optional.ofNullable(embargo);
        }
        return Optional.of(publish);
    }

    private static OffsetDateTime earliest(String query, OffsetDateTime now) {
        return Article.getEntityManager().createQuery(query, OffsetDateTime.class).setParameter("now", now).getSingleResult();
    }
}
