package kopru.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import kopru.i18n.Lang;
import org.junit.jupiter.api.Test;

/** Kind, tags and embargo are public too: changing them tells the change log's followers, saving them unchanged does not. */
@QuarkusTest
class StoryLevelChangeTest {
    @Inject
    StoryService stories;

    @Test
    void shouldLogAnUpdateWhenThePublishedStorysTagsChange() {
        String key = TestStories.newKey("story-level");
        TestStories.publish(stories, key, Lang.TR, "Etiket değişikliği");
        long before = rows(key);
        QuarkusTransaction.requiringNew().run(() -> stories.saveStory(key, Kind.NEWS, Lang.TR, null, List.of(), Actor.system("test")));
        assertEquals(before, rows(key), "saving the same story fields is no public change");
        QuarkusTransaction.requiringNew().run(() -> stories.saveStory(key, Kind.NEWS, Lang.TR, null, List.of("deprem"), Actor.system("test")));
        assertEquals(before + 1, rows(key), "a new tag changes pages, feeds and search");
        QuarkusTransaction.requiringNew().run(() -> stories.saveStory(key, Kind.STATEMENT, Lang.TR, null, List.of("deprem"), Actor.system("test")));
        assertEquals(before + 2, rows(key));
    }

    private static long rows(String key) {
        return QuarkusTransaction.requiringNew().call(() -> ChangeLogEntry.count("storyKey = ?1 and action = ?2", key, ChangeLogEntry.Action.UPDATE));
    }
}
