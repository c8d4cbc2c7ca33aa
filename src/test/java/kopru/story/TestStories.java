package kopru.story;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import kopru.i18n.Lang;
import kopru.site.SiteUrls;

/**
 * Stories made by tests through the real {@link StoryService}. Each has its own key and an old
 * publication date, so that the seed stories stay the newest and other tests see them unchanged.
 */
public final class TestStories {
    public static final OffsetDateTime OLD_DATE = OffsetDateTime.parse("2021-06-15T10:00:00+03:00");
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private TestStories() {
    }

    /** A fresh valid story key starting with {@code prefix}. */
    public static String newKey(String prefix) {
        return prefix + "-" + Long.toString(System.currentTimeMillis(), 36) + "-" + COUNTER.incrementAndGet();
    }

    /** A news story with one article in {@code lang}, published at {@link #OLD_DATE}; returns its public path. */
    public static String publish(StoryService service, String key, Lang lang, String title) {
        QuarkusTransaction.requiringNew().run(() -> {
            Story story = service.saveStory(key, Kind.NEWS, lang, null, List.of(), Actor.system("test"));
            Article article = service.saveArticle(story, lang, text(title, null), Actor.system("test")).article();
            service.publish(article, OLD_DATE, "test");
        });
        return path(key, lang);
    }

    public static ArticleText text(String title, String slug) {
        return new ArticleText(title, "Özet: " + title, slug, "ANKARA", "Test Yazarı", "Gövde metni.\n\n**" + title + "**\n");
    }

    /** The current public path of a story's article, as the site builds it. */
    public static String path(String key, Lang lang) {
        return QuarkusTransaction.requiringNew().call(() -> SiteUrls.article(article(key, lang)));
    }

    public static Article article(String key, Lang lang) {
        return Story.findByKey(key).flatMap(story -> story.article(lang))
                .orElseThrow(() -> new AssertionError("no " + lang + " article for story " + key));
    }
}
