package kopru.site;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import kopru.i18n.Lang;
import kopru.story.Article;
import kopru.story.ArticleSlug;
import kopru.story.Story;
import kopru.story.Tag;
import kopru.story.Visibility;

/** Read-only queries for what the public may see, all through {@link Visibility}. */
@ApplicationScoped
public class PublicArticles {
    private static final String FROM = "from Article a join fetch a.story s where a.lang = :lang and " + Visibility.PUBLIC;
    private static final String NEWEST = " order by a.publishedAt desc, a.id desc";
    private static final String WITH_TAG = " and :tag member of s.tags";

    public List<Article> latest(Lang lang, OffsetDateTime now, int page, int size) {
        return Article.<Article>find(FROM + NEWEST, Visibility.at(now).and("lang", lang)).page(page - 1, size).list();
    }

    public long count(Lang lang, OffsetDateTime now) {
        return Article.count("select count(a) from Article a join a.story s where a.lang = :lang and " + Visibility.PUBLIC,
                Visibility.at(now).and("lang", lang));
    }

    public List<Article> withTag(Lang lang, Tag tag, OffsetDateTime now, int page, int size) {
        return Article.<Article>find(FROM + WITH_TAG + NEWEST, Visibility.at(now).and("lang", lang).and("tag", tag))
                .page(page - 1, size).list();
    }

    public long countWithTag(Lang lang, Tag tag, OffsetDateTime now) {
        return Article.count("select count(a) from Article a join a.story s where a.lang = :lang and "
                + Visibility.PUBLIC + WITH_TAG, Visibility.at(now).and("lang", lang).and("tag", tag));
    }

    public Optional<Article> bySlug(Lang lang, String slug, OffsetDateTime now) {
        return Article.<Article>find(FROM + " and a.slug = :slug", Visibility.at(now).and("lang", lang).and("slug", slug))
                .firstResultOptional();
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
