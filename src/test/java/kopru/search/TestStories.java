package kopru.search;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.OffsetDateTime;
import java.util.List;
import kopru.i18n.Lang;
import kopru.story.Actor;
import kopru.story.Article;
import kopru.story.ArticleText;
import kopru.story.Kind;
import kopru.story.Story;
import kopru.story.StoryService;

/** Writes stories through the real service (so change-log rows are written as in production). */
final class TestStories {
    private TestStories() {
    }

    /** A Turkish story with {@code word} in its title, published at {@code publishAt} (null: left a draft). */
    static void create(StoryService stories, String key, String word, OffsetDateTime embargo, OffsetDateTime publishAt) {
        QuarkusTransaction.requiringNew().run(() -> {
            Story story = stories.saveStory(key, Kind.NEWS, Lang.TR, embargo, List.of(), Actor.system("test"));
            Article article = stories.saveArticle(story, Lang.TR,
                    new ArticleText(word + " haberi", "Özet: " + word, null, null, null, "Metin " + word + "."), Actor.system("test")).article();
            if (publishAt != null) {
                stories.publish(article, publishAt, "test");
            }
        });
    }

    static void unpublish(StoryService stories, String key) {
        QuarkusTransaction.requiringNew().run(() -> stories.unpublish(Story.findByKey(key).orElseThrow().article(Lang.TR).orElseThrow(), "test"));
    }

    static void edit(StoryService stories, String key, String word) {
        QuarkusTransaction.requiringNew().run(() -> {
            Story story = Story.findByKey(key).orElseThrow();
            stories.saveArticle(story, Lang.TR, new ArticleText(word + " haberi", "Özet: " + word, null, null, null, "Metin " + word + "."), Actor.system("test")).article();
        });
    }
}
