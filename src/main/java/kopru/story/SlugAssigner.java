package kopru.story;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import kopru.content.Slugs;
import kopru.i18n.Lang;

/** Chooses article slugs: unique per language and never reused; every slug used is remembered for redirects. */
@ApplicationScoped
public class SlugAssigner {

    /** The slug the article should have: the requested one if free, else its current one, else one made from the title. */
    public String choose(Article article, String requested) {
        if (requested != null) {
            if (!Slugs.isValid(requested)) {
                throw new StoryRuleException(StoryRuleException.Problem.BAD_SLUG, "invalid slug '" + requested + "' (use a-z, 0-9 and '-')");
            }
            if (takenByOther(article, requested)) {
                throw new StoryRuleException(StoryRuleException.Problem.SLUG_TAKEN, "slug '" + requested + "' is already used in " + article.lang);
            }
            return requested;
        }
        if (article.slug != null) {
            return article.slug; // keep the URL stable when the editor did not ask for a new slug
        }
        String base = Slugs.fromTitle(article.title);
        String slug = base.isEmpty() ? article.story.key : base;
        for (int n = 2; takenByOther(article, slug); n++) {
            slug = (base.isEmpty() ? article.story.key : base) + "-" + n;
        }
        return slug;
    }

    /** Records the article's current slug in its history; call once the article is persisted. */
    public void remember(Article article) {
        if (owner(article.lang, article.slug).isEmpty()) {
            ArticleSlug history = new ArticleSlug();
            history.article = article;
            history.lang = article.lang;
            history.slug = article.slug;
            history.persist();
        }
    }

    private static boolean takenByOther(Article article, String slug) {
        return owner(article.lang, slug).filter(other -> other.article != article).isPresent();
    }

    private static Optional<ArticleSlug> owner(Lang lang, String slug) {
        return ArticleSlug.find("lang = ?1 and slug = ?2", lang, slug).firstResultOptional();
    }
}
