package kopru.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.Locale;
import kopru.i18n.Lang;
import kopru.story.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SiteUrlsTest {

    private static Article article(Lang lang, String publishedAt, String slug) {
        Article article = new Article();
        article.lang = lang;
        article.publishedAt = OffsetDateTime.parse(publishedAt);
        article.slug = slug;
        return article;
    }

    @Test
    void shouldDateArticleUrlsInTheLanguagesOwnTimeZone() {
        // 20:30 UTC on 31 March 2024 is still March in Istanbul (UTC+3) but already April in Almaty (UTC+5).
        assertEquals("/tr/2024/03/haber", SiteUrls.article(article(Lang.TR, "2024-03-31T20:30:00Z", "haber")));
        assertEquals("/kk/2024/04/habar", SiteUrls.article(article(Lang.KK, "2024-03-31T20:30:00Z", "habar")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tr-TR", "ar-EG", "fa-IR", "th-TH-u-nu-thai", "kk-KZ"})
    void shouldWriteAsciiDigitsWhateverTheDefaultLocale(String tag) {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag(tag));
            assertEquals("/tr/2023/02/deprem", SiteUrls.article(article(Lang.TR, "2023-02-06T10:00:00+03:00", "deprem")));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void shouldBuildHomeAndTagUrls() {
        assertEquals("/tr/", SiteUrls.home(Lang.TR));
        assertEquals("/kk/", SiteUrls.home(Lang.KK, 1));
        assertEquals("/kk/?page=3", SiteUrls.home(Lang.KK, 3));
        assertEquals("/tr/tag/deprem", SiteUrls.tag(Lang.TR, "deprem", 1));
        assertEquals("/tr/tag/deprem?page=2", SiteUrls.tag(Lang.TR, "deprem", 2));
    }
}
