package kopru.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZonedDateTime;
import java.util.Locale;
import kopru.i18n.Lang;
import kopru.platform.KopruConfig;
import kopru.story.Article;

/** Every public URL is built here, so that pages, feeds and sitemaps agree. */
@ApplicationScoped
public class SiteUrls {
    @Inject
    KopruConfig config;

    public static String home(Lang lang) {
        return "/" + lang.code() + "/";
    }

    public static String home(Lang lang, int page) {
        return page <= 1 ? home(lang) : home(lang) + "?page=" + page;
    }

    /** /{lang}/{yyyy}/{mm}/{slug}, dated in the language's own time zone. */
    public static String article(Article article) {
        ZonedDateTime date = article.publishedAt.atZoneSameInstant(article.lang.zone());
        // Locale.ROOT: under an Arabic or Persian default locale %d would write non-ASCII digits.
        return String.format(Locale.ROOT, "/%s/%04d/%02d/%s", article.lang.code(), date.getYear(), date.getMonthValue(), article.slug);
    }

    public static String tag(Lang lang, String tagKey) {
        return "/" + lang.code() + "/tag/" + tagKey;
    }

    public static String tag(Lang lang, String tagKey, int page) {
        return page <= 1 ? tag(lang, tagKey) : tag(lang, tagKey) + "?page=" + page;
    }

    public String absolute(String path) {
        String base = config.siteUrl();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }
}
