package kopru.partner;

import io.quarkus.panache.common.Parameters;
import java.time.OffsetDateTime;
import java.util.List;
import kopru.feed.FeedService;
import kopru.i18n.Lang;
import kopru.story.Article;
import kopru.story.Status;

/**
 * What partners' feed lists: every public article, plus the embargoed ones.
 *
 * <p>An "embargoed item" is an article that {@link kopru.story.Visibility} keeps from the public only because of its
 * story's embargo: status published and its publish time come, the story's embargo still ahead. It is exactly what
 * {@link kopru.story.EmbargoWatch} announces when the embargo passes, so partners get it early and nothing else:
 * drafts, articles in review, scheduled ones and published ones whose publish time is still ahead stay out.
 */
final class PartnerFeedArticles implements FeedService.FeedSource {
    /** {@link kopru.story.Visibility#PUBLIC} without its embargo condition. */
    private static final String RELEASED = "a.status = :published and a.publishedAt <= :now";

    private final Lang lang;

    PartnerFeedArticles(Lang lang) {
        this.lang = lang;
    }

    @Override
    public long count(OffsetDateTime now) {
        return Article.count("select count(a) from Article a join a.story s where " + where(), parameters(now));
    }

    @Override
    public List<Article> list(OffsetDateTime now, int page, int size) {
        return Article.<Article>find("from Article a join fetch a.story s where " + where() + " order by a.publishedAt desc, a.id desc",
                parameters(now)).page(page - 1, size).list();
    }

    private String where() {
        return RELEASED + (lang != null ? " and a.lang = :lang" : "");
    }

    private Parameters parameters(OffsetDateTime now) {
        Parameters parameters = Parameters.with("published", Status.PUBLISHED).and("now", now);
        return lang != null ? parameters.and("lang", lang) : parameters;
    }
}
