package kopru.content;

import static kopru.content.ContentFiles.story;
import static kopru.content.ContentFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import kopru.admin.Newsroom;
import kopru.i18n.Lang;
import kopru.story.Actor;
import kopru.story.Article;
import kopru.story.Kind;
import kopru.story.Story;
import kopru.story.StoryService;
import kopru.story.TestStories;
import kopru.story.TranslationStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Issue 13, item 7: an imported translation is current, and the dashboard counts what the list shows as outdated. */
@QuarkusTest
class TranslationStateTest {
    @Inject
    ContentImporter importer;
    @Inject
    TranslationStatus translations;
    @Inject
    StoryService stories;
    @Inject
    Newsroom newsroom;

    @AfterEach
    void deleteFolders() throws IOException {
        ContentFiles.deleteAll();
    }

    @Test
    void shouldCountATranslationImportedWithItsOriginalAsCurrent() {
        String key = TestStories.newKey("ceviri");
        Path root = ContentFiles.newRoot("translation");
        // Kazakh is the original and sorts after Turkish: the original is applied first all the same.
        write(story(root, key).resolve("story.yaml"), "kind: news\ntags: []\npublished: 2020-01-01T10:00:00+06:00\noriginal: kk\n");
        write(story(root, key).resolve("kk.md"), "---\ntitle: Түпнұсқа " + key + "\n---\nМәтін.\n");
        write(story(root, key).resolve("tr.md"), "---\ntitle: Çeviri " + key + "\n---\nGövde.\n");
        assertEquals(List.of(), importer.importFolder(root).problems());
        QuarkusTransaction.requiringNew().run(() -> {
            Story story = Story.findByKey(key).orElseThrow();
            assertEquals(TranslationStatus.State.CURRENT, translations.of(story, Lang.TR));
            assertTrue(!newsroom.needingTranslation().contains(story.id), "the dashboard does not count it");
        });
    }

    @Test
    void shouldCountAnOutdatedTranslationOnTheDashboardAfterItsStatusMoved() {
        String key = TestStories.newKey("guncel");
        long id = QuarkusTransaction.requiringNew().call(() -> {
            Story story = stories.saveStory(key, Kind.NEWS, Lang.TR, null, List.of(), Actor.system("test"));
            stories.saveArticle(story, Lang.TR, TestStories.text("Özgün " + key, null), Actor.system("editor")).article();
            Article kk = stories.saveArticle(story, Lang.KK, TestStories.text("Аударма " + key, null), Actor.system("editor")).article();
            kk.translatedFromRevision = translations.originalTextRevision(story).orElseThrow();
            return story.id;
        });
        QuarkusTransaction.requiringNew().run(() -> {
            Story story = Story.findByKey(key).orElseThrow();
            stories.saveArticle(story, Lang.TR, TestStories.text("Özgün, değişti " + key, null), Actor.system("editor")).article();
        });
        // Submitting the translation for review moves its time past the original's, but not its text.
        QuarkusTransaction.requiringNew().run(() -> stories.withdraw(TestStories.article(key, Lang.KK), kopru.story.Status.IN_REVIEW, "editor"));
        QuarkusTransaction.requiringNew().run(() -> {
            Story story = Story.findByKey(key).orElseThrow();
            assertEquals(TranslationStatus.State.OUTDATED, translations.of(story, Lang.KK), "the list shows it outdated");
            assertTrue(newsroom.needingTranslation().contains(id), "so the dashboard counts it");
        });
    }
}
