package kopru.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import kopru.i18n.Lang;
import org.junit.jupiter.api.Test;

/** Saving through the real service and database: revisions, change-log rows and slug rules. */
@QuarkusTest
class StoryServiceTest {
    @Inject
    StoryService service;

    private record Counts(long changes, long revisions, String title) {
    }

    private static Counts counts(String key, Lang lang) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Article article = TestStories.article(key, lang);
            return new Counts(ChangeLogEntry.count(), Revision.count("article", article), article.title);
        });
    }

    private void save(String key, Lang lang, ArticleText text) {
        QuarkusTransaction.requiringNew().run(() -> service.saveArticle(Story.findByKey(key).orElseThrow(), lang, text, Actor.system("editor")).article());
    }

    @Test
    void shouldWriteAChangeLogRowAndARevisionWhenAPublishedArticleChanges() {
        String key = TestStories.newKey("changelog");
        TestStories.publish(service, key, Lang.TR, "İlk başlık " + key);
        Counts before = counts(key, Lang.TR);

        save(key, Lang.TR, TestStories.text("İkinci başlık " + key, null));

        Counts after = counts(key, Lang.TR);
        assertEquals(before.changes() + 1, after.changes(), "one change-log row");
        assertEquals(before.revisions() + 1, after.revisions(), "one revision");
        QuarkusTransaction.requiringNew().run(() -> {
            ChangeLogEntry last = ChangeLogEntry.<ChangeLogEntry>find("order by id desc").firstResult();
            assertEquals(key, last.storyKey);
            assertEquals(Lang.TR, last.lang);
            assertEquals(ChangeLogEntry.Action.UPDATE, last.action);
            Article article = TestStories.article(key, Lang.TR);
            Revision revision = Revision.<Revision>find("article = ?1 order by number desc", article).firstResult();
            assertEquals("İkinci başlık " + key, revision.title);
            assertEquals((int) after.revisions(), revision.number);
            assertEquals("editor", revision.savedBy);
            assertEquals(Status.PUBLISHED, revision.status);
        });
    }

    @Test
    void shouldWriteNeitherRowNorChangeWhenTheTransactionFails() {
        String key = TestStories.newKey("rollback");
        TestStories.publish(service, key, Lang.TR, "Kalıcı başlık " + key);
        Counts before = counts(key, Lang.TR);

        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            service.saveArticle(Story.findByKey(key).orElseThrow(), Lang.TR, TestStories.text("Kaybolan başlık", null), Actor.system("editor")).article();
            throw new IllegalStateException("the transaction fails after the save");
        }));

        // The change-log row, the revision and the change live in one transaction: all are gone together.
        assertEquals(before, counts(key, Lang.TR));
    }

    @Test
    void shouldWriteARevisionButNoChangeLogRowForADraft() {
        String key = TestStories.newKey("draft");
        QuarkusTransaction.requiringNew().run(() -> {
            Story story = service.saveStory(key, Kind.STATEMENT, Lang.KK, null, List.of("diplomasi"), Actor.system("test"));
            service.saveArticle(story, Lang.KK, TestStories.text("Жоба " + key, null), Actor.system("author")).article();
        });
        Counts before = counts(key, Lang.KK);
        assertEquals(1, before.revisions());

        save(key, Lang.KK, TestStories.text("Жоба, екінші нұсқа " + key, null));

        Counts after = counts(key, Lang.KK);
        assertEquals(before.changes(), after.changes(), "a draft is not public: no change-log row");
        assertEquals(2, after.revisions());
    }

    @Test
    void shouldWriteAPublishRowWhenPublishing() {
        long before = QuarkusTransaction.requiringNew().call(() -> ChangeLogEntry.count());
        String key = TestStories.newKey("publish");
        TestStories.publish(service, key, Lang.KK, "Жарияланым " + key);
        QuarkusTransaction.requiringNew().run(() -> {
            assertTrue(ChangeLogEntry.count() > before);
            ChangeLogEntry last = ChangeLogEntry.<ChangeLogEntry>find("order by id desc").firstResult();
            assertEquals(ChangeLogEntry.Action.PUBLISH, last.action);
            assertEquals(key, last.storyKey);
            assertEquals(Lang.KK, last.lang);
        });
    }

    @Test
    void shouldNeverGiveAFormerSlugToAnotherArticle() {
        String owner = TestStories.newKey("slug-owner");
        TestStories.publish(service, owner, Lang.TR, "Sahip " + owner);
        String former = QuarkusTransaction.requiringNew().call(() -> TestStories.article(owner, Lang.TR).slug);
        save(owner, Lang.TR, TestStories.text("Sahip " + owner, "tasindi-" + owner));

        String other = TestStories.newKey("slug-thief");
        StoryRuleException refused = assertThrows(StoryRuleException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            Story story = service.saveStory(other, Kind.NEWS, Lang.TR, null, List.of(), Actor.system("test"));
            service.saveArticle(story, Lang.TR, TestStories.text("Hırsız " + other, former), Actor.system("editor")).article();
        }));
        assertTrue(refused.getMessage().contains(former), refused.getMessage());
        assertTrue(QuarkusTransaction.requiringNew().call(() -> Story.findByKey(other).isEmpty()), "nothing written");
    }

    @Test
    void shouldNumberGeneratedSlugsWhenTitlesRepeat() {
        String title = "Aynı başlık " + TestStories.newKey("same");
        String first = TestStories.newKey("same-a");
        String second = TestStories.newKey("same-b");
        TestStories.publish(service, first, Lang.TR, title);
        TestStories.publish(service, second, Lang.TR, title);
        QuarkusTransaction.requiringNew().run(() -> {
            String a = TestStories.article(first, Lang.TR).slug;
            String b = TestStories.article(second, Lang.TR).slug;
            assertEquals(a + "-2", b);
        });
    }

    @Test
    void shouldRefuseABlankTitleOrAnInvalidSlugOrKey() {
        String key = TestStories.newKey("invalid");
        TestStories.publish(service, key, Lang.TR, "Geçerli " + key);
        assertThrows(StoryRuleException.class, () -> save(key, Lang.TR, TestStories.text("  ", null)));
        assertThrows(StoryRuleException.class, () -> save(key, Lang.TR, TestStories.text("Başlık", "Büyük Harf")));
        assertThrows(StoryRuleException.class, () -> QuarkusTransaction.requiringNew().run(
                () -> service.saveStory("Bad_Key", Kind.NEWS, Lang.TR, null, List.of(), Actor.system("test"))));
        assertThrows(StoryRuleException.class, () -> QuarkusTransaction.requiringNew().run(
                () -> service.saveStory(TestStories.newKey("tagless"), Kind.NEWS, Lang.TR, null, List.of("no-such-tag"), Actor.system("test"))));
        assertEquals("Geçerli " + key, counts(key, Lang.TR).title());
    }
}
