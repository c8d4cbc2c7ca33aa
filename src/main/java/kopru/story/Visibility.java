package kopru.story;

import java.time.OffsetDateTime;

/**
 * The one rule for what the public may see: a published article whose publish time has come,
 * of a story whose embargo (if any) has passed. Pages, search, feeds, sitemaps and the API use it.
 */
public final class Visibility {
    /** JPQL condition over an Article {@code a} joined to its Story {@code s}; bind it with {@link #at}. */
    public static final String PUBLIC = "a.status = :published and a.publishedAt <= :now"
            + " and (s.embargo is null or s.embargo <= :now)";

    private Visibility() {
    }

    /** The parameters of {@link #PUBLIC}, to which a query adds its own. */
    public static io.quarkus.panache.common.Parameters at(OffsetDateTime now) {
        return io.quarkus.panache.common.Parameters.with("published", Status.PUBLISHED).and("now", now);
    }

    public static boolean isPublic(Article article, OffsetDateTime now) {
        return article.status == Status.PUBLISHED && article.publishedAt != null && !article.publishedAt.isAfter(now)
                && (article.story.embargo == null || !article.story.embargo.isAfter(now));
    }
}
